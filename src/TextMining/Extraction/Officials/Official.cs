namespace TextMining.Extraction.Officials;

/// <summary>One mention of an official in the text.</summary>
public sealed record OfficialMention
{
    internal OfficialMention(string text, SourceSpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>The words as written, e.g. <c>Đồng chí Đại tá Trần Minh Thùy</c>.</summary>
    public string Text { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/>.</summary>
    public SourceSpan Span { get; init; }
}

/// <summary>A named person acting in an official role, with every mention of them in the article merged.</summary>
public sealed record Official
{
    internal Official(string name, string? rank, string? honorific, IReadOnlyList<string> positions, IReadOnlyList<OfficialMention> mentions)
    {
        Name = name;
        Rank = rank;
        Honorific = honorific;
        Positions = positions;
        Mentions = mentions;
    }

    /// <summary>Full name, e.g. <c>Trần Minh Thùy</c>.</summary>
    public string Name { get; init; }

    /// <summary>Military or police rank, e.g. <c>Đại tá</c>, or null.</summary>
    public string? Rank { get; init; }

    /// <summary>Form of address, e.g. <c>Đồng chí</c>, or null.</summary>
    public string? Honorific { get; init; }

    /// <summary>Each title held, in order of first appearance, e.g. <c>Phó Giám đốc Công an tỉnh</c>.</summary>
    public IReadOnlyList<string> Positions { get; init; }

    /// <summary>Every mention, in text order.</summary>
    public IReadOnlyList<OfficialMention> Mentions { get; init; }

    /// <summary>The span of the first mention.</summary>
    public SourceSpan Span => Mentions.Count > 0 ? Mentions[0].Span : default;
}
