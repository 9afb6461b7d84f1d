using TextMining.Parsing;
using TextMining.Search;

namespace TextMining.Tests.Search;

/// <summary>
/// The queries over the five seeds, through the real reader and the default pipeline: they need the
/// readers and extractors (other branches) and pass once those land.
/// </summary>
public sealed class SeedSearchTests : IDisposable
{
    private readonly ArticleIndex _index = ArticleIndex.CreateInMemory();
    private readonly Dictionary<string, string> _seedOfId = [];

    public SeedSearchTests()
    {
        var analyses = new List<TextMining.Extraction.ArticleAnalysis>();
        foreach (var path in Directory.GetFiles(RepoPaths.Corpus, "0*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var result in ArticleReader.ReadFile(path))
            {
                Assert.True(result.TryGetArticle(out var article), $"{path} could not be read");
                _seedOfId[article.Id] = Path.GetFileName(path)[..3];
                analyses.Add(TextMiningPipeline.Default.Analyze(article));
            }
        }

        Assert.Equal(5, _index.Add(analyses).Added);
    }

    public void Dispose() => _index.Dispose();

    private string[] Seeds(string query, SearchOptions? options = null) =>
        _index.Search(query, options).Hits.Select(h => _seedOfId[h.Id]).ToArray();

    [Fact]
    public void Search_TuyenHoa_RanksSeed000First() => Assert.Equal("000", Seeds("tuyen hoa")[0]);

    [Fact]
    public void Search_Antq_MatchesAllFive() =>
        Assert.Equal(["000", "001", "002", "003", "004"], Seeds("ANTQ").Order(StringComparer.Ordinal));

    [Fact]
    public void Search_AntqExpansion_MatchesAllFive() =>
        Assert.Equal(5, _index.Search("\"an ninh tổ quốc\"").Total);

    [Fact]
    public void Search_OfficialTranMinhThuy_GivesSeed000Only() =>
        Assert.Equal(["000"], Seeds("official:\"Trần Minh Thùy\""));

    [Fact]
    public void Search_ModelCamera_GivesSeed004() => Assert.Equal(["004"], Seeds("model:camera"));

    [Fact]
    public void Search_Year2021_GivesSeed001() => Assert.Equal(["001"], Seeds("year:2021"));

    [Fact]
    public void Search_ToLienGiaPhrase_GivesSeed000() => Assert.Equal(["000"], Seeds("\"tổ liên gia\""));

    [Fact]
    public void Search_Facets_CountTheSeeds()
    {
        var result = _index.Search("ANTQ", new SearchOptions { Facets = SearchFacets.All, FacetLimit = 50 });
        Assert.Equal(5, result.Total);
        Assert.Equal(
            [new FacetValue { Value = "2017", Count = 2 }, new FacetValue { Value = "2019", Count = 1 }, new FacetValue { Value = "2021", Count = 1 }],
            result.Facets[SearchFacets.Year].OrderBy(v => v.Value, StringComparer.Ordinal));
        var officials = result.Facets[SearchFacets.Official].ToDictionary(v => v.Value, v => v.Count);
        foreach (var name in new[] { "Trần Minh Thùy", "Đoàn Ngọc Lâm", "Trần Quang Hiếu", "Bùi Hữu Danh", "Nguyễn Hữu Thiên" })
        {
            Assert.Equal(1, officials[name]);
        }

        Assert.Equal([new FacetValue { Value = "Đại tá", Count = 4 }], result.Facets[SearchFacets.Rank]);
        Assert.Equal(1, result.Facets[SearchFacets.Model].Single(v => v.Value.StartsWith("Camera", StringComparison.Ordinal)).Count);

        var narrowed = _index.Search("official:\"Trần Minh Thùy\"", new SearchOptions { Facets = SearchFacets.Year | SearchFacets.Official });
        Assert.Equal([new FacetValue { Value = "2017", Count = 1 }], narrowed.Facets[SearchFacets.Year]);
        Assert.Equal([new FacetValue { Value = "Trần Minh Thùy", Count = 1 }], narrowed.Facets[SearchFacets.Official]);
    }

    [Fact]
    public void Search_Snippets_HighlightTheOriginalText()
    {
        var hits = _index.Search("tuyen hoa").Hits;
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.NotEmpty(hit.Snippet.Highlights);
            foreach (var span in hit.Snippet.Highlights)
            {
                var marked = hit.Snippet.Text.Substring(span.Start - hit.Snippet.Start, span.Length);
                Assert.Contains(global::TextMining.Text.VietnameseText.Fold(marked), new[] { "tuyen", "hoa", "tuyen hoa" });
            }
        }

        var first = hits[0];
        Assert.Contains(first.Snippet.Highlights, s => first.Snippet.Text.Substring(s.Start - first.Snippet.Start, s.Length) == "Tuyên Hóa");
    }

    [Theory]
    [InlineData("\"abc")]
    [InlineData("NEAR(")]
    [InlineData("title:")]
    [InlineData("'; DROP TABLE")]
    [InlineData("\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"")]
    public void Search_HostileQuery_GivesCleanErrorOrEmptyResult(string query)
    {
        if (_index.TrySearch(query, null, out var result, out var error))
        {
            Assert.Empty(result.Hits);
        }
        else
        {
            Assert.DoesNotContain("SQLite", error.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.False(_index.TrySearch(new string('"', 10 * 1024), null, out _, out _));
        Assert.Equal(5, _index.Count);
    }
}
