using TextMining.Text;

namespace TextMining.Extraction.Places;

/// <summary>An administrative place named in an article.</summary>
/// <param name="Text">The words as written, e.g. <c>xã Vạn Ninh</c>.</param>
/// <param name="Name">The place's name without its level, e.g. <c>Vạn Ninh</c>.</param>
/// <param name="Level">The administrative level, e.g. <see cref="AdministrativeLevel.Commune"/> for <c>xã</c>.</param>
/// <param name="Province">The province it lies in when the text or lexicon says so, else null.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/>.</param>
public sealed record PlaceMention(string Text, string Name, AdministrativeLevel Level, string? Province, SourceSpan Span);
