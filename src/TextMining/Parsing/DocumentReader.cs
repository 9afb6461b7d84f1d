using TextMining.Parsing.Html;

namespace TextMining.Parsing;

/// <summary>
/// Reads files and streams: picks the format (explicit, from the name, else by sniffing the content), enforces
/// the size limit before reading, decodes the bytes and hands the text to the plain-text, HTML or JSON Lines reader.
/// </summary>
internal static class DocumentReader
{
    /// <summary>How many leading bytes are read to sniff the format of a stream.</summary>
    private const int SniffBytes = 8192;

    /// <summary>The format a file name implies, or null when the name says nothing.</summary>
    public static ArticleFormat? FormatFromName(string name)
    {
        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.JsonLines;
        }

        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.PlainText : null;
    }

    /// <summary>
    /// Decides the format from the first bytes: gzip → JSON Lines; else the first non-blank character
    /// <c>&lt;</c> → HTML, <c>{</c> → JSON Lines, anything else → plain text.
    /// </summary>
    public static ArticleFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (TextDecoding.IsGzip(head))
        {
            return ArticleFormat.JsonLines;
        }

        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(head[2..][..((head.Length - 2) & ~1)]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(head[2..][..((head.Length - 2) & ~1)]);
        }
        else
        {
            text = Encoding.Latin1.GetString(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head);
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                continue;
            }

            return c switch
            {
                '<' => ArticleFormat.Html,
                '{' => ArticleFormat.JsonLines,
                _ => ArticleFormat.PlainText,
            };
        }

        return ArticleFormat.PlainText;
    }

    /// <summary>Reads one file, lazily; failures are results.</summary>
    public static IEnumerable<ArticleReadResult> ReadFile(string path, ArticleFormat format, ArticleReaderOptions options)
    {
        if (Directory.Exists(path))
        {
            yield return ArticleReadResult.Failure(path, DiagnosticCodes.IoError, $"{path} is a folder; read folders with ReadInputs");
            yield break;
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            yield return ArticleReadResult.Failure(path, DiagnosticCodes.IoError, $"file not found: {path}");
            yield break;
        }

        FileStream? stream = null;
        string? openError = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            openError = $"cannot open {path}: {e.Message}";
        }

        if (stream is null)
        {
            yield return ArticleReadResult.Failure(path, DiagnosticCodes.IoError, openError ?? "cannot open " + path);
            yield break;
        }

        using (stream)
        {
            if (format == ArticleFormat.Auto)
            {
                format = FormatFromName(path) ?? SniffFile(stream);
            }

            if (format == ArticleFormat.JsonLines)
            {
                foreach (var result in JsonLinesArticleReader.Read(stream, path, options))
                {
                    yield return result;
                }

                yield break;
            }

            if (info.Length > options.MaxInputBytes)
            {
                yield return TooLarge(path, info.Length, options);
                yield break;
            }

            yield return ReadWhole(stream, path, format, options);
        }
    }

    /// <summary>Reads one stream (not disposed), lazily; failures are results.</summary>
    public static IEnumerable<ArticleReadResult> ReadStream(Stream stream, string source, ArticleFormat format, ArticleReaderOptions options)
    {
        var head = new byte[SniffBytes];
        int headLength;
        string? error = null;
        try
        {
            headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            headLength = 0;
            error = $"cannot read {source}: {e.Message}";
        }

        if (error is not null)
        {
            yield return ArticleReadResult.Failure(source, DiagnosticCodes.IoError, error);
            yield break;
        }

        if (format == ArticleFormat.Auto)
        {
            format = (source == "-" ? null : FormatFromName(source)) ?? Sniff(head.AsSpan(0, headLength));
        }

        var replay = new ReplayStream(head, headLength, stream);
        if (format == ArticleFormat.JsonLines)
        {
            foreach (var result in JsonLinesArticleReader.Read(replay, source, options))
            {
                yield return result;
            }

            yield break;
        }

        yield return ReadWhole(replay, source, format, options);
    }

    /// <summary>Decodes a whole document's bytes and parses them as plain text or HTML.</summary>
    public static ArticleReadResult ParseDocument(ReadOnlySpan<byte> bytes, string source, ArticleFormat format)
    {
        if (format == ArticleFormat.Auto)
        {
            format = Sniff(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        }

        var decoded = TextDecoding.Decode(bytes, isHtml: format == ArticleFormat.Html);
        if (!decoded.Success)
        {
            return new ArticleReadResult(source, null, decoded.Diagnostics);
        }

        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text) || text.All(c => char.IsWhiteSpace(c) || c == '\uFEFF'))
        {
            return new ArticleReadResult(source, null, [.. decoded.Diagnostics, new Diagnostic { Code = DiagnosticCodes.EmptyInput, Message = "the input holds only white space", Severity = DiagnosticSeverity.Error }]);
        }

        return format == ArticleFormat.Html
            ? ParseHtml(text, source, null, decoded.Diagnostics)
            : PlainTextArticleParser.Parse(text, source, decoded.Diagnostics);
    }

    /// <summary>Runs the HTML parser and adds the decoding warnings to its result.</summary>
    public static ArticleReadResult ParseHtml(string html, string source, string? url, IReadOnlyList<Diagnostic> inherited)
    {
        var result = HtmlArticleParser.Parse(html, source, url);
        return inherited.Count == 0 ? result : new ArticleReadResult(result.Source, result.Article, [.. inherited, .. result.Diagnostics]);
    }

    private static ArticleReadResult ReadWhole(Stream stream, string source, ArticleFormat format, ArticleReaderOptions options)
    {
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > options.MaxInputBytes)
                {
                    return TooLarge(source, null, options);
                }

                buffer.Write(chunk, 0, n);
            }

            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ArticleReadResult.Failure(source, DiagnosticCodes.IoError, $"cannot read {source}: {e.Message}");
        }

        return ParseDocument(bytes, source, format);
    }

    private static ArticleFormat SniffFile(FileStream stream)
    {
        try
        {
            var head = new byte[SniffBytes];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            return Sniff(head.AsSpan(0, n));
        }
        catch (IOException)
        {
            // Reading the whole file reports the error.
            return ArticleFormat.PlainText;
        }
    }

    private static ArticleReadResult TooLarge(string source, long? length, ArticleReaderOptions options) =>
        ArticleReadResult.Failure(
            source,
            DiagnosticCodes.InputTooLarge,
            length is { } l
                ? $"the input is {l} bytes, over the limit of {options.MaxInputBytes} bytes"
                : $"the input is over the limit of {options.MaxInputBytes} bytes");
}
