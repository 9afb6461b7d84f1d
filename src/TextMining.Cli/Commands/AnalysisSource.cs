using System.Diagnostics;
using TextMining.Extraction;

namespace TextMining.Cli.Commands;

/// <summary>
/// Reads and analyses the articles of a command's inputs one at a time, reporting bad inputs on standard error,
/// showing progress when standard error is a terminal, and stopping cleanly on Ctrl+C (after the current article,
/// or at once while a read blocks; a second Ctrl+C ends the process).
/// </summary>
internal sealed class AnalysisSource : IDisposable
{
    private readonly CliContext _context;
    private readonly CancellationTokenSource _cancellation = new();
    private readonly ProgressLine _progress;

    public AnalysisSource(CliContext context, string verb)
    {
        _context = context;
        _progress = new ProgressLine(context, verb);
        Console.CancelKeyPress += OnCancel;
    }

    /// <summary>Whether any input could not be read.</summary>
    public bool AnyFailed { get; private set; }

    /// <summary>Cancelled by Ctrl+C: consumers stop after the current article.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Whether the run was stopped by Ctrl+C.</summary>
    public bool Cancelled => _cancellation.IsCancellationRequested;

    public static Option<string?> CreateIndexOption() => new("--index")
    {
        Description = "Read the articles and their extraction from this search index (made by 'textmining index') instead of inputs.",
    };

    /// <summary>Exactly one of inputs and --index; returns the index path or null.</summary>
    public static string? CheckInputsOrIndex(string verb, string[] inputs, string? index)
    {
        if (index is not null && inputs.Length > 0)
        {
            throw new CliUsageException($"{verb} reads either inputs or --index, not both");
        }

        if (index is null && inputs.Length == 0)
        {
            throw new CliUsageException($"{verb} needs inputs (files, folders, globs or -) or --index <path>");
        }

        if (index is not null && !File.Exists(index) && !Directory.Exists(index))
        {
            // A missing input is an input failure (exit 1) for every command, as a missing file is.
            throw new CliInputException($"no index at {index}");
        }

        return index;
    }

    /// <summary>The analyses of the inputs, or those stored in the index at <paramref name="indexPath"/>.</summary>
    public IEnumerable<ArticleAnalysis> Analyses(IEnumerable<string> inputs, string? indexPath, ArticleReaderOptions options, TextMiningPipeline? pipeline = null) =>
        indexPath is null ? Analyze(inputs, options, pipeline) : FromIndex(indexPath);

    public IEnumerable<ArticleAnalysis> FromIndex(string path)
    {
        using var index = TextMining.Search.ArticleIndex.OpenReadOnly(path);
        foreach (var analysis in index.ReadAnalyses())
        {
            yield return analysis;
            _progress.Tick();
            if (_cancellation.IsCancellationRequested)
            {
                yield break;
            }
        }
    }

    public IEnumerable<ArticleAnalysis> Analyze(IEnumerable<string> inputs, ArticleReaderOptions options, TextMiningPipeline? pipeline = null)
    {
        pipeline ??= TextMiningPipeline.Default;

        // Read on a background thread: Ctrl+C must end the run even while it waits for standard input or a FIFO.
        foreach (var result in InterruptibleInput.Read(ArticleReader.ReadInputs(inputs, options), _cancellation.Token))
        {
            InputOptions.ReportDiagnostics(_context, result);
            if (!result.TryGetArticle(out var article))
            {
                AnyFailed = true;
                continue;
            }

            yield return pipeline.Analyze(article);
            _progress.Tick();
            if (_cancellation.IsCancellationRequested)
            {
                yield break;
            }
        }
    }

    /// <summary>The exit code for a finished run.</summary>
    public int ExitCode()
    {
        _progress.Finish();
        if (Cancelled)
        {
            _context.Stderr.WriteLine("textmining: stopped by Ctrl+C; the output written so far is complete and valid");
            return 130;
        }

        return AnyFailed ? TextMiningCommandLine.InputFailed : TextMiningCommandLine.Success;
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _cancellation.Dispose();
    }

    /// <summary>The first Ctrl+C stops the run cleanly; a second one ends the process at once, as the signal does.</summary>
    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = !_cancellation.IsCancellationRequested;
        _cancellation.Cancel();
    }
}

/// <summary>
/// One self-rewriting progress line on standard error (articles done, rate, elapsed), shown only when standard
/// error is an interactive terminal; silent when piped or redirected.
/// </summary>
internal sealed class ProgressLine(CliContext context, string verb)
{
    private readonly bool _enabled = ReferenceEquals(context.Stderr, Console.Error) && !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _done;
    private long _lastDrawMs = -1000;

    /// <summary>Expected total when known (for the time-left estimate), else null.</summary>
    public long? Total { get; set; }

    public void Tick()
    {
        _done++;
        if (!_enabled || _clock.ElapsedMilliseconds - _lastDrawMs < 250)
        {
            return;
        }

        _lastDrawMs = _clock.ElapsedMilliseconds;
        Draw();
    }

    public void Finish()
    {
        if (_enabled && _done > 0)
        {
            Draw();
            context.Stderr.WriteLine();
        }
    }

    private void Draw()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var rate = _done / seconds;
        var left = Total is { } total && rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, (total - _done) / rate)).ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture) : "?";
        var elapsed = _clock.Elapsed.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
        context.Stderr.Write(FormattableString.Invariant($"\r{verb}: {_done:N0} articles, {rate:N0}/s, {elapsed} elapsed, {left} left   "));
    }
}
