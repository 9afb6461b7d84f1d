namespace TextMining.Export;

/// <summary>
/// Article-level facts derived from an analysis, shared by the tables, the statistics and the search facets so
/// that "the article's year" and "the article's province" mean one thing everywhere.
/// </summary>
internal static class ArticleFacts
{
    /// <summary>
    /// The article's date as <c>YYYY-MM-DD</c>: the publication date, else the first full date (day precision) the
    /// date extractor found — usually the event date in the lead; null when there is neither.
    /// </summary>
    public static string? Date(ArticleAnalysis analysis)
    {
        if (analysis.Article.Published is { } published)
        {
            return published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return analysis.Dates
            .Where(d => d.Granularity is DateGranularity.Day or DateGranularity.DateTime && d.Value.Length >= 10)
            .Select(d => d.Value[..10])
            .FirstOrDefault();
    }

    /// <summary>
    /// The article's year: the year of <see cref="Date"/>, else the year of the first year, month, quarter or
    /// half-year mention; null when the article names none.
    /// </summary>
    public static int? Year(ArticleAnalysis analysis)
    {
        if (Date(analysis) is { } date)
        {
            return YearOf(date);
        }

        return analysis.Dates
            .Where(d => d.Granularity is not DateGranularity.MonthDay)
            .Select(YearOf)
            .FirstOrDefault(y => y is not null);
    }

    /// <summary>The province most of the article's places lie in (ties: first named), or null.</summary>
    public static string? Province(ArticleAnalysis analysis) =>
        Provinces(analysis)
            .Select((p, i) => (p, i))
            .GroupBy(x => x.p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().i)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>Every province the article's places name or lie in, in text order, repeated per mention.</summary>
    public static IEnumerable<string> Provinces(ArticleAnalysis analysis)
    {
        foreach (var place in analysis.Places)
        {
            if (ProvinceOf(place.Name, AdministrativeLevels.ToWord(place.Level), place.Province) is { } province)
            {
                yield return province;
            }
        }
    }

    /// <summary>
    /// The province a place lies in, as its March-2025 name (the one rule export, statistics and the search facet
    /// share): the province the location extractor resolved from the gazetteer and the article's context, else the
    /// place itself when it is a province, else the one province the gazetteer holds a unit of that name and level in
    /// (a place read back from JSON); null when unknown or repeated across provinces. See
    /// docs/models-places-organizations.md for the July 2025 reform.
    /// </summary>
    public static string? ProvinceOf(string name, string level, string? province) => Gazetteer.ProvinceOf(name, level, province);

    /// <summary>The year a date value names, if any (<c>2017-03-02</c>, <c>2019-03</c>, <c>2017-Q1</c>, <c>2017</c>, <c>2019/2020</c> → first year).</summary>
    public static int? YearOf(DateMention date) => YearOf(date.Value);

    public static int? YearOf(string value) =>
        value.Length >= 4 && char.IsAsciiDigit(value[0]) && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;

    /// <summary>Month and day of a date value, when it has them.</summary>
    public static (int? Month, int? Day) MonthDayOf(string value)
    {
        // YYYY-MM-DD[T…], YYYY-MM, --MM-DD
        var s = value.StartsWith("--", StringComparison.Ordinal) ? "0000" + value[1..] : value;
        int? month = null;
        int? day = null;
        if (s.Length >= 7 && s[4] == '-' && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            month = m;
            if (s.Length >= 10 && s[7] == '-' && int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                day = d;
            }
        }

        return (month, day);
    }
}
