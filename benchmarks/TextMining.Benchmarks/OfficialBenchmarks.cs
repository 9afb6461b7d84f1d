using BenchmarkDotNet.Attributes;
using TextMining.Extraction;
using TextMining.Extraction.Officials;

namespace TextMining.Benchmarks;

/// <summary>
/// The officials extractor over about 2,000 general-news records of <c>../shared/corpus/general-baomoi.jsonl.gz</c>.
/// Throughput in chars/s is <see cref="TotalChars"/> divided by the mean time of one operation (all articles).
/// </summary>
[MemoryDiagnoser]
public class OfficialBenchmarks
{
    private readonly OfficialExtractor _extractor = new();
    private ExtractionContext[] _contexts = [];

    /// <summary>How many records to read.</summary>
    [Params(2000)]
    public int Records { get; set; }

    /// <summary>The total length of the articles' texts, for chars/s.</summary>
    public long TotalChars { get; private set; }

    /// <summary>Reads the records, builds the articles (title + one paragraph per body line) and their matching keys.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var articles = BenchmarkInputs.BaomoiArticles(Records);
        TotalChars = articles.Sum(a => (long)a.Text.Length);
        _contexts = articles.Select(a => new ExtractionContext(a)).ToArray();
        foreach (var context in _contexts)
        {
            _ = context.MatchingKey;
        }

        Console.WriteLine($"// OfficialBenchmarks: {_contexts.Length} articles, {TotalChars} chars");
    }

    /// <summary>The extractor alone: the matching key is computed once per article by the pipeline and shared.</summary>
    /// <returns>The number of officials found.</returns>
    [Benchmark]
    public int Extract()
    {
        var count = 0;
        foreach (var context in _contexts)
        {
            context.Officials.Clear();
            _extractor.Run(context);
            count += context.Officials.Count;
        }

        return count;
    }
}
