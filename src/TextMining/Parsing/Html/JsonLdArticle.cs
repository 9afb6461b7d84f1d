using System.Net;
using System.Text;
using System.Text.Json;

namespace TextMining.Parsing.Html;

/// <summary>
/// What the JSON-LD blocks of a page say about its article: the first object whose <c>@type</c> is an article type
/// (at the top level, in an array, or in <c>@graph</c>). Invalid JSON is read leniently: control characters are
/// escaped and, failing that, the known keys are picked out of the text.
/// </summary>
internal sealed class JsonLdArticle
{
    private const int MaxObjects = 2_000;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public string? Headline { get; private set; }

    public string? Description { get; private set; }

    public string? DatePublished { get; private set; }

    public string? DateModified { get; private set; }

    public string? Url { get; private set; }

    public List<string> Authors { get; } = [];

    public List<string> Organizations { get; } = [];

    public string? Publisher { get; private set; }

    /// <summary>How many blocks were not valid JSON.</summary>
    public int InvalidBlocks { get; private set; }

    public bool Found { get; private set; }

    public static JsonLdArticle Read(IEnumerable<string> blocks)
    {
        var result = new JsonLdArticle();
        foreach (var raw in blocks)
        {
            var text = raw.Trim();
            if (text.StartsWith("<!--", StringComparison.Ordinal))
            {
                text = text[4..];
            }

            if (text.EndsWith("-->", StringComparison.Ordinal))
            {
                text = text[..^3];
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (TryParse(text, out var document) || TryParse(EscapeControlCharacters(text), out document))
            {
                using (document)
                {
                    var budget = MaxObjects;
                    result.Visit(document!.RootElement, ref budget, 0);
                }
            }
            else
            {
                result.InvalidBlocks++;
                result.ReadLeniently(text);
            }
        }

        return result;
    }

    /// <summary>Decodes HTML entities that some sites leave in JSON-LD strings, even double-encoded ones.</summary>
    internal static string Decode(string value)
    {
        for (var i = 0; i < 3 && value.Contains('&', StringComparison.Ordinal); i++)
        {
            var decoded = WebUtility.HtmlDecode(value);
            if (decoded == value)
            {
                break;
            }

            value = decoded;
        }

        return value.Trim();
    }

    private static bool TryParse(string text, out JsonDocument? document)
    {
        // Escaped lone surrogates would make every later read of a name or string throw.
        var json = Encoding.UTF8.GetBytes(text);
        JsonEscapes.ReplaceLoneSurrogates(json);
        try
        {
            document = JsonDocument.Parse(json, Options);
            return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            document = null;
            return false;
        }
    }

    private static string EscapeControlCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c < ' ' ? ' ' : c);
        }

        return builder.ToString();
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return HtmlHints.ArticleTypes.Contains(type.GetString() ?? string.Empty);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && HtmlHints.ArticleTypes.Contains(t.GetString() ?? string.Empty))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? StringOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(Decode(value.GetString() ?? string.Empty)),
            JsonValueKind.Object => StringOf(value, "@id") ?? StringOf(value, "url") ?? StringOf(value, "name"),
            JsonValueKind.Array => value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String ? NonEmpty(Decode(value[0].GetString() ?? string.Empty)) : null,
            _ => null,
        };
    }

    private static string? NonEmpty(string value) => value.Length == 0 ? null : value;

    private void Visit(JsonElement element, ref int budget, int depth)
    {
        if (Found || budget-- <= 0 || depth > 16)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, ref budget, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                if (IsArticleType(element))
                {
                    ReadArticle(element);
                    return;
                }

                if (element.TryGetProperty("@graph", out var graph))
                {
                    Visit(graph, ref budget, depth + 1);
                }

                break;
        }
    }

    private void ReadArticle(JsonElement article)
    {
        Found = true;
        Headline = StringOf(article, "headline") ?? StringOf(article, "name");
        Description = StringOf(article, "description");
        DatePublished = StringOf(article, "datePublished") ?? StringOf(article, "dateCreated");
        DateModified = StringOf(article, "dateModified");
        Url = StringOf(article, "url") ?? StringOf(article, "mainEntityOfPage");
        if (article.TryGetProperty("author", out var author))
        {
            ReadAuthors(author, 0);
        }

        if (article.TryGetProperty("publisher", out var publisher))
        {
            Publisher = publisher.ValueKind == JsonValueKind.String ? NonEmpty(Decode(publisher.GetString() ?? string.Empty)) : StringOf(publisher, "name");
        }
    }

    private void ReadAuthors(JsonElement author, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                Add(Authors, author.GetString());
                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    ReadAuthors(item, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                var name = author.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                var isOrganization = author.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String
                    && !string.Equals(type.GetString(), "Person", StringComparison.OrdinalIgnoreCase);
                Add(isOrganization ? Organizations : Authors, name);
                break;
        }

        static void Add(List<string> list, string? value)
        {
            if (value is not null && Decode(value) is { Length: > 0 } clean)
            {
                list.Add(clean);
            }
        }
    }

    /// <summary>Picks <c>"key": "value"</c> pairs out of JSON-LD that does not parse (the first one of each key).</summary>
    private void ReadLeniently(string text)
    {
        var isArticle = false;
        foreach (var type in HtmlHints.ArticleTypes)
        {
            if (text.Contains("\"" + type + "\"", StringComparison.Ordinal))
            {
                isArticle = true;
                break;
            }
        }

        if (!isArticle || Found)
        {
            return;
        }

        Found = true;
        Headline = Pick(text, "headline");
        Description = Pick(text, "description");
        DatePublished = Pick(text, "datePublished");
        DateModified = Pick(text, "dateModified");
        Url = Pick(text, "url");
    }

    private static string? Pick(string text, string key)
    {
        var at = text.IndexOf("\"" + key + "\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var i = at + key.Length + 2;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        {
            i++;
        }

        if (i >= text.Length || text[i] != ':')
        {
            return null;
        }

        i++;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '"')
        {
            return null;
        }

        var builder = new System.Text.StringBuilder();
        for (i++; i < text.Length && builder.Length < 2_000; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                builder.Append(next switch { 'n' => ' ', 't' => ' ', 'r' => ' ', _ => next });
                continue;
            }

            if (c == '"')
            {
                return NonEmpty(Decode(builder.ToString()));
            }

            builder.Append(c);
        }

        return null;
    }
}
