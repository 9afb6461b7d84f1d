namespace TextMining.Parsing;

/// <summary>
/// The outcome of reading one article from one input: the article, or the errors that stopped it, and any
/// warnings either way. Readers never throw for bad content; they return this.
/// </summary>
public sealed record ArticleReadResult
{
    internal ArticleReadResult(string source, Article? article, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Article = article;
        Diagnostics = diagnostics;
    }

    /// <summary>The input's path, URL or record locator (<c>file.jsonl.gz:17</c>).</summary>
    public string Source { get; }

    /// <summary>The article, or null when it could not be read.</summary>
    public Article? Article { get; }

    /// <summary>Errors and warnings met while reading.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether an article was read.</summary>
    public bool Success => Article is not null;

    /// <summary>Returns the article when there is one.</summary>
    /// <param name="article">The article, or null.</param>
    /// <returns><see langword="true"/> when an article was read.</returns>
    public bool TryGetArticle([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Article? article)
    {
        article = Article;
        return article is not null;
    }

    internal static ArticleReadResult Failure(string source, string code, string message) =>
        new(source, null, [new Diagnostic { Code = code, Message = message, Severity = DiagnosticSeverity.Error }]);
}
