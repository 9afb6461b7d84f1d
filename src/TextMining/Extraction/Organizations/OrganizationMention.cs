namespace TextMining.Extraction.Organizations;

/// <summary>An organisation named in an article.</summary>
public sealed record OrganizationMention
{
    internal OrganizationMention(string text, string name, SourceSpan span)
    {
        Text = text;
        Name = name;
        Span = span;
    }

    /// <summary>The words as written, e.g. <c>Ban Chỉ đạo 138 tỉnh</c>.</summary>
    public string Text { get; init; }

    /// <summary>The canonical name, abbreviations expanded where the lexicon knows them.</summary>
    public string Name { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/>.</summary>
    public SourceSpan Span { get; init; }
}
