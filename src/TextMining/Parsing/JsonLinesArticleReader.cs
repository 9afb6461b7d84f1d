using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.GZip;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace TextMining.Parsing;

/// <summary>
/// Streams JSON Lines records <c>{id, source, url, title, author, published, category, body}</c>, plain or gzip,
/// one result per non-blank line with the locator <c>file.jsonl:LINE</c>. Bad records fail alone; a corrupt or
/// truncated gzip stream ends the file with <see cref="DiagnosticCodes.InvalidGzip"/>.
/// </summary>
internal static partial class JsonLinesArticleReader
{
    /// <summary>A first body line longer than this is not taken as the missing title.</summary>
    private const int MaxTitleFromBodyChars = 200;

    private static readonly JsonDocumentOptions RecordOptions = new() { MaxDepth = 16 };

    /// <summary>Reads every record of <paramref name="stream"/> (not disposed); gzip is detected from its signature.</summary>
    public static IEnumerable<ArticleReadResult> Read(Stream stream, string source, ArticleReaderOptions options)
    {
        var head = new byte[2];
        var headLength = 0;
        var origin = -1L;
        ArticleReadResult? failure = null;
        try
        {
            origin = stream.CanSeek ? stream.Position : -1;
            headLength = ReadAtLeast(stream, head);
        }
        catch (IOException e)
        {
            failure = ArticleReadResult.Failure(source, DiagnosticCodes.IoError, $"cannot read {source}: {e.Message}");
        }

        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        var replay = new ReplayStream(head, headLength, stream);
        if (!TextDecoding.IsGzip(head.AsSpan(0, headLength)))
        {
            foreach (var result in ReadLines(replay, gzipped: false, source, options))
            {
                yield return result;
            }

            yield break;
        }

        // SharpZipLib reads every member of a multi-member file and checks each member's CRC and length, so a
        // truncated or corrupt stream throws instead of ending early as System.IO.Compression's does. An input that
        // can seek is read by the faster System.IO.Compression, checked at its end, and by SharpZipLib only when
        // that check fails.
        using Stream gzip = origin >= 0 ? new CheckedGzipStream(stream, origin) : new GZipInputStream(replay) { IsStreamOwner = false };
        foreach (var result in ReadLines(gzip, gzipped: true, source, options))
        {
            yield return result;
        }
    }

    /// <summary>Builds the article of one record; never throws for bad content.</summary>
    /// <param name="json">The record's UTF-8 bytes.</param>
    /// <param name="locator">The record's locator, <c>file.jsonl:LINE</c>.</param>
    internal static ArticleReadResult ParseRecord(ReadOnlyMemory<byte> json, string locator) =>
        TryParseValidRecord(json, locator) ?? ParseCheckedRecord(json, locator);

