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

/// <summary>A calendar reference in an article.</summary>
public sealed record DateMention
{
    internal DateMention()
    {
    }

    /// <summary>The words as written, e.g. <c>Ngày 02/3/2017</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The normalised value, e.g. <c>2017-03-02</c> (see the extraction spec).</summary>
    public required string Value { get; init; }

    /// <summary>How precise <see cref="Value"/> is.</summary>
    public required DateGranularity Granularity { get; init; }

    /// <summary>Whether the year was filled in from the title, dateline or publication date.</summary>
    public required bool Inferred { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/>.</summary>
    public required SourceSpan Span { get; init; }
}
