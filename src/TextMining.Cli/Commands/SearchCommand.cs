using System.Text.Encodings.Web;
using TextMining.Search;

namespace TextMining.Cli.Commands;

/// <summary><c>textmining search</c>: query an index built by <c>textmining index</c>.</summary>
internal static class SearchCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query")
        {
            Description = "The query: words, \"phrases\", AND/OR/NOT/-, prefix*, and title: official: rank: model: place: year: from: to:. " +
                "Diacritics are optional (tuyen hoa finds Tuyên Hóa); abbreviations match their expansions (ANTQ, UBND).",
        };
        var index = new Option<string>("--index") { Description = "The index folder built by 'textmining index'.", Required = true };
        var limit = new Option<int>("--limit") { Description = $"How many hits to show, 0 to {SearchOptions.MaxLimit}. Default 10.", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "How many of the best hits to skip. Default 0." };
        var facets = new Option<bool>("--facets") { Description = "Also count the matching articles by year, place, official, rank, model and topic (movement or other)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: { total, hits: [{ id, source, title, published, score, snippet, highlights }], facets }; highlights are offsets into snippet." };
        var command = new Command(
            "search",
            "Search an index. Exit code 0 on success (also with no hits), 1 when the index cannot be read, 2 for a malformed query or other usage errors.")
        {
            query,
            index,
            limit,
            offset,
            facets,
            json,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(query)!,
            parse.GetValue(index)!,
            parse.GetValue(limit),
            parse.GetValue(offset),
            parse.GetValue(facets),
            parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string query, string indexPath, int limit, int offset, bool facets, bool json)
    {
        if (limit is < 0 or > SearchOptions.MaxLimit)
        {
            throw new CliUsageException($"--limit must be between 0 and {SearchOptions.MaxLimit}");
        }

        if (offset < 0)
        {
            throw new CliUsageException("--offset must be at least 0");
        }

        var options = new SearchOptions { Limit = limit, Offset = offset, Facets = facets ? SearchFacets.All : SearchFacets.None };
        SearchResult result;
        try
        {
            using var index = ArticleIndex.OpenReadOnly(indexPath);
            if (!index.TrySearch(query, options, out var found, out var error))
            {
                context.Stderr.WriteLine($"textmining: invalid query: {error.Message}");
                return TextMiningCommandLine.UsageError;
            }

            result = found;
        }
        catch (SearchIndexException ex)
        {
            context.Stderr.WriteLine($"textmining: {ex.Message}");
            return TextMiningCommandLine.InputFailed;
        }

        if (json)
        {
            WriteJson(context, result);
        }
        else
        {
            WriteText(context, query, offset, result);
        }

        return TextMiningCommandLine.Success;
    }

    private static void WriteJson(CliContext context, SearchResult result)
    {
        using var stdout = context.OpenStdout();
        using (var writer = new Utf8JsonWriter(stdout, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", result.Total);
            writer.WriteObjects("hits", result.Hits, WriteHit);
            writer.WriteStartObject("facets");
            foreach (var (facet, values) in result.Facets)
            {
                writer.WriteObjects(IndexSchema.FacetName(facet), values, static (w, value) =>
                {
                    w.WriteString("value", value.Value);
                    w.WriteNumber("count", value.Count);
                });
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }

    private static void WriteHit(Utf8JsonWriter writer, SearchHit hit)
    {
        writer.WriteString("id", hit.Id);
        writer.WriteString("source", hit.Source);
        writer.WriteString("title", hit.Title);
        // The date the text output shows: published, else the article's date from its text.
        writer.WriteString("published", hit.Published ?? hit.Date);
        writer.WriteNumber("score", hit.Score);
        writer.WriteString("snippet", hit.Snippet.Text);
        writer.WriteObjects("highlights", hit.Snippet.Highlights, (w, span) =>
        {
            // Offsets into "snippet", which the JSON carries (the article's text it is not).
            w.WriteNumber("start", span.Start - hit.Snippet.Start);
            w.WriteNumber("length", span.Length);
        });
    }

    private static void WriteText(CliContext context, string query, int offset, SearchResult result)
    {
        var o = context.Stdout;
        var c = CultureInfo.InvariantCulture;
        var color = ReferenceEquals(o, Console.Out) && !Console.IsOutputRedirected;
        var (open, close) = color ? ("\u001b[1;33m", "\u001b[0m") : ("[", "]");
        o.WriteLine(result.Total == 0
            ? $"No article matches {query}."
            : result.Hits.Count == 0
                ? $"{result.Total.ToString("N0", c)} articles match {query}; none from {(long)offset + 1}."
                : $"{result.Total.ToString("N0", c)} article{(result.Total == 1 ? string.Empty : "s")} match {query}; showing {(long)offset + 1}-{(long)offset + result.Hits.Count}.");
        var rank = (long)offset;
        foreach (var hit in result.Hits)
        {
            rank++;
            o.WriteLine();
            o.WriteLine($"{rank.ToString(c)}. {hit.Title}");
            var where = string.Join(" · ", new[] { hit.Source, hit.Published ?? hit.Date, "id " + hit.Id, "score " + hit.Score.ToString("G3", c) }.Where(s => s is not null));
            o.WriteLine($"   {where}");
            o.WriteLine($"   …{hit.Snippet.Mark(open, close).Replace('\n', ' ')}…");
            if (hit.MatchedEntities.Count > 0)
            {
                o.WriteLine($"   matched: {string.Join("; ", hit.MatchedEntities.Select(e => $"{e.Kind.ToString().ToLowerInvariant()} {e.Value}").Distinct())}");
            }
        }

        if (result.Facets.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Facets:");
            foreach (var (facet, values) in result.Facets)
            {
                o.WriteLine($"  {IndexSchema.FacetName(facet)}: {(values.Count == 0 ? "-" : string.Join(", ", values.Select(v => $"{v.Value} ({v.Count.ToString(c)})")))}");
            }
        }
    }
}
