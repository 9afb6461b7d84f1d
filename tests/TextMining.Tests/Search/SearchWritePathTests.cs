using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Search;

namespace TextMining.Tests.Search;

/// <summary>The write path's parallel adds and the compact stored entities read for every hit.</summary>
public sealed class SearchWritePathTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Write_FromSeveralThreads_GivesTheIndexOfOneThread(int threads)
    {
        using var single = WithThreads(1);
        using var several = WithThreads(threads);
        foreach (var index in new[] { single, several })
        {
            index.Add(Articles(900, version: 1));

            // Changed articles, unchanged ones, and one id twice in a batch (the later one wins).
            index.Add(Articles(300, version: 2).Concat(Articles(40, version: 1)).Append(Article(7, version: 3)));
        }

        Assert.Equal(single.Count, several.Count);
        Assert.Equal(Dump(single), Dump(several));
        foreach (var query in new[] { "mô hình", "phiên 2", "phien 3", "year:2005", "official:\"Nguyễn Văn An\"" })
        {
            // Every hit (ties in score may come in another order: documents sit in other segments).
            var options = new SearchOptions { Limit = SearchOptions.MaxLimit, Facets = SearchFacets.All };
            var expected = single.Search(query, options);
            var actual = several.Search(query, options);
            Assert.Equal(expected.Total, actual.Total);
            Assert.True(expected.Total <= SearchOptions.MaxLimit);
            Assert.Equal(expected.Hits.Select(h => h.Id).Order(), actual.Hits.Select(h => h.Id).Order());
            Assert.Equal(expected.Facets.ToDictionary(f => f.Key, f => string.Join(",", f.Value)), actual.Facets.ToDictionary(f => f.Key, f => string.Join(",", f.Value)));
        }
    }

    [Fact]
    public void Write_FromSeveralThreads_CountsLikeOneThread()
    {
        using var index = WithThreads(4);
        var first = index.Add(Articles(700, version: 1));
        var second = index.Add(Articles(700, version: 1).Take(100).Concat(Articles(700, version: 2).Skip(100)).Append(Article(3, version: 5)));
        Assert.Equal(new IndexUpdate(700, 0, 0), first);
        Assert.Equal(new IndexUpdate(0, 601, 100), second);
        Assert.Equal(700, index.Count);
        Assert.Equal(1, index.Search("\"phiên 5\"").Total);
    }

    [Fact]
    public void Write_NewIndex_AnIdAgainInALaterBatchOrAfterADelete_IsReplacedNotAddedTwice()
    {
        // A new index adds ids it has not written without a delete; one it has written must still be replaced.
        using var index = WithThreads(2);
        var run = Articles(ArticleIndex.BatchSize + 100, version: 1)
            .Append(Article(5, version: 2))
            .Concat(Articles(ArticleIndex.BatchSize + 100, version: 1).Skip(10).Take(20));
        Assert.Equal(new IndexUpdate(ArticleIndex.BatchSize + 100, 1, 20), index.Add(run));
        Assert.Equal(ArticleIndex.BatchSize + 100, index.Count);
        Assert.Equal(0, index.Search("\"bài 5 phiên 1\"").Total);
        Assert.Equal(1, index.Search("\"bài 5 phiên 2\"").Total);

        Assert.True(index.Delete(Article(7, version: 1).Article.Id));
        Assert.False(index.Delete(Article(7, version: 1).Article.Id));
        Assert.Equal(new IndexUpdate(1, 0, 1), index.Add([Article(7, version: 3), Article(8, version: 1)]));
        Assert.Equal(ArticleIndex.BatchSize + 100, index.Count);
        Assert.Equal(1, index.Search("\"bài 7 phiên 3\"").Total);
    }

    [Fact]
    public void Write_SmallBatch_KeepsTheInputOrderForTiedScores()
    {
        using var index = WithThreads(4);
        var same = Enumerable.Range(0, 5)
            .Select(i => SearchTestData.Analysis("Tin giống nhau", "Cùng một nội dung về mô hình.", url: $"https://example.vn/same/{i}"))
            .ToArray();
        index.Add(same);
        var hits = index.Search("mô hình").Hits;
        Assert.Equal(same.Select(a => a.Article.Id), hits.Select(h => h.Id));
        Assert.Single(hits.Select(h => h.Score).Distinct());
    }

    [Fact]
    public void Hit_MatchedEntities_ComeFromTheStoredEntities()
    {
        using var index = ArticleIndex.CreateInMemory();
        index.Add([Article(1, version: 1)]);
        var hit = Assert.Single(index.Search("official:\"Nguyễn Văn An\"").Hits);
        var official = Assert.Single(hit.MatchedEntities, e => e.Kind == MatchedEntityKind.Official);
        Assert.Equal("Nguyễn Văn An", official.Value);
        var place = Assert.Single(index.Search("place:\"Quảng Bình\"").Hits).MatchedEntities.Single(e => e.Kind == MatchedEntityKind.Place);
        Assert.Equal("Văn Hóa", place.Value);
    }

    [Fact]
    public void StoredEntities_RoundTripAnyText()
    {
        IndexedOfficial[] officials =
        [
            new("Trần: 12:~", null, "Đồng chí", "Phó Giám đốc; 3:x", 0, 14),
            new(string.Empty, "Đại tá", null, string.Empty, 2_000_000, 1),
        ];
        IndexedModel[] models = [new("O5:M~P", null, 5, 6), new("camera", "xã Văn Hóa", 7, 6)];
        IndexedPlace[] places = [new("xã Văn Hóa", "Văn Hóa", "xã", "Quảng Bình", 9, 10), new("~", "~", "~", null, 0, 0)];
        var stored = StoredEntities.Encode(officials, models, places);
        Assert.True(StoredEntities.TryDecode(stored, out var o, out var m, out var p));
        Assert.Equal(officials, o);
        Assert.Equal(models, m);
        Assert.Equal(places, p);
        Assert.True(StoredEntities.TryDecode(string.Empty, out o, out m, out p));
        Assert.Empty(o);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("O3:abc")]
    [InlineData("O99:abc")]
    [InlineData("M6:camera~1:x1:6")]
    [InlineData("Oabc")]
    public void StoredEntities_Damaged_IsRefusedWithNothingRead(string stored)
    {
        Assert.False(StoredEntities.TryDecode(stored, out var o, out var m, out var p));
        Assert.Empty(o);
        Assert.Empty(m);
        Assert.Empty(p);
    }

    private static ArticleIndex WithThreads(int threads)
    {
        var index = ArticleIndex.CreateInMemory();
        ((LuceneSearchBackend)index.BackendForTests).WriteThreads = threads;
        return index;
    }

    private static string[] Dump(ArticleIndex index) =>
        index.ReadAnalyses().Select(a => $"{a.Article.Id}|{a.Article.Text}|{string.Join(",", a.Officials.Select(o => o.Name))}").ToArray();

    private static IEnumerable<ArticleAnalysis> Articles(int count, int version)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Article(i, version);
        }
    }

    private static ArticleAnalysis Article(int i, int version) => SearchTestData.Analysis(
        $"Bài {i} phiên {version}",
        $"Mô hình số {i} năm {2000 + (i % 20)}, phiên {version}. Ông Nguyễn Văn An ở xã Văn Hóa.",
        f => f.Date($"năm {2000 + (i % 20)}", (2000 + (i % 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), DateGranularity.Year)
            .Official("Nguyễn Văn An", i % 3 == 0 ? "Đại tá" : null)
            .Place("xã Văn Hóa", "Văn Hóa", "xã", "Quảng Bình"),
        url: $"https://example.vn/{i}");
}
