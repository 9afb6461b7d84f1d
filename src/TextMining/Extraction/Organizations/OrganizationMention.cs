using TextMining.Text;

namespace TextMining.Extraction.Organizations;

/// <summary>An organisation named in an article.</summary>
/// <param name="Text">The words as written, e.g. <c>Ban Chỉ đạo 138 tỉnh</c>.</param>
/// <param name="Name">The canonical name, abbreviations expanded where the lexicon knows them.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/>.</param>
public sealed record OrganizationMention(string Text, string Name, SourceSpan Span);
