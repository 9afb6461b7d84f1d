namespace TextMining.Extraction.Places;

/// <summary>An administrative place named in an article.</summary>
public sealed record PlaceMention
{
    internal PlaceMention(string text, string name, AdministrativeLevel level, string? province, SourceSpan span)
    {
        Text = text;
        Name = name;
        Level = level;
        Province = province;
        Span = span;
    }

    /// <summary>The words as written, e.g. <c>xã Vạn Ninh</c>.</summary>
    public string Text { get; init; }

    /// <summary>The place's name without its level, e.g. <c>Vạn Ninh</c>.</summary>
    public string Name { get; init; }

    /// <summary>The administrative level, e.g. <see cref="AdministrativeLevel.Commune"/> for <c>xã</c>.</summary>
    public AdministrativeLevel Level { get; init; }

    /// <summary>The province it lies in when the text or lexicon says so, else null.</summary>
    public string? Province { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/>.</summary>
    public SourceSpan Span { get; init; }
}
