namespace TextMining.Extraction.Dates;

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
