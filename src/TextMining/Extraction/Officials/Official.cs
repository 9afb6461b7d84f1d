using TextMining.Text;

namespace TextMining.Extraction.Officials;

/// <summary>One mention of an official in the text.</summary>
/// <param name="Text">The words as written, e.g. <c>Đồng chí Đại tá Trần Minh Thùy</c>.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/>.</param>
public sealed record OfficialMention(string Text, SourceSpan Span);

/// <summary>A named person acting in an official role, with every mention of them in the article merged.</summary>
/// <param name="Name">Full name, e.g. <c>Trần Minh Thùy</c>.</param>
/// <param name="Rank">Military or police rank, e.g. <c>Đại tá</c>, or null.</param>
/// <param name="Honorific">Form of address, e.g. <c>Đồng chí</c>, or null.</param>
/// <param name="Positions">Each title held, in order of first appearance, e.g. <c>Phó Giám đốc Công an tỉnh</c>.</param>
/// <param name="Mentions">Every mention, in text order.</param>
public sealed record Official(
    string Name,
    string? Rank,
    string? Honorific,
    IReadOnlyList<string> Positions,
    IReadOnlyList<OfficialMention> Mentions)
{
    /// <summary>The span of the first mention.</summary>
    public SourceSpan Span => Mentions.Count > 0 ? Mentions[0].Span : default;
}
