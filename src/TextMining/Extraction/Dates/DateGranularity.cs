namespace TextMining.Extraction.Dates;

/// <summary>How precise a <see cref="DateMention"/> is.</summary>
public enum DateGranularity
{
    /// <summary>A calendar day: <c>YYYY-MM-DD</c>.</summary>
    Day,

    /// <summary>A day with a time of day: <c>YYYY-MM-DDThh:mm:ss±hh:mm</c>.</summary>
    DateTime,

    /// <summary>A day whose year is not in sight: <c>--MM-DD</c>.</summary>
    MonthDay,

    /// <summary>A month: <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>A quarter: <c>YYYY-Qn</c>.</summary>
    Quarter,

    /// <summary>A year: <c>YYYY</c>.</summary>
    Year,

    /// <summary>A span of years such as a school year: <c>YYYY/YYYY</c>.</summary>
    YearRange,

    /// <summary>A part of a year such as the first six months: <c>YYYY-H1</c>.</summary>
    HalfYear,
}
