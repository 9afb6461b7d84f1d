namespace TextMining;

/// <summary>
/// A frozen, thread-safe set of extractors. Build one with <see cref="TextMiningPipelineBuilder"/>, or use
/// <see cref="Default"/>, and reuse it for every article.
/// </summary>
public sealed class TextMiningPipeline
{
    // Runs (of about 3 characters each) whose arrays a thread keeps: articles up to about 200,000 characters.
    private const int MaxKeptWordRuns = 1 << 16;

    // One article's word runs per thread, reused by the next article's analysis on that thread.
    [ThreadStatic]
    private static WordRuns? t_wordRuns;

    private readonly IExtractionStage[] _stages;

    internal TextMiningPipeline(IExtractionStage[] stages)
    {
        _stages = stages;
        Extractors = [.. stages.Where(s => s.Kind is not null).Select(s => s.Kind!.Value)];
    }

    /// <summary>A pipeline with every built-in extractor.</summary>
    public static TextMiningPipeline Default { get; } = new TextMiningPipelineBuilder().UseAllExtractors().Build();

    /// <summary>
    /// The extractors this pipeline runs, in run order, including those added because another needs them.
    /// </summary>
    public IReadOnlyList<ExtractorKind> Extractors { get; }

    /// <summary>
    /// Analyses a stream of articles on several threads and yields the results in input order. Articles are taken
    /// in chunks, so memory stays bounded however long the stream is and however slow its consumer.
    /// </summary>
    /// <param name="articles">The articles, enumerated once, lazily.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; <see cref="Environment.ProcessorCount"/> when null.</param>
    /// <returns>One analysis per article, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IEnumerable<ArticleAnalysis> AnalyzeAll(IEnumerable<Article> articles, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var threads = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return AnalyzeChunks(articles, threads);
    }

    private IEnumerable<ArticleAnalysis> AnalyzeChunks(IEnumerable<Article> articles, int threads)
    {
        var chunkSize = 32 * threads;
        var chunk = new List<Article>(chunkSize);
        var results = new ArticleAnalysis[chunkSize];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        foreach (var article in articles)
        {
            chunk.Add(article);
            if (chunk.Count == chunkSize)
            {
                foreach (var analysis in Flush())
                {
                    yield return analysis;
                }
            }
        }

        foreach (var analysis in Flush())
        {
            yield return analysis;
        }

        IEnumerable<ArticleAnalysis> Flush()
        {
            var count = chunk.Count;
            if (threads == 1 || count < 2)
            {
                for (var i = 0; i < count; i++)
                {
                    results[i] = Analyze(chunk[i]);
                }
            }
            else
            {
                Parallel.For(0, count, options, i => results[i] = Analyze(chunk[i]));
            }

            chunk.Clear();
            for (var i = 0; i < count; i++)
            {
                var analysis = results[i];
                results[i] = null!;
                yield return analysis;
            }
        }
    }

    /// <summary>Runs every extractor over <paramref name="article"/>.</summary>
    /// <param name="article">An article from <see cref="ArticleReader"/>.</param>
    /// <returns>The findings, each with its span in <see cref="Article.Text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        // The thread's word-run arrays, taken for this call (a call made inside it gets new ones) and put back after:
        // no result keeps them.
        var runs = t_wordRuns ?? WordRuns.Of(string.Empty);
        t_wordRuns = null;
        try
        {
            return RunStages(new ExtractionContext(article, runs));
        }
        finally
        {
            // Arrays grown for a very long article are left to the collector rather than kept for the thread's life.
            t_wordRuns = runs.Capacity <= MaxKeptWordRuns ? runs : null;
        }
    }

    private ArticleAnalysis RunStages(ExtractionContext context)
    {
        foreach (var stage in _stages)
        {
            try
            {
                stage.Run(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Bad content never throws out of the library: a failing extractor is reported, the others run.
                context.Diagnostics.Add(new Diagnostic
                {
                    Code = DiagnosticCodes.ExtractionLimit,
                    Message = $"{stage.GetType().Name} failed on this article: {ex.Message}",
                    Severity = DiagnosticSeverity.Warning,
                });
            }
        }

        return new ArticleAnalysis(context);
    }
}