    /// <summary>
    /// The fast path for a record of valid UTF-8 with a body (nearly every record): parsed without checking the
    /// bytes first, as transcoding the body checks its bytes and only the bytes around it are checked here. Null for
    /// anything else (invalid bytes, bad JSON, no body, an escaped lone surrogate in any name or string), which
    /// <see cref="ParseCheckedRecord"/> then reads from the start, so the result is the same either way.
    /// </summary>
    private static ArticleReadResult? TryParseValidRecord(ReadOnlyMemory<byte> json, string locator)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, RecordOptions);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            try
            {
                return TryBuildValidRecord(document.RootElement, json.Span, locator);
            }
            catch (InvalidOperationException)
            {
                // Invalid UTF-8 in the body, or an escaped lone surrogate, which System.Text.Json throws for when it
                // reads the string or any property name.
                return null;
            }
        }
    }

    private static ArticleReadResult? TryBuildValidRecord(JsonElement root, ReadOnlySpan<byte> bytes, string locator)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("body", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        // Reading the body checks its bytes and escapes; the rest of the record is checked here, so that anything the
        // checked path would replace and count anywhere in the record sends the record there.
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var body = ReadString(raw);
        if (!bytes.Overlaps(raw, out var offset) || !IsPlain(bytes[..offset]) || !IsPlain(bytes[(offset + raw.Length)..]))
        {
            return null;
        }

        body = VietnameseText.ReplaceInvalid(body, out var replaced);
        return string.IsNullOrWhiteSpace(body) ? null : BuildArticle(root, body, locator, replaced);
    }

    /// <summary>
    /// The string a JSON string literal (with its quotes) spells: what <see cref="JsonElement.GetString"/> gives,
    /// transcoded in one pass into a buffer where <c>GetString</c> first counts the characters in a pass of its own
    /// (a sixth of reading a record of Vietnamese text).
    /// </summary>
    /// <exception cref="InvalidOperationException">The literal holds invalid UTF-8 or an escaped lone surrogate.</exception>
    internal static string ReadString(ReadOnlySpan<byte> literal)
    {
        var reader = new Utf8JsonReader(literal);
        reader.Read();

        // Never more characters than bytes.
        var buffer = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            return new string(buffer, 0, reader.CopyString(buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether JSON text holds only valid UTF-8 and no escape that may be of a surrogate.</summary>
    private static bool IsPlain(ReadOnlySpan<byte> json) => Utf8.IsValid(json) && !JsonEscapes.MayHaveSurrogateEscape(json);

    /// <summary>
    /// Any record: its bytes checked (invalid ones replaced and counted) and its escapes of lone surrogates replaced
    /// (and counted) before it is parsed.
    /// </summary>
    private static ArticleReadResult ParseCheckedRecord(ReadOnlyMemory<byte> json, string locator)
    {
        var invalidBytes = 0;
        if (!Utf8.IsValid(json.Span))
        {
            json = TextDecoding.ReplaceInvalidUtf8(json.Span, out invalidBytes, out var chars);
            if (TextDecoding.IsMostlyUndecodable(invalidBytes, chars))
            {
                return ArticleReadResult.Failure(locator, DiagnosticCodes.UndecodableBytes, $"the record is not UTF-8: {invalidBytes} of its {chars} characters are invalid byte sequences");
            }
        }

        var surrogates = 0;
        if (JsonEscapes.MayHaveSurrogateEscape(json.Span))
        {
            var copy = json.ToArray();
            surrogates = JsonEscapes.ReplaceLoneSurrogates(copy);
            json = copy;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, RecordOptions);
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Failure(locator, DiagnosticCodes.InvalidRecord, $"the record is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ArticleReadResult.Failure(locator, DiagnosticCodes.InvalidRecord, $"the record is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            var replaced = invalidBytes + surrogates;
            var body = GetString(root, "body", ref replaced);
            if (string.IsNullOrWhiteSpace(body))
            {
                return ArticleReadResult.Failure(locator, DiagnosticCodes.InvalidRecord, "the record has no body text");
            }

            return BuildArticle(root, body, locator, replaced);
        }
    }

    private static ArticleReadResult BuildArticle(JsonElement root, string body, string locator, int replaced)
    {
        var builder = new ArticleBuilder(locator) { Url = GetString(root, "url", ref replaced) };
        var title = GetString(root, "title", ref replaced);
        var author = GetString(root, "author", ref replaced);
        if (replaced > 0)
        {
            builder.AddWarning(DiagnosticCodes.InvalidCharacters, ArticleBuilder.InvalidCharactersMessage(replaced, "the record"));
        }

        if ((VietnameseText.MayNeedComposition(body) && !body.IsNormalized(NormalizationForm.FormC))
            || (title is not null && VietnameseText.MayNeedComposition(title) && !title.IsNormalized(NormalizationForm.FormC)))
        {
            builder.AddWarning(DiagnosticCodes.NotNormalized, "the record's text was not in Unicode NFC and was composed");
        }

        ReadPublished(root, builder);

        var lines = new List<string>();
        foreach (var raw in VietnameseText.Normalize(body).Split('\n'))
        {
            // The builder collapses spaces; the rules only need trimmed lines.
            var line = raw.Trim();
            if (line.Length > 0 && !LayoutRules.IsJunk(line))
            {
                lines.Add(line);
            }
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            builder.Title = title;
        }
        else if (lines.Count > 1)
        {
            TakeTitleFromBody(builder, lines);
        }

        if (!string.IsNullOrWhiteSpace(author))
        {
            foreach (var name in LayoutRules.SplitAuthors(VietnameseText.Normalize(author)))
            {
                builder.AddAuthor(name);
            }
        }
        else if (lines.Count > 1 && LayoutRules.TryParseByline(lines[^1], out var authors))
        {
            foreach (var name in authors)
            {
                builder.AddAuthor(name);
            }

            lines.RemoveAt(lines.Count - 1);
        }
        else if (lines.Count > 1 && LayoutRules.TryFindGluedByline(lines[^1], out var head, out var glued))
        {
            foreach (var name in glued)
            {
                builder.AddAuthor(name);
            }

            lines[^1] = head;
        }

        var bodyLines = new BodyLine[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            bodyLines[i] = new BodyLine(lines[i], 0, false, false);
        }

        PlainTextArticleParser.AddBody(builder, bodyLines, blankLineLayout: false);
        return builder.Build();
    }

    /// <summary>
    /// A record without a title: the first body line is the title when it matches the URL's slug (no warning),
    /// or when it reads like a headline (short, one sentence, no final punctuation; with a warning). Otherwise
    /// the title stays empty and the builder warns.
    /// </summary>
    private static void TakeTitleFromBody(ArticleBuilder builder, List<string> lines)
    {
        var first = lines[0];
        if (builder.Url is { } url && MatchesSlug(first, url))
        {
            builder.Title = first;
            lines.RemoveAt(0);
            return;
        }

        if (first.Length <= MaxTitleFromBodyChars && !LayoutRules.EndsWithSentencePunctuation(first) && !LayoutRules.HasSentenceBreak(first))
        {
            builder.Title = first;
            lines.RemoveAt(0);
            builder.AddWarning(DiagnosticCodes.MissingTitle, "the record has no title; its first body line, which reads like a headline, was taken as the title");
        }
    }

    /// <summary>Whether the folded letters and digits of <paramref name="line"/> equal those of the URL's last path segment (before an id).</summary>
    internal static bool MatchesSlug(string line, string url)
    {
        var path = url;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        var slash = path.TrimEnd('/').LastIndexOf('/');
        var slug = slash >= 0 ? path[(slash + 1)..] : path;
        var dot = slug.LastIndexOf('.');
        if (dot > 0)
        {
            slug = slug[..dot];
        }

        var slugKey = AlphanumericKey(slug);
        var lineKey = AlphanumericKey(VietnameseText.Fold(line));
        if (lineKey.Length < 8)
        {
            return false;
        }

        // Dân trí slugs end with a numeric id (…-20201001163534963): compare the words before it.
        return slugKey.StartsWith(lineKey, StringComparison.Ordinal)
            && slugKey.AsSpan(lineKey.Length).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static string AlphanumericKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = VietnameseText.FoldChar(c);
            if (char.IsAsciiLetterOrDigit(f))
            {
                builder.Append(f);
            }
        }

        return builder.ToString();
    }

    private static void ReadPublished(JsonElement root, ArticleBuilder builder)
    {
        if (!root.TryGetProperty("published", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (!string.IsNullOrEmpty(text) && TryParsePublished(text, out var published, out var hasOffset))
        {
            builder.Published = published;
            builder.PublishedHasOffset = hasOffset;
            return;
        }

        builder.AddWarning(DiagnosticCodes.UnreadableField, $"the published value {value.GetRawText()} is not a date");
    }

    /// <summary>Reads <c>YYYYMMDD</c>, ISO 8601 (with or without an offset), or a Vietnamese dateline.</summary>
    internal static bool TryParsePublished(string text, out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        if (text.Length == 8 && text.All(char.IsAsciiDigit))
        {
            if (DateTime.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                value = new DateTimeOffset(day, TimeSpan.Zero);
                return true;
            }

            return false;
        }

        if (IsoPattern().IsMatch(text))
        {
            hasOffset = OffsetSuffix().IsMatch(text);
            if (hasOffset)
            {
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
            }

            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
                return true;
            }

            return false;
        }

        return DatelineParser.TryParse(text, out value, out hasOffset);
    }

    private static IEnumerable<ArticleReadResult> ReadLines(Stream input, bool gzipped, string source, ArticleReaderOptions options)
    {
        using var reader = new BoundedLineReader(input, options.MaxInputBytes);
        var lineNumber = 0;
        var records = 0;
        while (true)
        {
            lineNumber++;
            var locator = source + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);
            BoundedLineReader.Status status;
            ReadOnlyMemory<byte> line;
            string? errorCode = null;
            string? error = null;
            try
            {
                status = reader.ReadLine(out line, out _);
            }
            catch (Exception e) when (gzipped && e is SharpZipBaseException or EndOfStreamException or InvalidDataException)
            {
                (status, line) = (BoundedLineReader.Status.End, default);
                (errorCode, error) = (DiagnosticCodes.InvalidGzip, e is EndOfStreamException || e.Message.Contains("EOF", StringComparison.OrdinalIgnoreCase)
                    ? "the gzip stream is truncated"
                    : $"the gzip data is corrupt: {e.Message}");
            }
            catch (IOException e)
            {
                (status, line) = (BoundedLineReader.Status.End, default);
                (errorCode, error) = (DiagnosticCodes.IoError, $"reading stopped: {e.Message}");
            }

            if (error is not null)
            {
                yield return ArticleReadResult.Failure(locator, errorCode!, error + "; the rest of the input is lost");
                yield break;
            }

            if (status == BoundedLineReader.Status.End)
            {
                if (records == 0)
                {
                    // The same rule as an empty text file: an input that holds no article failed.
                    yield return ArticleReadResult.Failure(source, DiagnosticCodes.EmptyInput, "the input holds no JSON Lines records");
                }

                yield break;
            }

            if (status == BoundedLineReader.Status.TooLong)
            {
                records++;
                yield return ArticleReadResult.Failure(locator, DiagnosticCodes.InputTooLarge, $"the record is larger than the limit of {options.MaxInputBytes} bytes");
                continue;
            }

            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            records++;
            yield return ParseRecord(line, locator);
        }
    }

    /// <summary>
    /// A string field, or null when absent or not a string. A noncharacter becomes U+FFFD and is counted in
    /// <paramref name="replaced"/> (an escaped lone surrogate already is one, in the checked path).
    /// </summary>
    /// <exception cref="InvalidOperationException">The record holds an escaped lone surrogate (fast path only).</exception>
    private static string? GetString(JsonElement root, string name, ref int replaced)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = VietnameseText.ReplaceInvalid(ReadString(JsonMarshal.GetRawUtf8Value(value)), out var count);
        replaced += count;
        return text;
    }

    private static int ReadAtLeast(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?(Z|[+\-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(Z|[+\-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();
}
