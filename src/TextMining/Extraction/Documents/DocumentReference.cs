namespace TextMining.Extraction.Documents;

/// <summary>A reference to a legal or Party document.</summary>
public sealed record DocumentReference
{
    internal DocumentReference()
    {
    }

    /// <summary>The words as written, e.g. <c>Chỉ thị số 09-CT/TW ngày 1-12-2011</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The kind of document, e.g. <see cref="DocumentKind.Directive"/> (<c>Chỉ thị</c>); exports write its Vietnamese words.</summary>
    public required DocumentKind Kind { get; init; }

    /// <summary>The number, e.g. <c>09</c>, or null.</summary>
    public string? Number { get; init; }

    /// <summary>The issuer code after the number, e.g. <c>CT/TW</c>, or null.</summary>
    public string? IssuerCode { get; init; }

    /// <summary>The issue date as <c>YYYY-MM-DD</c>, or null.</summary>
    public string? Date { get; init; }

    /// <summary>Where <see cref="Text"/> sits in <see cref="Article.Text"/>.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The reference as the gold files write it: kind and number, e.g. <c>Chỉ thị số 09-CT/TW</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the number and issuer code sit (<c>09-CT/TW</c>), or null for a document cited by name; dates skip it.</summary>
    internal SourceSpan? IdentifierSpan { get; init; }
}
