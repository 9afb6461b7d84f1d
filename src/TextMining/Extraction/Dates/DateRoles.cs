namespace TextMining.Extraction.Dates;

/// <summary>The role names of <c>date-words.tsv</c> (second column).</summary>
internal static class DateRoles
{
    public const string Day = "day";
    public const string PartOfDay = "part-of-day";
    public const string RelativeDay = "relative-day";
    public const string Weekday = "weekday";
    public const string RangeStart = "range-start";
    public const string Connector = "connector";
    public const string Month = "month";
    public const string Year = "year";
    public const string Quarter = "quarter";
    public const string Half = "half";
    public const string HalfCount = "half-count";
    public const string HalfWord = "half-word";
    public const string Period = "period";
    public const string ThisYear = "this-year";
    public const string RelativeYear = "relative-year";
    public const string YearConnector = "year-connector";
    public const string Lunar = "lunar";
    public const string ClockHour = "clock-hour";
    public const string ClockMinute = "clock-minute";
    public const string At = "at";
    public const string Offset = "offset";
    public const string Yearly = "yearly";
    public const string Per = "per";
    public const string CountAfter = "count-after";
    public const string YearFollow = "year-follow";
}
