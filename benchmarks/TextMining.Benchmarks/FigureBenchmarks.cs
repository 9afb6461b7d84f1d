using BenchmarkDotNet.Attributes;
using TextMining.Extraction;
using TextMining.Extraction.Figures;

namespace TextMining.Benchmarks;

/// <summary>
/// The figures extractor over about 2,000 general-news records of <c>../shared/corpus/general-baomoi.jsonl.gz</c>.
/// Throughput in chars/s is <see cref="TotalChars"/> divided by the mean time of one operation (all articles).
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    private readonly FigureExtractor _extractor = new();
    private Article[] _articles = [];
    private ExtractionContext[] _contexts = [];

    /// <summary>How many records to read.</summary>
    [Params(2000)]
    public int Records { get; set; }

    /// <summary>The total length of the articles' texts, for chars/s.</summary>
    public long TotalChars { get; private set; }

    /// <summary>Reads the records and builds the articles (title + one paragraph per body line).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkInputs.BaomoiArticles(Records);
        TotalChars = _articles.Sum(a => (long)a.Text.Length);
        _contexts = _articles.Select(a => new ExtractionContext(a)).ToArray();
        foreach (var context in _contexts)
        {
            _ = context.MatchingKey;
        }

        Console.WriteLine($"// FigureBenchmarks: {_articles.Length} articles, {TotalChars} chars");
    }

    /// <summary>The extractor alone: the matching key is computed once per article by the pipeline and shared.</summary>
    /// <returns>The number of figures found.</returns>
    [Benchmark(Baseline = true)]
    public int Extract()
    {
        var count = 0;
        foreach (var context in _contexts)
        {
            context.Figures.Clear();
            _extractor.Run(context);
            count += context.Figures.Count;
        }

        return count;
    }

    /// <summary>The extractor including the matching key (<c>VietnameseText.ToMatchingKey</c>) of each article.</summary>
    /// <returns>The number of figures found.</returns>
    [Benchmark]
    public int ExtractWithMatchingKey()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _extractor.Extract(article).Count;
        }

        return count;
    }
}
