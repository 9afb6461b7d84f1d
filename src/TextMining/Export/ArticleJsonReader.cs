using System.Text.Json;

namespace TextMining.Export;

/// <summary>
/// Reads back what <see cref="ArticleJsonWriter"/> wrote (one line of the <c>extract</c> command's output) into an
/// <see cref="ArticleAnalysis"/>, so saved extractions and index contents feed the same tables and statistics.
/// </summary>
public static class ArticleJsonReader
{
    /// <summary>Parses one JSON object.</summary>
    /// <param name="json">The object's text.</param>
    /// <returns>The analysis, or null when the text is not an extraction record (a diagnostic explains why).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ArticleAnalysis? Parse(string json) => TryParse(json, out var analysis, out _) ? analysis : null;

    /// <summary>Parses one JSON object, saying why when it cannot.</summary>
    /// <param name="json">The object's text.</param>
    /// <param name="analysis">The analysis, or null.</param>
    /// <param name="error">Why it could not be read, or null.</param>
    /// <returns>Whether it was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, out ArticleAnalysis? analysis, out string? error) =>
        TryParse(json, null, out analysis, out error);

    /// <summary>As <see cref="TryParse(string, out ArticleAnalysis?, out string?)"/>, with the text kept apart.</summary>
    internal static bool TryParse(string json, string? text, out ArticleAnalysis? analysis, out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        analysis = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            analysis = Read(doc.RootElement, text);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            error = $"not an extraction record: {ex.Message}";
            return false;
        }
    }

    private static ArticleAnalysis Read(JsonElement root, string? storedText)
    {
        var text = storedText ?? root.GetProperty("text").GetString() ?? throw new FormatException("text is null");
        var title = root.GetProperty("title").GetString() ?? string.Empty;
        var dateline = OptionalString(root, "dateline");
        var captions = Strings(root, "captions");
        var blocks = RebuildBlocks(text, title, dateline, captions);
        var published = OptionalString(root, "published");
        DateTimeOffset? publishedValue = null;
        var hasOffset = false;
        if (published is not null)
        {
            publishedValue = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            hasOffset = published.Length > 19 && (published[^6] is '+' or '-' || published.EndsWith('Z'));
        }

        var article = new Article(
            root.GetProperty("id").GetString() ?? throw new FormatException("id is null"),
            OptionalString(root, "source"),
            OptionalString(root, "url"),
            title,
            OptionalString(root, "sourceTag"),
            publishedValue,
            hasOffset,
            root.TryGetProperty("views", out var views) && views.ValueKind == JsonValueKind.Number ? views.GetInt32() : null,
            Strings(root, "authors"),
            blocks,
            text,
            []);

        var context = new ExtractionContext(article);
        foreach (var d in Array(root, "dates"))
        {
            context.Dates.Add(new DateMention
            {
                Text = d.GetProperty("text").GetString()!,
                Value = d.GetProperty("value").GetString()!,
                Granularity = d.TryGetProperty("granularity", out var g) && Enum.TryParse<DateGranularity>(g.GetString(), ignoreCase: true, out var granularity) ? granularity : DateGranularity.Day,
                Inferred = d.GetProperty("inferred").GetBoolean(),
                Span = Span(d),
            });
        }

        foreach (var o in Array(root, "officials"))
        {
            var mentions = Array(o, "mentions").Select(m => new OfficialMention(m.GetProperty("text").GetString()!, Span(m))).ToArray();
            context.Officials.Add(new Official(o.GetProperty("name").GetString()!, OptionalString(o, "rank"), OptionalString(o, "honorific"), Strings(o, "positions"), mentions));
        }

        foreach (var f in Array(root, "figures"))
        {
            context.Figures.Add(new Figure
            {
                Text = f.GetProperty("text").GetString()!,
                Value = f.GetProperty("value").GetDouble(),
                Total = f.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Number ? total.GetDouble() : null,
                Unit = OptionalString(f, "unit"),
                Qualifier = Enum.Parse<FigureQualifier>(f.GetProperty("qualifier").GetString()!, ignoreCase: true),
                Span = Span(f),
            });
        }

        foreach (var m in Array(root, "models"))
        {
            context.Models.Add(new GrassrootsModel { Name = m.GetProperty("name").GetString()!, Location = OptionalString(m, "location"), Text = m.GetProperty("text").GetString()!, Span = Span(m) });
        }

        foreach (var d in Array(root, "documents"))
        {
            var written = d.GetProperty("text").GetString()!;
            context.Documents.Add(new DocumentReference
            {
                Text = written,
                Kind = DocumentLexicon.Parse(OptionalString(d, "kind")),
                Number = OptionalString(d, "number"),
                IssuerCode = OptionalString(d, "issuerCode"),
                Date = OptionalString(d, "date"),
                Span = Span(d),
                Name = OptionalString(d, "name") ?? written,
            });
        }

        foreach (var l in Array(root, "locations"))
        {
            context.Places.Add(new PlaceMention(l.GetProperty("text").GetString()!, OptionalString(l, "name") ?? string.Empty,
                AdministrativeLevels.Parse(OptionalString(l, "level")), OptionalString(l, "province"), Span(l)));
        }

        foreach (var o in Array(root, "organizations"))
        {
            context.Organizations.Add(new OrganizationMention(o.GetProperty("text").GetString()!, OptionalString(o, "name") ?? string.Empty, Span(o)));
        }

        foreach (var a in Array(root, "abbreviations"))
        {
            context.Abbreviations.Add(new AbbreviationMention(a.GetProperty("text").GetString()!, OptionalString(a, "expansion") ?? string.Empty, Span(a)));
        }

        if (root.TryGetProperty("relevance", out var r) && r.ValueKind == JsonValueKind.Object)
        {
            context.Relevance = new Classification.MovementRelevance(r.GetProperty("score").GetDouble(), r.GetProperty("isMovement").GetBoolean());
        }

        return new ArticleAnalysis(context);
    }

    /// <summary>Rebuilds the blocks from the text's lines: line 0 the title, then dateline, paragraphs and captions.</summary>
    private static ArticleBlock[] RebuildBlocks(string text, string title, string? dateline, IReadOnlyList<string> captions)
    {
        var blocks = new List<ArticleBlock> { new() { Kind = ArticleBlockKind.Title, Text = title, Span = new SourceSpan(0, title.Length) } };
        var remainingCaptions = captions.ToList();
        var offset = title.Length + 2;
        var first = true;
        while (offset < text.Length)
        {
            var end = text.IndexOf('\n', offset);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[offset..end];
            ArticleBlockKind kind;
            if (first && dateline is not null && line == dateline)
            {
                kind = ArticleBlockKind.Dateline;
            }
            else if (remainingCaptions.Remove(line))
            {
                kind = ArticleBlockKind.Caption;
            }
            else
            {
                kind = ArticleBlockKind.Paragraph;
            }

            if (line.Length > 0)
            {
                blocks.Add(new ArticleBlock { Kind = kind, Text = line, Span = new SourceSpan(offset, line.Length) });
            }

            first = false;
            offset = end + 1;
        }

        return [.. blocks];
    }

    private static SourceSpan Span(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32());

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray() : [];

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
