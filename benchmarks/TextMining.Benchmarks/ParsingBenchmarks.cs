using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Benchmarks;

/// <summary>
/// Plain-text reading throughput over the articles in corpus/ (the five seeds and the authored articles, all in the
/// seeds' layout), next to the floor: a raw UTF-8 decode plus <see cref="VietnameseText.Normalize"/> of the same
/// bytes. One operation reads every file once from memory; chars/s counts the decoded characters.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks : IThroughputBenchmark
{
    private static readonly Lazy<byte[][]> Files = new(() =>
        Directory.GetFiles(BenchmarkInputs.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray());

    /// <inheritdoc />
    public static long CharsPerOperation => Files.Value.Sum(b => (long)Encoding.UTF8.GetCharCount(b));

    /// <inheritdoc />
    public static long ArticlesPerOperation => Files.Value.Length;

    /// <summary>Loads the files once.</summary>
    [GlobalSetup]
    public void Setup() => _ = Files.Value;

    /// <summary>The floor: decode and normalise.</summary>
    /// <returns>Characters normalised.</returns>
    [Benchmark(Baseline = true)]
    public int PlainText_Floor_DecodeNormalize()
    {
        var total = 0;
        foreach (var bytes in Files.Value)
        {
            total += VietnameseText.Normalize(Encoding.UTF8.GetString(bytes)).Length;
        }

        return total;
    }

    /// <summary>The reader: bytes to <see cref="Article"/> (decoding, layout, captions, byline).</summary>
    /// <returns>Characters of article text.</returns>
    [Benchmark]
    public int PlainText_Read()
    {
        var total = 0;
        foreach (var bytes in Files.Value)
        {
            total += DocumentReader.ParseDocument(bytes, "article.txt", ArticleFormat.PlainText).Article!.Text.Length;
        }

        return total;
    }
}

/// <summary>
/// JSON Lines reading throughput over the first 2,000 records of ../shared/corpus/general-baomoi.jsonl.gz,
/// decompressed into memory, next to the floor: a raw UTF-8 decode plus <see cref="VietnameseText.Normalize"/>
/// of the same bytes. chars/s counts the characters of the JSON text.
/// </summary>
[MemoryDiagnoser]
public class JsonLinesParsingBenchmarks : IThroughputBenchmark
{
    private const int Records = 2000;

    private static readonly Lazy<byte[]> Sample = new(Load);

    /// <inheritdoc />
    public static long CharsPerOperation => Encoding.UTF8.GetCharCount(Sample.Value);

    /// <inheritdoc />
    public static long ArticlesPerOperation => Records;

    /// <summary>Loads the sample once.</summary>
    [GlobalSetup]
    public void Setup() => _ = Sample.Value;

    /// <summary>The floor: decode and normalise.</summary>
    /// <returns>Characters normalised.</returns>
    [Benchmark(Baseline = true)]
    public int JsonLines_Floor_DecodeNormalize() => VietnameseText.Normalize(Encoding.UTF8.GetString(Sample.Value)).Length;

    /// <summary>The reader: records to <see cref="Article"/>, streamed from a memory stream.</summary>
    /// <returns>Characters of article text.</returns>
    [Benchmark]
    public int JsonLines_Read()
    {
        var total = 0;
        using var stream = new MemoryStream(Sample.Value, writable: false);
        foreach (var result in ArticleReader.ReadStream(stream, "sample.jsonl", ArticleFormat.JsonLines))
        {
            total += result.Article!.Text.Length;
        }

        return total;
    }

    private static byte[] Load()
    {
        using var gzip = new GZipStream(File.OpenRead(BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var sample = new StringBuilder();
        for (var i = 0; i < Records && reader.ReadLine() is { } line; i++)
        {
            sample.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sample.ToString());
    }
}
