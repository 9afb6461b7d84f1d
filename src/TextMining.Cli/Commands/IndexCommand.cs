using System.Diagnostics;
using TextMining.Search;

namespace TextMining.Cli.Commands;

/// <summary><c>textmining index</c>: read, analyse and add articles to a search index (resumable upsert).</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var input = new ArticleInputs();
        var index = new Option<string>("--index")
        {
            Description = "The index folder to create or update (a new or empty folder, or one made by 'textmining index'). Its parent folder must exist.",
            Required = true,
        };
        var compact = new Option<bool>("--compact")
        {
            Description = "After adding, always merge the index into one segment. Without it, the index is merged when the run " +
                "wrote at least a quarter of the articles it now holds (a new index always): searches get faster (about 1.8x on " +
                "30,000 articles) for rewriting the index once (about 5 s for 30,000 articles, a sixth of writing them).",
        };
        var noCompact = new Option<bool>("--no-compact")
        {
            Description = "Never merge the index after adding (cheapest for frequent small updates; searches are slower on many segments).",
        };
        var command = new Command(
            "index",
            "Read articles (the same inputs as 'extract'), extract from them and add them to a search index. " +
            "Articles already indexed unchanged are skipped, changed ones replaced; every batch is committed, so a rerun " +
            "resumes an interrupted (even killed) run. One process at a time writes an index; searching it works meanwhile. " +
            "Progress goes to standard error when it is a terminal; Ctrl+C stops after the current batch (exit 130). " +
            "Exit code 0 when all inputs were read, 1 when any failed or the index cannot be written, 2 for usage errors.")
        {
            input.Inputs,
            input.MaxBytes,
            index,
            compact,
            noCompact,
            input.RelevanceModel,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(compact) && result.GetValue(noCompact))
            {
                result.AddError("--compact and --no-compact cannot be used together");
            }
        });
        command.SetAction(parse => Run(
            context,
            input.Files(parse),
            input.ReaderOptions(parse),
            parse.GetValue(index)!,
            parse.GetValue(compact) ? Compaction.Always : parse.GetValue(noCompact) ? Compaction.Never : Compaction.Auto,
            input.Pipeline(parse)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, ArticleReaderOptions options, string indexPath, Compaction compact, TextMiningPipeline pipeline)
    {
        var failed = false;
        var stopwatch = Stopwatch.StartNew();
        var progress = new ProgressLine(context, "index");
        using var stop = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            if (!stop.IsCancellationRequested)
            {
                // Said at once: the run may still be reading standard input to its end and writing the batch.
                context.Stderr.WriteLine("textmining: Ctrl+C: stopping after the current batch");
            }

            stop.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            using var index = ArticleIndex.Open(indexPath);
            var articles = ArticleReader.ReadInputs(inputs, options)
                .TakeWhile(_ => !stop.IsCancellationRequested)
                .Where(result =>
                {
                    InputOptions.ReportDiagnostics(context, result);
                    failed |= !result.Success;
                    return result.Success;
                })
                .Select(result => result.Article!);

            // Ctrl+C ends the stream of analyses: the batch being gathered is written and committed, then the run stops.
            var analyses = pipeline.AnalyzeAll(articles)
                .TakeWhile(_ => !stop.IsCancellationRequested)
                .Select(analysis =>
                {
                    progress.Tick();
                    return analysis;
                });
            var total = index.Add(analyses);
            progress.Finish();
            var count = index.Count.ToString("N0", CultureInfo.InvariantCulture);
            if (stop.IsCancellationRequested)
            {
                context.Stderr.WriteLine($"textmining: stopped by Ctrl+C after the current batch: {Describe(total, stopwatch.Elapsed)}; " +
                    $"{count} articles committed in {Path.GetFullPath(indexPath)}. Run the same command again to resume.");
                return 130;
            }

            context.Stderr.WriteLine($"textmining index: done, {Describe(total, stopwatch.Elapsed)}; {count} articles in {Path.GetFullPath(indexPath)}");
            if (ShouldCompact(compact, total, index.Count))
            {
                var merging = Stopwatch.StartNew();
                index.Compact();
                var why = compact == Compaction.Always ? string.Empty : " (this run wrote at least a quarter of the index; --no-compact skips this)";
                context.Stderr.WriteLine($"textmining index: compacted into one segment in {merging.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s{why}");
            }
        }
        catch (SearchIndexException ex)
        {
            progress.Finish();
            context.Stderr.WriteLine($"textmining: {ex.Message}");
            return TextMiningCommandLine.InputFailed;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }

        return failed ? TextMiningCommandLine.InputFailed : TextMiningCommandLine.Success;
    }

    /// <summary>
    /// Whether to merge the index into one segment after a run: always, never, or (by default) when the run wrote
    /// (added or replaced) at least a quarter of the articles the index now holds. A new index is then always merged and
    /// an archive that takes a few articles a day is not rewritten every time.
    /// </summary>
    internal static bool ShouldCompact(Compaction compact, IndexUpdate update, int count) => compact switch
    {
        Compaction.Always => true,
        Compaction.Never => false,
        _ => update.Added + update.Replaced > 0 && (update.Added + update.Replaced) * 4L >= count,
    };

    private static string Describe(IndexUpdate update, TimeSpan elapsed)
    {
        var rate = update.Total / Math.Max(elapsed.TotalSeconds, 0.001);
        var c = CultureInfo.InvariantCulture;
        return $"{update.Total.ToString("N0", c)} articles ({update.Added.ToString("N0", c)} added, {update.Replaced.ToString("N0", c)} replaced, " +
            $"{update.Unchanged.ToString("N0", c)} unchanged) in {elapsed.TotalSeconds.ToString("F1", c)} s, {rate.ToString("N0", c)} articles/s";
    }
}

/// <summary>When <c>textmining index</c> merges the index into one segment after adding.</summary>
internal enum Compaction
{
    /// <summary>When the run wrote at least a quarter of the index.</summary>
    Auto,

    /// <summary>After every run (<c>--compact</c>).</summary>
    Always,

    /// <summary>Never (<c>--no-compact</c>).</summary>
    Never,
}
