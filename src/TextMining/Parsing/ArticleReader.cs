namespace TextMining.Parsing;

/// <summary>
/// Reads articles from plain text, HTML pages and JSON Lines records into <see cref="Article"/>.
/// Bad content never throws: every method returns <see cref="ArticleReadResult"/> with diagnostics.
/// </summary>
public static class ArticleReader
{
    /// <summary>Reads one article from text in the seeds' plain-text layout.</summary>
    /// <param name="text">The whole file's text.</param>
    /// <param name="source">What to record as the article's source (a path or name).</param>
    /// <returns>The article or the reason it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="source"/> is null.</exception>
    public static ArticleReadResult ReadPlainText(string text, string source = "<text>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return PlainTextArticleParser.Parse(text, source);
    }

    /// <summary>Reads one article from an HTML page.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="source">What to record as the article's source (a path or URL).</param>
    /// <param name="url">The page's URL when known; else taken from the page's canonical link or <c>og:url</c>.</param>
    /// <returns>The article or the reason it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="source"/> is null.</exception>
    public static ArticleReadResult ReadHtml(string html, string source = "<html>", string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(source);
        return DocumentReader.ParseHtml(html, source, url, []);
    }

    /// <summary>
    /// Reads every article of one file: one for a text or HTML file, one per record for JSON Lines (plain or
    /// <c>.gz</c>), streamed. The bytes' encoding is detected (UTF-8, UTF-16 with BOM, Windows-1258).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format, or <see cref="ArticleFormat.Auto"/> to decide from name and content.</param>
    /// <param name="options">Size limit and other settings; <see cref="ArticleReaderOptions.Default"/> when null.</param>
    /// <returns>The results, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static IEnumerable<ArticleReadResult> ReadFile(string path, ArticleFormat format = ArticleFormat.Auto, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return DocumentReader.ReadFile(path, format, options ?? ArticleReaderOptions.Default);
    }

    /// <summary>Reads every article of a stream, as <see cref="ReadFile"/> does for a file.</summary>
    /// <param name="stream">The bytes; read to the end, not disposed.</param>
    /// <param name="source">The name to record and to guess the format from (<c>-</c> for standard input).</param>
    /// <param name="format">The format, or <see cref="ArticleFormat.Auto"/>.</param>
    /// <param name="options">Size limit and other settings.</param>
    /// <returns>The results, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="source"/> is null.</exception>
    public static IEnumerable<ArticleReadResult> ReadStream(Stream stream, string source, ArticleFormat format = ArticleFormat.Auto, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return DocumentReader.ReadStream(stream, source, format, options ?? ArticleReaderOptions.Default);
    }

    /// <summary>
    /// Expands inputs — files, folders (recursively: <c>.txt</c>, <c>.html</c>, <c>.htm</c>, <c>.jsonl</c>,
    /// <c>.jsonl.gz</c>), glob patterns, or <c>-</c> for standard input — and reads them in order, streamed.
    /// An input that matches nothing gives one failed result naming it.
    /// </summary>
    /// <param name="inputs">The inputs as a user typed them.</param>
    /// <param name="options">Size limit and other settings.</param>
    /// <returns>The results, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static IEnumerable<ArticleReadResult> ReadInputs(IEnumerable<string> inputs, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ReadExpanded(inputs, options ?? ArticleReaderOptions.Default, static () => Console.OpenStandardInput());
    }

    /// <summary>Reads expanded inputs in order; <paramref name="openStandardInput"/> supplies <c>-</c> (tests pass their own).</summary>
    internal static IEnumerable<ArticleReadResult> ReadExpanded(IEnumerable<string> inputs, ArticleReaderOptions options, Func<Stream> openStandardInput)
    {
        foreach (var input in InputExpander.Expand(inputs))
        {
            if (input.Failure is not null)
            {
                yield return input.Failure;
                continue;
            }

            if (input.IsStandardInput)
            {
                using var stdin = openStandardInput();
                foreach (var result in DocumentReader.ReadStream(stdin, "-", ArticleFormat.Auto, options))
                {
                    yield return result;
                }

                continue;
            }

            foreach (var result in DocumentReader.ReadFile(input.Path, ArticleFormat.Auto, options))
            {
                yield return result;
            }
        }
    }
}
