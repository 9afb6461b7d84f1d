using TextMining.Text;

namespace TextMining.Extraction.Documents;

/// <summary>A reference to a legal or Party document.</summary>
/// <param name="Text">The words as written, e.g. <c>Chỉ thị số 09-CT/TW ngày 1-12-2011</c>.</param>
/// <param name="Kind">The kind of document, e.g. <see cref="DocumentKind.Directive"/> (<c>Chỉ thị</c>); exports write its Vietnamese words.</param>
/// <param name="Number">The number, e.g. <c>09</c>, or null.</param>
/// <param name="IssuerCode">The issuer code after the number, e.g. <c>CT/TW</c>, or null.</param>
/// <param name="Date">The issue date as <c>YYYY-MM-DD</c>, or null.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/>.</param>
public sealed record DocumentReference(string Text, DocumentKind Kind, string? Number, string? IssuerCode, string? Date, SourceSpan Span)
{
    /// <summary>The reference as the gold files write it: kind and number, e.g. <c>Chỉ thị số 09-CT/TW</c>.</summary>
    public string Name { get; init; } = Text;

    /// <summary>Where the number and issuer code sit (<c>09-CT/TW</c>), or null for a document cited by name; dates skip it.</summary>
    internal SourceSpan? IdentifierSpan { get; init; }
}
