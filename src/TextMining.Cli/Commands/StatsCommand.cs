namespace TextMining.Cli.Commands;

/// <summary><c>textmining stats</c>: what an analyst asks first about a set of articles.</summary>
internal static class StatsCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create(CliContext context)
    {
        var input = new ArticleInputs(orIndex: true);
        var movementOnly = new Option<bool>("--movement-only")
        {
            Description = "Count only the articles about the movement (relevance at or above the model's threshold; see --relevance-model).",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var top = new Option<int>("--top")
        {
            Description = "How many rows of each ranking to print (models, officials, figures). Default 20.",
            DefaultValueFactory = _ => 20,
            CustomParser = result => InputOptions.ParseNumber(result, "--top", 1, int.MaxValue, "a whole number"),
        };
        var command = new Command(
            "stats",
            "Summarise articles: articles per year and per province, the models most mentioned, officials by number of " +
            "articles with rank and latest position, and figures summed by counted noun and year (a sum of approximate " +
            "figures is approximate and says so).")
        {
            input.Inputs,
            json,
            top,
            input.Index,
            input.MaxBytes,
            input.RelevanceModel,
            movementOnly,
        };
        command.SetAction(parse =>
        {
            var files = input.Files(parse);
            var indexPath = input.IndexPath(parse, "stats");

            var n = parse.GetValue(top);
            if (n < 1)
            {
                throw new CliUsageException("--top must be at least 1");
            }

            var pipeline = input.Pipeline(parse, indexPath);
            using var source = new AnalysisSource(context, "stats");
            var analyses = source.Analyses(files, indexPath, input.ReaderOptions(parse), pipeline);
            if (parse.GetValue(movementOnly))
            {
                analyses = analyses.Where(a => a.Relevance?.IsMovement == true);
            }

            var stats = CorpusStatistics.Compute(analyses, source.Token);
            if (parse.GetValue(json))
            {
                context.Stdout.WriteLine(JsonSerializer.Serialize(stats, Json));
            }
            else
            {
                WriteText(context.Stdout, stats, n);
            }

            return source.ExitCode();
        });
        return command;
    }

    internal static void WriteText(TextWriter o, CorpusStatistics stats, int top)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"{stats.Articles} articles"));
        o.WriteLine();
        o.WriteLine("Articles per year");
        foreach (var row in stats.ArticlesByYear)
        {
            o.WriteLine(string.Create(c, $"  {row.Value,-12} {row.Count,6}"));
        }

        o.WriteLine();
        o.WriteLine("Articles per province");
        WriteTop(o, stats.ArticlesByProvince, top, row => string.Create(c, $"  {row.Value,-24} {row.Count,6}"));

        o.WriteLine();
        o.WriteLine("Models most mentioned (mentions, articles)");
        WriteTop(o, stats.Models, top, m => string.Create(c, $"  {m.Mentions,5} {m.Articles,5}  {m.Name}"));

        o.WriteLine();
        o.WriteLine("Officials by number of articles (articles, rank, latest position)");
        WriteTop(o, stats.Officials, top, official => string.Create(c, $"  {official.Articles,5}  {official.Name}{(official.Rank is null ? string.Empty : ", " + official.Rank)}{(official.LatestPosition is null ? string.Empty : ", " + official.LatestPosition)}"));

        o.WriteLine();
        o.WriteLine("Figures by counted noun and year (sum, figures; ≈ approximate, > lower bound, < upper bound; ratios such as % are not summed: mean, min–max)");
        WriteTop(o, stats.FigureSums, top, f =>
        {
            var mark = f.Qualifier switch { "approximately" => "≈", "moreThan" => ">", "lessThan" => "<", _ => " " };
            var year = f.Year?.ToString(c) ?? "year unknown";
            return f.Sum is { } sum
                ? string.Create(c, $"  {mark}{sum,14:#,0.##} {f.Figures,5}  {f.Unit} ({year})")
                : string.Create(c, $"  {(f.IsApproximate ? "≈" : " ")}{"mean " + f.Mean.ToString("#,0.##", c),14} {f.Figures,5}  {f.Unit} ({year}), min {f.Min:#,0.##}, max {f.Max:#,0.##}");
        });
    }

    /// <summary>Writes the first <paramref name="top"/> rows, then how many were left out.</summary>
    private static void WriteTop<T>(TextWriter o, IReadOnlyList<T> rows, int top, Func<T, string> format)
    {
        foreach (var row in rows.Take(top))
        {
            o.WriteLine(format(row));
        }

        if (rows.Count > top)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {rows.Count - top} more"));
        }
    }
}
