using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Benchmarks;

/// <summary>
/// The whole pipeline over ../shared/corpus/general-baomoi.jsonl.gz (30,000 real articles, 111 MB): read, normalise
/// and extract, next to the floor of raw read and normalise of the same file in the same run. One operation is
/// one full pass over the file; chars/s counts the records' title and body characters.
/// Set TEXTMINING_BENCH_ARTICLES to use fewer records (the first N).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class PipelineBenchmarks : IThroughputBenchmark
{
    private static readonly Lazy<(string Path, long Chars, long Articles)> Input = new(Prepare);

    /// <inheritdoc />
    public static long CharsPerOperation => Input.Value.Chars;

    /// <inheritdoc />
    public static long ArticlesPerOperation => Input.Value.Articles;

    /// <summary>Loads the input once.</summary>
    [GlobalSetup]
    public void Setup() => _ = Input.Value;

    /// <summary>The floor: gunzip, split lines, parse JSON, normalise title and body.</summary>
    /// <returns>Characters normalised.</returns>
    [Benchmark(Baseline = true)]
    public long RawReadAndNormalize()
    {
        long chars = 0;
        foreach (var (title, body) in Records(Input.Value.Path))
        {
            chars += VietnameseText.Normalize(title).Length + VietnameseText.Normalize(body).Length;
        }

        return chars;
    }

    /// <summary>The readers: records to <see cref="Article"/> with structure recovered.</summary>
    /// <returns>Characters of article text.</returns>
    [Benchmark]
    public long ReadArticles()
    {
        long chars = 0;
        foreach (var result in ArticleReader.ReadFile(Input.Value.Path).Take((int)Input.Value.Articles))
        {
            chars += result.Article?.Text.Length ?? 0;
        }

        return chars;
    }

    /// <summary>The whole pipeline: read, normalise, extract every entity kind.</summary>
    /// <returns>Entities found.</returns>
    [Benchmark]
    public long ReadNormalizeExtract()
    {
        var pipeline = TextMiningPipeline.Default;
        long found = 0;
        foreach (var result in ArticleReader.ReadFile(Input.Value.Path).Take((int)Input.Value.Articles))
        {
            if (result.Article is { } article)
            {
                var a = pipeline.Analyze(article);
                found += a.Dates.Count + a.Officials.Count + a.Figures.Count + a.Models.Count + a.Documents.Count + a.Places.Count + a.Organizations.Count;
            }
        }

        return found;
    }

    private static (string, long, long) Prepare()
    {
        var path = BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz");
        long chars = 0;
        long articles = 0;
        foreach (var (title, body) in Records(path))
        {
            chars += title.Length + body.Length;
            articles++;
        }

        return (path, chars, articles);
    }

    private static IEnumerable<(string Title, string Body)> Records(string path)
    {
        var limit = BenchmarkInputs.ArticleLimit(int.MaxValue);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var count = 0;
        while (count < limit && reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            yield return (root.GetProperty("title").GetString() ?? string.Empty, root.GetProperty("body").GetString() ?? string.Empty);
            count++;
        }
    }
}
