using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Benchmarks;

/// <summary>
/// Reading throughput: the plain-text reader over the five corpus seeds and the JSON Lines reader over the first
/// 2,000 records of ../shared/corpus/general-baomoi.jsonl.gz (decompressed into memory), each next to its floor,
/// a raw UTF-8 decode plus <see cref="VietnameseText.Normalize"/> of the same bytes. Chars/s = input chars / Mean.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private const int JsonLinesRecords = 2000;

    private byte[][] _seeds = [];
    private byte[] _jsonLines = [];

    /// <summary>UTF-16 chars of the five seeds.</summary>
    public int SeedChars { get; private set; }

    /// <summary>UTF-16 chars of the JSON Lines sample.</summary>
    public int JsonLinesChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Directory.GetFiles(BenchmarkInputs.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        SeedChars = _seeds.Sum(b => Encoding.UTF8.GetCharCount(b));

        using var gzip = new GZipStream(File.OpenRead(BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var sample = new StringBuilder();
        for (var i = 0; i < JsonLinesRecords && reader.ReadLine() is { } line; i++)
        {
            sample.Append(line).Append('\n');
        }

        _jsonLines = Encoding.UTF8.GetBytes(sample.ToString());
        JsonLinesChars = sample.Length;
        Console.WriteLine($"// seeds: {SeedChars} chars in {_seeds.Length} files; JSON Lines: {JsonLinesChars} chars in {JsonLinesRecords} records");
    }

    [Benchmark]
    public int PlainText_Read()
    {
        var total = 0;
        foreach (var bytes in _seeds)
        {
            total += DocumentReader.ParseDocument(bytes, "seed.txt", ArticleFormat.PlainText).Article!.Text.Length;
        }

        return total;
    }

    [Benchmark]
    public int PlainText_Floor_DecodeNormalize()
    {
        var total = 0;
        foreach (var bytes in _seeds)
        {
            total += VietnameseText.Normalize(Encoding.UTF8.GetString(bytes)).Length;
        }

        return total;
    }

    [Benchmark]
    public int JsonLines_Read()
    {
        var total = 0;
        using var stream = new MemoryStream(_jsonLines, writable: false);
        foreach (var result in ArticleReader.ReadStream(stream, "sample.jsonl", ArticleFormat.JsonLines))
        {
            total += result.Article!.Text.Length;
        }

        return total;
    }

    [Benchmark]
    public int JsonLines_Floor_DecodeNormalize() => VietnameseText.Normalize(Encoding.UTF8.GetString(_jsonLines)).Length;
}
