namespace TextMining.Extraction.Abbreviations;

/// <summary>An abbreviation with its expansion.</summary>
public sealed record AbbreviationMention
{
    internal AbbreviationMention(string text, string expansion, SourceSpan span)
    {
        Text = text;
        Expansion = expansion;
        Span = span;
    }

    /// <summary>The abbreviation as written, e.g. <c>ANTQ</c>.</summary>
    public string Text { get; init; }

    /// <summary>What it stands for, e.g. <c>an ninh Tổ quốc</c>.</summary>
    public string Expansion { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/>.</summary>
    public SourceSpan Span { get; init; }
}
