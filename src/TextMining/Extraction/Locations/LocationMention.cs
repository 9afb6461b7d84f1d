using TextMining.Text;

namespace TextMining.Extraction.Locations;

/// <summary>An administrative place named in an article.</summary>
/// <param name="Text">The words as written, e.g. <c>xã Vạn Ninh</c>.</param>
/// <param name="Name">The place's name without its level, e.g. <c>Vạn Ninh</c>.</param>
/// <param name="Level">The administrative level as written in canonical form, e.g. <c>xã</c>, <c>tỉnh</c>, <c>thành phố</c>.</param>
/// <param name="Province">The province it lies in when the text or lexicon says so, else null.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/>.</param>
public sealed record LocationMention(string Text, string Name, string Level, string? Province, SourceSpan Span);
