using System.Security.Cryptography;

namespace TextMining.Parsing;

/// <summary>
/// Collects what a reader recovered and builds the <see cref="Article"/>: normalises every field,
/// lays out <see cref="Article.Text"/> with block spans, and derives the stable id. Every reader goes through it.
/// </summary>
internal sealed class ArticleBuilder
{
    private readonly List<(ArticleBlockKind Kind, string Text)> _blocks = [];
    private readonly List<string> _authors = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private int _replaced;

    public ArticleBuilder(string source) => Source = source;

    public string Source { get; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? SourceTag { get; set; }

    public DateTimeOffset? Published { get; set; }

    public bool PublishedHasOffset { get; set; }

    public int? Views { get; set; }

    public bool HasBody => _blocks.Exists(b => b.Kind == ArticleBlockKind.Paragraph);

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Adds a body block; text is normalised and collapsed to one line; empty text is ignored.</summary>
    public void AddBlock(ArticleBlockKind kind, string text) => AddBlock(kind, text, alreadyNormalized: false);

    /// <summary>
    /// Adds a body block. <paramref name="alreadyNormalized"/> says the caller passed text that went through
    /// <see cref="VietnameseText.Normalize"/> (readers that normalise a whole input once), so only spaces are
    /// collapsed and the ends trimmed.
    /// </summary>
    public void AddBlock(ArticleBlockKind kind, string text, bool alreadyNormalized)
    {
        var clean = alreadyNormalized ? Collapse(text) : Clean(text);
        if (clean.Length == 0)
        {
            return;
        }

        if (kind == ArticleBlockKind.Title)
        {
            Title = clean;
            return;
        }

        if (kind == ArticleBlockKind.Dateline)
        {
            _blocks.RemoveAll(b => b.Kind == ArticleBlockKind.Dateline);
            _blocks.Insert(0, (kind, clean));
            return;
        }

        _blocks.Add((kind, clean));
    }

    public void AddAuthor(string author)
    {
        var clean = Clean(author);
        if (clean.Length > 0 && !_authors.Contains(clean, StringComparer.Ordinal))
        {
            _authors.Add(clean);
        }
    }

    public void AddDiagnostic(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void AddWarning(string code, string message) =>
        _diagnostics.Add(new Diagnostic { Code = code, Message = message, Severity = DiagnosticSeverity.Warning });

    /// <summary>Builds the article, or a failure when there is neither a title nor any body text.</summary>
    public ArticleReadResult Build()
    {
        var title = Title is null ? string.Empty : Clean(Title);
        var sourceTag = SourceTag is null ? null : Clean(SourceTag);
        if (_replaced > 0)
        {
            AddWarning(DiagnosticCodes.InvalidCharacters, InvalidCharactersMessage(_replaced, "the text"));
        }

        if (title.Length == 0 && !HasBody)
        {
            _diagnostics.Add(new Diagnostic { Code = DiagnosticCodes.NoArticle, Message = "no article found: the input has no title and no body text", Severity = DiagnosticSeverity.Error });
            return new ArticleReadResult(Source, null, _diagnostics.ToArray());
        }

        if (title.Length == 0)
        {
            AddWarning(DiagnosticCodes.MissingTitle, "the article has no title");
        }

        var blocks = new List<ArticleBlock>(_blocks.Count + 1) { new() { Kind = ArticleBlockKind.Title, Text = title, Span = new SourceSpan(0, title.Length) } };
        var length = title.Length + 2;
        for (var i = 0; i < _blocks.Count; i++)
        {
            length += i > 0 ? 1 : 0;
            var (kind, blockText) = _blocks[i];
            blocks.Add(new ArticleBlock { Kind = kind, Text = blockText, Span = new SourceSpan(length, blockText.Length) });
            length += blockText.Length;
        }

        // The title, a blank line, then the blocks one per line, written once into the string at the spans above.
        var body = string.Create(length, blocks, static (chars, blocks) =>
        {
            chars.Fill('\n');
            foreach (var block in blocks)
            {
                block.Text.CopyTo(chars[block.Span.Start..]);
            }
        });
        var article = new Article(
            ComputeId(Url, title, body),
            Source,
            Url,
            title,
            sourceTag,
            Published,
            PublishedHasOffset,
            Views,
            _authors.ToArray(),
            blocks,
            body,
            _diagnostics.ToArray());
        return new ArticleReadResult(Source, article, article.Diagnostics);
    }

    /// <summary>16 hex digits of SHA-256 over the URL (scheme and trailing slash ignored), else over the folded text.</summary>
    internal static string ComputeId(string? url, string title, string text)
    {
        string key;
        if (!string.IsNullOrWhiteSpace(url))
        {
            var u = url.Trim();
            var schemeEnd = u.IndexOf("://", StringComparison.Ordinal);
            if (schemeEnd >= 0)
            {
                u = u[(schemeEnd + 3)..];
            }

            if (u.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                u = u[4..];
            }

            key = "url:" + u.TrimEnd('/').ToLowerInvariant();
        }
        else
        {
            key = "text:" + VietnameseText.Fold(title) + "\n" + VietnameseText.Fold(text);
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>The message of <see cref="DiagnosticCodes.InvalidCharacters"/>: how many, where, and what became of them.</summary>
    internal static string InvalidCharactersMessage(int count, string where) =>
        count == 1
            ? $"{where} held 1 invalid character (a byte that is not UTF-8, a lone surrogate or a noncharacter such as U+FFFE); it was replaced with U+FFFD"
            : $"{where} held {count} invalid characters (bytes that are not UTF-8, lone surrogates or noncharacters such as U+FFFE); they were replaced with U+FFFD";

    private string Clean(string text)
    {
        var normalized = VietnameseText.NormalizeCounting(text, out var replaced);
        _replaced += replaced;
        return Collapse(normalized);
    }

    private static string Collapse(string normalized)
    {
        if (!NeedsCollapse(normalized))
        {
            // The common case (a clean line from a reader): no copy.
            return normalized.Trim();
        }

        return VietnameseText.CollapseSpaces(normalized.Replace('\n', ' ')).Trim();
    }

    private static bool NeedsCollapse(string text)
    {
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\t' || (c == ' ' && previousSpace))
            {
                return true;
            }

            previousSpace = c == ' ';
        }

        return false;
    }
}
