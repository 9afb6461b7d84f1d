using BenchmarkDotNet.Attributes;
using TextMining.Classification;
using TextMining.Parsing;

namespace TextMining.Benchmarks;

/// <summary>
/// What the movement relevance stage costs: the default pipeline without it (baseline) and with it, and the
/// classifier alone, over the articles of ../shared/corpus/general-baomoi.jsonl.gz read once beforehand (so reading
/// is not measured). One operation is one pass over all of them, one thread. Target: with relevance at least 80%
/// of the baseline's throughput. Set TEXTMINING_BENCH_ARTICLES to use fewer records (the first N; default all 30,000).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class RelevanceBenchmarks : IThroughputBenchmark
{
    private static readonly Lazy<Article[]> Articles = new(Load);

    private static readonly TextMiningPipeline WithoutRelevance = new TextMiningPipelineBuilder()
        .UseAbbreviations().UseOrganizations().UsePlaces().UseDocuments()
        .UseVietnameseDates().UseOfficials().UseGrassrootsModels().UseFigures()
        .Build();

    private static readonly TextMiningPipeline WithRelevance = new TextMiningPipelineBuilder().UseAllExtractors().Build();

    /// <inheritdoc />
    public static long CharsPerOperation => Articles.Value.Sum(a => (long)a.Text.Length);

    /// <inheritdoc />
    public static long ArticlesPerOperation => Articles.Value.Length;

    /// <summary>Reads the articles and loads the model once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ = Articles.Value;
        _ = MovementClassifier.Default.Threshold;
    }

    /// <summary>The default pipeline's extractors, without the relevance stage.</summary>
    /// <returns>Entities found.</returns>
    [Benchmark(Baseline = true)]
    public long PipelineWithoutRelevance() => Run(WithoutRelevance);

    /// <summary>The default pipeline (every extractor and the relevance stage).</summary>
    /// <returns>Entities found plus articles about the movement.</returns>
    [Benchmark]
    public long PipelineWithRelevance() => Run(WithRelevance);

    /// <summary>The relevance classifier alone.</summary>
    /// <returns>Articles about the movement.</returns>
    [Benchmark]
    public long RelevanceOnly()
    {
        long movement = 0;
        foreach (var article in Articles.Value)
        {
            movement += MovementClassifier.Default.Score(article).IsMovement ? 1 : 0;
        }

        return movement;
    }

    private static long Run(TextMiningPipeline pipeline)
    {
        long found = 0;
        foreach (var article in Articles.Value)
        {
            var a = pipeline.Analyze(article);
            found += a.Dates.Count + a.Officials.Count + a.Figures.Count + a.Models.Count + (a.Relevance?.IsMovement == true ? 1 : 0);
        }

        return found;
    }

    private static Article[] Load()
    {
        var limit = BenchmarkInputs.ArticleLimit(30_000);
        return ArticleReader.ReadFile(BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz"))
            .Select(r => r.Article).OfType<Article>().Take(limit).ToArray();
    }
}
