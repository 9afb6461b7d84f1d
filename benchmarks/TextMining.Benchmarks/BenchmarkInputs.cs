using System.IO.Compression;
using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Benchmarks;

/// <summary>Finds benchmark inputs: the repository's corpus/ and ../shared beside the clone.</summary>
public static class BenchmarkInputs
{
    /// <summary>The repository root (the folder holding TextMining.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled corpus folder.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>../shared beside the clone; benchmarks over third-party articles need it.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Path of a file in ../shared, or an exception saying it is missing.</summary>
    /// <param name="relative">The path below ../shared.</param>
    /// <returns>The full path.</returns>
    public static string SharedFile(string relative)
    {
        var path = Path.Combine(Shared, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException($"benchmark input {path} is missing: it lives in ../shared beside the clone", path);
    }

    /// <summary>How many records a benchmark reads: <c>TEXTMINING_BENCH_ARTICLES</c> when set to a positive number, else <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The benchmark's own default.</param>
    /// <returns>The record count.</returns>
    public static int ArticleLimit(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("TEXTMINING_BENCH_ARTICLES"), out var n) && n > 0 ? n : fallback;

    /// <summary>
    /// The first <paramref name="count"/> records of <c>../shared/corpus/general-baomoi.jsonl.gz</c> as articles
    /// (title + one paragraph per body line), built directly so extractor benchmarks measure the extractor only.
    /// </summary>
    /// <param name="count">How many records.</param>
    /// <returns>The articles.</returns>
    public static Article[] BaomoiArticles(int count)
    {
        var path = SharedFile(Path.Combine("corpus", "general-baomoi.jsonl.gz"));
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var articles = new List<Article>(count);
        while (articles.Count < count && reader.ReadLine() is { } line)
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            var builder = new ArticleBuilder(root.GetProperty("id").GetString() ?? "record")
            {
                Title = root.GetProperty("title").GetString(),
            };
            foreach (var paragraph in (root.GetProperty("body").GetString() ?? string.Empty).Split('\n'))
            {
                builder.AddBlock(ArticleBlockKind.Paragraph, paragraph);
            }

            if (builder.Build().Article is { } article)
            {
                articles.Add(article);
            }
        }

        return [.. articles];
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextMining.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
