using BenchmarkDotNet.Attributes;
using TextMining.Parsing;
using TextMining.Parsing.Html;

namespace TextMining.Benchmarks;

/// <summary>
/// The HTML reader over the 12 real pages of ../shared/html (3.1 MB of markup). Throughput in characters of markup
/// per second is <see cref="TotalChars"/> divided by the mean time of <see cref="ParseAllPages"/>.
/// </summary>
public class HtmlBenchmarks
{
    private (string Name, string Html)[] _pages = [];

    /// <summary>Characters of markup over all pages (printed at setup).</summary>
    public long TotalChars { get; private set; }

    /// <summary>Loads every page listed in ../shared/html/MANIFEST.tsv.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var manifest = BenchmarkInputs.SharedFile(Path.Combine("html", "MANIFEST.tsv"));
        _pages = File.ReadLines(manifest)
            .Skip(1)
            .Select(line => line.Split('\t')[0])
            .Where(name => name.Length > 0)
            .Select(name => (name, File.ReadAllText(BenchmarkInputs.SharedFile(Path.Combine("html", name)))))
            .ToArray();
        TotalChars = _pages.Sum(p => (long)p.Html.Length);
        Console.WriteLine($"// HtmlBenchmarks: {_pages.Length} pages, {TotalChars} chars of markup");
    }

    /// <summary>Reads the article of every page once.</summary>
    /// <returns>How many paragraphs were read, so the work is not optimised away.</returns>
    [Benchmark]
    public int ParseAllPages()
    {
        var paragraphs = 0;
        foreach (var (name, html) in _pages)
        {
            var result = HtmlArticleParser.Parse(html, name, null);
            paragraphs += result.Article?.Paragraphs.Count ?? 0;
        }

        return paragraphs;
    }

    /// <summary>Reads one typical page (vnexpress, 250 KB).</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ArticleReadResult ParseOnePage() => HtmlArticleParser.Parse(_pages[^1].Html, _pages[^1].Name, null);
}
