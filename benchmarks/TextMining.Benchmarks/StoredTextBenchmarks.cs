using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using BenchmarkDotNet.Attributes;
using TextMining.Parsing;
using TextMining.Search;

namespace TextMining.Benchmarks;

/// <summary>
/// The stored article text of the search index (<see cref="StoredText"/>, Brotli quality 1) beside the same Brotli
/// encoder at quality 3, the setting before it, with the same window rule: one operation compresses every article
/// text of the first 5,000 baomoi articles (TEXTMINING_BENCH_ARTICLES to change). Each method returns the bytes
/// written, and the setup prints both totals against the UTF-8 size.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class StoredTextBenchmarks : IThroughputBenchmark
{
    private static readonly Lazy<string[]> Texts = new(Load);

    /// <inheritdoc />
    public static long CharsPerOperation => Texts.Value.Sum(t => (long)t.Length);

    /// <inheritdoc />
    public static long ArticlesPerOperation => Texts.Value.Length;

    /// <summary>Reads the texts once and prints the compressed sizes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var utf8 = Texts.Value.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// stored text: {utf8 / 1e6:F1} MB of UTF-8; quality 3 {BrotliQuality3() / (double)utf8:P1}, StoredText {StoredTextCompress() / (double)utf8:P1}"));
    }

    /// <summary>The baseline: Brotli quality 3, the window the smallest that holds the text (as before).</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark(Baseline = true)]
    public long BrotliQuality3()
    {
        long written = 0;
        var output = new byte[1 << 16];
        foreach (var text in Texts.Value)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            if (output.Length < BrotliEncoder.GetMaxCompressedLength(utf8.Length))
            {
                output = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
            }

            var window = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, utf8.Length)) + 1, 10, 22);
            BrotliEncoder.TryCompress(utf8, output, out var n, 3, window);
            written += 4 + n;
        }

        return written;
    }

    /// <summary>What the index stores per article text.</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark]
    public long StoredTextCompress() => Texts.Value.Sum(t => (long)StoredText.Compress(t).Length);

    private static string[] Load()
    {
        var limit = BenchmarkInputs.ArticleLimit(5_000);
        return ArticleReader.ReadFile(BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz"))
            .Select(r => r.Article).OfType<Article>().Take(limit).Select(a => a.Text).ToArray();
    }
}
