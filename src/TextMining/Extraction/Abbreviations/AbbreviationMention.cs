using TextMining.Text;

namespace TextMining.Extraction.Abbreviations;

/// <summary>An abbreviation with its expansion.</summary>
/// <param name="Text">The abbreviation as written, e.g. <c>ANTQ</c>.</param>
/// <param name="Expansion">What it stands for, e.g. <c>an ninh Tổ quốc</c>.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/>.</param>
public sealed record AbbreviationMention(string Text, string Expansion, SourceSpan Span);
