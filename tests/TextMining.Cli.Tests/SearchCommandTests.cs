using System.Text.Json;
using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Extraction.Officials;
using TextMining.Parsing;
using TextMining.Search;
using TextMining.Text;

namespace TextMining.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textmining-cli-search-").FullName;

    public SearchCommandTests()
    {
        IndexPath = Path.Combine(_folder, "index.idx");
        using var index = ArticleIndex.Open(IndexPath);
        index.Add(
        [
            Analysis("Huyện Tuyên Hóa triển khai công tác", "Đồng chí Đại tá Trần Minh Thùy dự hội nghị về ANTQ năm 2017.", "Trần Minh Thùy", "2017"),
            Analysis("Đồng Hới lắp camera", "Thành phố triển khai bảo vệ an ninh Tổ quốc năm 2019.", null, "2019"),
        ]);
    }

    private string IndexPath { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Search_Json_PrintsOneObjectWithTotalHitsAndFacets()
    {
        var (code, stdout, stderr) = Run("search", "tuyen hoa", "--index", IndexPath, "--json", "--facets");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = Assert.Single(root.GetProperty("hits").EnumerateArray());
        Assert.Equal(["id", "source", "title", "published", "score", "snippet", "highlights"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Huyện Tuyên Hóa triển khai công tác", hit.GetProperty("title").GetString());
        Assert.Contains("Tuyên Hóa", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        var year = Assert.Single(root.GetProperty("facets").GetProperty("year").EnumerateArray());
        Assert.Equal("2017", year.GetProperty("value").GetString());
        Assert.Equal(1, year.GetProperty("count").GetInt32());
        Assert.Equal(["year", "place", "official", "rank", "model", "topic"], root.GetProperty("facets").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Search_Text_ListsHitsWithMarkedSnippets()
    {
        var (code, stdout, _) = Run("search", "ANTQ", "--index", IndexPath, "--limit", "1");
        Assert.Equal(0, code);
        Assert.StartsWith("2 articles match ANTQ; showing 1-1.", stdout, StringComparison.Ordinal);
        Assert.Contains("1. ", stdout, StringComparison.Ordinal);
        Assert.Contains("[", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("2. ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NoHits_SaysSoAndSucceeds()
    {
        var (code, stdout, _) = Run("search", "pháo hoa", "--index", IndexPath);
        Assert.Equal(0, code);
        Assert.StartsWith("No article matches", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"abc", "quote at character 1 is not closed")]
    [InlineData("NEAR(", "is not closed")]
    [InlineData("title:", "title: at character 1 needs a word")]
    public void Search_MalformedQuery_ExitsTwoWithAClearMessage(string query, string message)
    {
        var (code, stdout, stderr) = Run("search", query, "--index", IndexPath);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("invalid query: ", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_MissingIndex_ExitsOneWithAClearMessage()
    {
        var (code, _, stderr) = Run("search", "a", "--index", Path.Combine(_folder, "none.idx"));
        Assert.Equal(1, code);
        Assert.Contains("there is no index at", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--limit", "-1")]
    [InlineData("--limit", "5000")]
    [InlineData("--offset", "-3")]
    public void Search_BadPaging_IsAUsageError(string option, string value)
    {
        var (code, _, stderr) = Run("search", "a", "--index", IndexPath, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_UnwritablePath_ExitsOneWithAClearMessage()
    {
        var file = Path.Combine(_folder, "plain-file");
        File.WriteAllText(file, "x");
        var (code, _, stderr) = Run("index", file, "--index", Path.Combine(file, "index.idx"));
        Assert.Equal(1, code);
        Assert.Contains("cannot", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Seeds_IndexesThenRerunSkipsUnchanged()
    {
        // Needs the plain-text reader and the extractors.
        var path = Path.Combine(_folder, "seeds.idx");
        var seeds = Path.Combine(CliRunner.Corpus, "0*.txt");
        var (code, _, stderr) = Run("index", seeds, "--index", path);
        Assert.Equal(0, code);
        Assert.Contains("5 added", stderr, StringComparison.Ordinal);
        (code, _, stderr) = Run("index", seeds, "--index", path);
        Assert.Equal(0, code);
        Assert.Contains("0 added, 0 replaced, 5 unchanged", stderr, StringComparison.Ordinal);

        var (searchCode, stdout, _) = Run("search", "official:\"Trần Minh Thùy\"", "--index", path, "--json");
        Assert.Equal(0, searchCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Index_Compact_MergesAfterAddingAndSearchesTheSame()
    {
        var seeds = Path.Combine(CliRunner.Corpus, "0*.txt");
        var plain = Path.Combine(_folder, "plain.idx");
        var compacted = Path.Combine(_folder, "compacted.idx");
        Assert.Equal(0, Run("index", seeds, "--index", plain).Code);
        var (code, _, stderr) = Run("index", seeds, "--index", compacted, "--compact");
        Assert.Equal(0, code);
        Assert.Contains("compacted into one segment", stderr, StringComparison.Ordinal);

        foreach (var query in new[] { "tuyen hoa", "Quảng Bình", "official:\"Trần Minh Thùy\"" })
        {
            var expected = Run("search", query, "--index", plain, "--json").Stdout;
            Assert.Equal(expected, Run("search", query, "--index", compacted, "--json").Stdout);
        }
    }

    [Fact]
    public void Index_ByDefault_CompactsANewIndexButNotASmallUpdate()
    {
        var path = Path.Combine(_folder, "auto.idx");
        var (code, _, stderr) = Run("index", Path.Combine(CliRunner.Corpus, "0*.txt"), "--index", path);
        Assert.Equal(0, code);
        Assert.Contains("compacted into one segment", stderr, StringComparison.Ordinal);
        Assert.Contains("--no-compact skips this", stderr, StringComparison.Ordinal);

        // Nothing written, then 1 article added to 5: neither is a quarter of the index.
        (code, _, stderr) = Run("index", Path.Combine(CliRunner.Corpus, "0*.txt"), "--index", path);
        Assert.Equal(0, code);
        Assert.DoesNotContain("compacted", stderr, StringComparison.Ordinal);
        (code, _, stderr) = Run("index", Path.Combine(CliRunner.Corpus, "a01_*.txt"), "--index", path);
        Assert.Equal(0, code);
        Assert.Contains("1 added", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("compacted", stderr, StringComparison.Ordinal);

        // 5 more articles to 6 are.
        var five = Enumerable.Range(2, 5).Select(i => Directory.GetFiles(CliRunner.Corpus, $"a0{i}_*.txt").Single());
        (code, _, stderr) = Run([.. new[] { "index" }, .. five, "--index", path]);
        Assert.Equal(0, code);
        Assert.Contains("5 added", stderr, StringComparison.Ordinal);
        Assert.Contains("compacted into one segment", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_NoCompact_NeverMerges_AndCannotBeGivenWithCompact()
    {
        var path = Path.Combine(_folder, "never.idx");
        var (code, _, stderr) = Run("index", Path.Combine(CliRunner.Corpus, "0*.txt"), "--index", path, "--no-compact");
        Assert.Equal(0, code);
        Assert.Contains("5 added", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("compacted", stderr, StringComparison.Ordinal);

        (code, _, stderr) = Run("index", Path.Combine(CliRunner.Corpus, "0*.txt"), "--index", path, "--compact", "--no-compact");
        Assert.Equal(2, code);
        Assert.Contains("--compact and --no-compact cannot be used together", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(args);

    private static ArticleAnalysis Analysis(string title, string body, string? official, string year)
    {
        var builder = new ArticleBuilder("test:" + title) { Title = title };
        builder.AddBlock(ArticleBlockKind.Paragraph, body);
        Assert.True(builder.Build().TryGetArticle(out var article));
        var context = new ExtractionContext(article);
        if (official is not null)
        {
            var at = article.Text.IndexOf(official, StringComparison.Ordinal);
            context.Officials.Add(new Official(official, "Đại tá", null, [], [new OfficialMention(official, new SourceSpan(at, official.Length))]));
        }

        var y = article.Text.IndexOf(year, StringComparison.Ordinal);
        context.Dates.Add(new DateMention { Text = year, Value = year, Granularity = DateGranularity.Year, Inferred = false, Span = new SourceSpan(y, 4) });
        return new ArticleAnalysis(context);
    }
}
