using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TextMining.Export;

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
        var inputs = InputOptions.CreateInputsArgument();
        inputs.Arity = ArgumentArity.ZeroOrMore;
        var maxBytes = InputOptions.CreateMaxBytesOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var index = AnalysisSource.CreateIndexOption();
        var top = new Option<int>("--top")
        {
            Description = "How many rows of each ranking to print (models, officials, figures). Default 20.",
            DefaultValueFactory = _ => 20,
        };
        var command = new Command(
            "stats",
            "Summarise articles: articles per year and per province, the models most mentioned, officials by number of " +
            "articles with rank and latest position, and figures summed by counted noun and year (a sum of approximate " +
            "figures is approximate and says so).")
        {
            inputs,
            json,
            top,
            index,
            maxBytes,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(inputs) ?? [];
            var indexPath = AnalysisSource.CheckInputsOrIndex("stats", files, parse.GetValue(index));

            var n = parse.GetValue(top);
            if (n < 1)
            {
                throw new CliUsageException("--top must be at least 1");
            }

            using var source = new AnalysisSource(context, "stats");
            var stats = CorpusStatistics.Compute(source.Analyses(files, indexPath, InputOptions.ReaderOptions(parse.GetValue(maxBytes))), source.Token);
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
        foreach (var row in stats.ArticlesByProvince.Take(top))
        {
            o.WriteLine(string.Create(c, $"  {row.Value,-24} {row.Count,6}"));
        }

        o.WriteLine();
        o.WriteLine("Models most mentioned (mentions, articles)");
        foreach (var m in stats.Models.Take(top))
        {
            o.WriteLine(string.Create(c, $"  {m.Mentions,5} {m.Articles,5}  {m.Name}"));
        }

        o.WriteLine();
        o.WriteLine("Officials by number of articles (articles, rank, latest position)");
        foreach (var official in stats.Officials.Take(top))
        {
            o.WriteLine(string.Create(c, $"  {official.Articles,5}  {official.Name}{(official.Rank is null ? string.Empty : ", " + official.Rank)}{(official.LatestPosition is null ? string.Empty : ", " + official.LatestPosition)}"));
        }

        o.WriteLine();
        o.WriteLine("Figures summed by counted noun and year (sum, figures; ≈ approximate, > lower bound, < upper bound)");
        foreach (var f in stats.FigureSums.Take(top))
        {
            var mark = f.Qualifier switch { "approximately" => "≈", "moreThan" => ">", "lessThan" => "<", _ => " " };
            o.WriteLine(string.Create(c, $"  {mark}{f.Sum,14:#,0.##} {f.Figures,5}  {f.Unit} ({(f.Year?.ToString(c) ?? "year unknown")})"));
        }
    }
}
