using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TextMining.Parsing;
using TextMining.Search;

namespace TextMining.Cli.Commands;

/// <summary><c>textmining index</c>: read, analyse and add articles to a search index (resumable upsert).</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = InputOptions.CreateInputsArgument();
        var maxBytes = InputOptions.CreateMaxBytesOption();
        var relevanceModel = InputOptions.CreateRelevanceModelOption();
        var index = new Option<string>("--index")
        {
            Description = "The index file to create or update (SQLite). Its folder must exist.",
            Required = true,
        };
        var command = new Command(
            "index",
            "Read articles (the same inputs as 'extract'), extract from them and add them to a search index. " +
            "Articles already indexed unchanged are skipped, changed ones replaced, so a rerun resumes an interrupted run. " +
            "Progress goes to standard error. Exit code 0 when all inputs were read, 1 when any failed or the index " +
            "cannot be written, 2 for usage errors.")
        {
            inputs,
            maxBytes,
            index,
            relevanceModel,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(inputs)!,
            InputOptions.ReaderOptions(parse.GetValue(maxBytes)),
            parse.GetValue(index)!,
            InputOptions.Pipeline(parse.GetValue(relevanceModel))));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, ArticleReaderOptions options, string indexPath, TextMiningPipeline pipeline)
    {
        var failed = false;
        var stopwatch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        try
        {
            using var index = ArticleIndex.Open(indexPath);
            var articles = ArticleReader.ReadInputs(inputs, options)
                .Where(result =>
                {
                    InputOptions.ReportDiagnostics(context, result);
                    failed |= !result.Success;
                    return result.Success;
                })
                .Select(result => result.Article!);
            var analyses = pipeline.AnalyzeAll(articles);
            var progress = new InlineProgress(update =>
            {
                if (stopwatch.Elapsed - lastReport >= TimeSpan.FromSeconds(1))
                {
                    lastReport = stopwatch.Elapsed;
                    context.Stderr.WriteLine($"textmining index: {Describe(update, stopwatch.Elapsed)}");
                }
            });
            var total = index.Add(analyses, progress);
            context.Stderr.WriteLine($"textmining index: done, {Describe(total, stopwatch.Elapsed)}; {index.Count.ToString("N0", CultureInfo.InvariantCulture)} articles in {Path.GetFullPath(indexPath)}");
        }
        catch (SearchIndexException ex)
        {
            context.Stderr.WriteLine($"textmining: {ex.Message}");
            return TextMiningCommandLine.InputFailed;
        }

        return failed ? TextMiningCommandLine.InputFailed : TextMiningCommandLine.Success;
    }

    private static string Describe(IndexUpdate update, TimeSpan elapsed)
    {
        var rate = update.Total / Math.Max(elapsed.TotalSeconds, 0.001);
        var c = CultureInfo.InvariantCulture;
        return $"{update.Total.ToString("N0", c)} articles ({update.Added.ToString("N0", c)} added, {update.Replaced.ToString("N0", c)} replaced, " +
            $"{update.Unchanged.ToString("N0", c)} unchanged) in {elapsed.TotalSeconds.ToString("F1", c)} s, {rate.ToString("N0", c)} articles/s";
    }

    /// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class InlineProgress(Action<IndexUpdate> report) : IProgress<IndexUpdate>
    {
        public void Report(IndexUpdate value) => report(value);
    }
}
