using Lucene.Net.Index;
using Lucene.Net.Store;
using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Search;

namespace TextMining.Tests.Search;

public sealed class ArticleIndexTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("textmining-search-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    /// <summary>A small archive: spellings with and without diacritics, old/new tone placement, abbreviations.</summary>
    private static ArticleAnalysis[] Archive() =>
    [
        SearchTestData.Analysis(
            "Huyện Tuyên Hóa triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc",
            "Ngày 02/3/2017, Đồng chí Đại tá Trần Minh Thùy dự hội nghị.\nNhân rộng mô hình “Tổ liên gia tự quản về ANTT” ở xã Văn Hóa.",
            f => f.Date("Ngày 02/3/2017", "2017-03-02").Official("Trần Minh Thùy", "Đại tá", "Phó Giám đốc Công an tỉnh")
                .Model("Tổ liên gia tự quản về ANTT").Place("xã Văn Hóa", "Văn Hóa", "xã", "Quảng Bình"),
            url: "https://example.vn/a"),
        SearchTestData.Analysis(
            "Tuyên Hoa: tổng kết năm 2020",
            "Năm 2021, thôn Tuyên Hoa có 1.069 hộ tham gia bảo vệ ANTQ. Thượng tá Lê Văn An phát biểu.",
            f => f.Date("Năm 2021", "2021", DateGranularity.Year).Official("Lê Văn An", "Thượng tá")
                .Place("thôn Tuyên Hoa", "Tuyên Hoa", "thôn", "Quảng Bình"),
            url: "https://example.vn/b"),
        SearchTestData.Analysis(
            "Khen thưởng tập thể",
            "Ban tổ chức trao thưởng tá điền. UBND tỉnh Thanh Hoá lắp camera.",
            f => f.Date("tỉnh Thanh Hoá", "2019-05-01").Model("camera").Place("tỉnh Thanh Hoá", "Thanh Hoá", "tỉnh", null),
            url: "https://example.vn/c", published: new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero)),
    ];

    private static ArticleIndex Filled()
    {
        var index = ArticleIndex.CreateInMemory();
        index.Add(Archive());
        return index;
    }

    private static string[] Titles(SearchResult result) => result.Hits.Select(h => h.Title).ToArray();

    [Theory]
    [InlineData("tuyen hoa", 2)]
    [InlineData("Tuyên Hóa", 2)]
    [InlineData("thanh hoa", 1)]
    [InlineData("Thanh Hóa", 1)]
    [InlineData("thanh hoá", 1)]
    [InlineData("ANTQ", 2)]
    [InlineData("antq", 2)]
    [InlineData("\"an ninh tổ quốc\"", 2)]
    [InlineData("an ninh to quoc", 2)]
    [InlineData("\"ủy ban nhân dân\"", 1)]
    [InlineData("1.069", 1)]
    [InlineData("1069", 0)]
    [InlineData("069", 0)]
    [InlineData("tuy*", 2)]
    [InlineData("\"tổ liên gia\"", 1)]
    [InlineData("\"liên tổ gia\"", 0)]
    [InlineData("hoa -thanh", 2)]
    [InlineData("camera OR \"tổ liên gia\"", 2)]
    [InlineData("title:tuyen", 2)]
    [InlineData("title:camera", 0)]
    [InlineData("official:\"Trần Minh Thùy\"", 1)]
    [InlineData("official:thuy", 1)]
    [InlineData("rank:\"thượng tá\"", 1)]
    [InlineData("model:camera", 1)]
    [InlineData("place:\"quảng bình\"", 2)]
    [InlineData("place:thanh", 1)]
    [InlineData("year:2017", 1)]
    [InlineData("year:2021", 1)]
    [InlineData("year:2019 OR year:2021", 2)]
    [InlineData("from:2019-01-01", 1)]
    [InlineData("from:2017 to:2017-12-31", 1)]
    [InlineData("hoa to:2018", 1)]
    [InlineData("'; DROP TABLE articles", 0)]
    public void Search_Query_MatchesExpectedCount(string query, int expected)
    {
        using var index = Filled();
        var result = index.Search(query);
        Assert.Equal(expected, result.Total);
        Assert.Equal(expected, result.Hits.Count);
    }

    [Fact]
    public void Search_DiacriticQuery_RanksExactAboveFolded()
    {
        using var index = Filled();
        var result = index.Search("thượng tá");
        Assert.Equal(2, result.Total);
        Assert.Equal("Tuyên Hoa: tổng kết năm 2020", result.Hits[0].Title);
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);

        var reversed = index.Search("thưởng tá");
        Assert.Equal("Khen thưởng tập thể", reversed.Hits[0].Title);
    }

    [Fact]
    public void Search_UnquotedWords_AdjacentRankFirstWithoutChangingTheTotal()
    {
        using var index = ArticleIndex.CreateInMemory();
        index.Add(
        [
            SearchTestData.Analysis("Tin tổng hợp", "Đại tá Lê Quang Bình dự lễ. Đoàn công tác đến Ninh Bình và Quảng Trị.", url: "https://example.vn/r1"),
            SearchTestData.Analysis("Tin địa phương", "Các đơn vị tuyên truyền pháp luật, xã hội hóa công tác bảo vệ.", url: "https://example.vn/r2"),
            SearchTestData.Analysis("Tin tỉnh", "Lực lượng công an tỉnh Quảng Bình và huyện Tuyên Hóa ra quân bảo vệ.", url: "https://example.vn/r3"),
        ]);

        var quangBinh = index.Search("Quảng Bình");
        Assert.Equal("Tin tỉnh", quangBinh.Hits[0].Title);
        Assert.Equal(2, quangBinh.Total);

        var tuyenHoa = index.Search("tuyen hoa");
        Assert.Equal("Tin tỉnh", tuyenHoa.Hits[0].Title);
        Assert.Equal(2, tuyenHoa.Total);
        Assert.True(tuyenHoa.Hits[0].Score > tuyenHoa.Hits[1].Score);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Search_ProximityBoost_WorksWhenASegmentHasNoAdjacentWords(bool adjacentFirst)
    {
        // Each Add commits a segment of its own: the segment without the phrase has no proximity scorer at all.
        var adjacent = SearchTestData.Analysis("Tin tỉnh", "Công an tỉnh Quảng Bình ra quân.", url: "https://example.vn/p1");
        var apart = Enumerable.Range(0, 5)
            .Select(i => SearchTestData.Analysis($"Tin {i}", $"Quảng Trị và Ninh Bình, Quảng Nam, Hòa Bình số {i}.", url: $"https://example.vn/q{i}"))
            .ToArray();
        using var index = ArticleIndex.CreateInMemory();
        index.Add(adjacentFirst ? [adjacent] : apart);
        index.Add(adjacentFirst ? apart : [adjacent]);

        var result = index.Search("Quảng Bình");

        Assert.Equal(6, result.Total);
        Assert.Equal("Tin tỉnh", result.Hits[0].Title);
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
    }

    [Fact]
    public void Search_ProximityBoost_PagesAgreeWithOneLongPage()
    {
        using var index = ArticleIndex.CreateInMemory();
        index.Add(Enumerable.Range(0, 40).Select(i => SearchTestData.Analysis(
            $"Tin {i}",
            i % 3 == 0 ? $"Công an tỉnh Quảng Bình, bài {i}." : $"Quảng Trị và Hòa Bình, {string.Concat(Enumerable.Repeat("tin ", i))}bài {i}.",
            url: $"https://example.vn/page{i}")));

        var whole = index.Search("Quảng Bình", new SearchOptions { Limit = 30 }).Hits.Select(h => h.Id);
        var paged = Enumerable.Range(0, 3).SelectMany(p => index.Search("Quảng Bình", new SearchOptions { Offset = p * 10, Limit = 10 }).Hits.Select(h => h.Id));

        Assert.Equal(whole, paged);
        Assert.All(index.Search("Quảng Bình", new SearchOptions { Limit = 14 }).Hits, h => Assert.Contains("Công an tỉnh Quảng Bình", h.Snippet.Text));
    }

    [Fact]
    public void Search_TitleMatch_RanksFirst()
    {
        using var index = Filled();
        Assert.Equal("Huyện Tuyên Hóa triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc", index.Search("Tuyên Hóa").Hits[0].Title);
    }

    [Fact]
    public void Search_Snippet_HighlightsAreSpansIntoTheOriginalText()
    {
        using var index = Filled();
        var articles = Archive().ToDictionary(a => a.Article.Id, a => a.Article.Text);
        foreach (var query in new[] { "tuyen hoa", "ANTQ", "an ninh to quoc", "1.069", "thanh hoa", "official:thuy" })
        {
            var result = index.Search(query);
            Assert.NotEmpty(result.Hits);
            foreach (var hit in result.Hits)
            {
                var text = articles[hit.Id];
                Assert.Equal(hit.Snippet.Text, text.Substring(hit.Snippet.Start, hit.Snippet.Text.Length));
                Assert.NotEmpty(hit.Snippet.Highlights);
                foreach (var span in hit.Snippet.Highlights)
                {
                    Assert.InRange(span.Start, hit.Snippet.Start, hit.Snippet.Start + hit.Snippet.Text.Length - span.Length);
                }
            }
        }

        var tuyen = index.Search("tuyen hoa").Hits.First(h => h.Title.StartsWith("Huyện", StringComparison.Ordinal));
        var marked = tuyen.Snippet.Highlights.Select(s => articles[tuyen.Id].Substring(s.Start, s.Length)).ToArray();
        Assert.Contains("Tuyên Hóa", marked);

        var abbreviation = index.Search("ANTQ").Hits.First(h => h.Title.StartsWith("Tuyên", StringComparison.Ordinal));
        Assert.Contains("ANTQ", abbreviation.Snippet.Highlights.Select(s => articles[abbreviation.Id].Substring(s.Start, s.Length)));
        Assert.Contains("[ANTQ]", abbreviation.Snippet.Mark("[", "]"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_MatchedEntities_NameTheOfficialModelAndPlace()
    {
        using var index = Filled();
        var official = Assert.Single(index.Search("official:\"Trần Minh Thùy\"").Hits);
        var entity = Assert.Single(official.MatchedEntities);
        Assert.Equal(new MatchedEntity { Kind = MatchedEntityKind.Official, Value = "Trần Minh Thùy", Span = entity.Span }, entity);
        Assert.Equal("Trần Minh Thùy", Archive()[0].Article.Text.Substring(entity.Span.Start, entity.Span.Length));

        var model = Assert.Single(index.Search("model:camera").Hits);
        Assert.Equal(MatchedEntityKind.Model, Assert.Single(model.MatchedEntities).Kind);

        var place = index.Search("place:\"quảng bình\"").Hits;
        Assert.All(place, h => Assert.Equal(MatchedEntityKind.Place, Assert.Single(h.MatchedEntities).Kind));
    }

    [Fact]
    public void Search_Facets_CountMatchingArticles()
    {
        using var index = Filled();
        var result = index.Search("hoa", new SearchOptions { Facets = SearchFacets.All });
        Assert.Equal(3, result.Total);
        Assert.Equal([new FacetValue { Value = "2017", Count = 1 }, new FacetValue { Value = "2019", Count = 1 }, new FacetValue { Value = "2021", Count = 1 }], result.Facets[SearchFacets.Year].OrderBy(v => v.Value));
        Assert.Equal([new FacetValue { Value = "Quảng Bình", Count = 2 }, new FacetValue { Value = "Thanh Hóa", Count = 1 }], result.Facets[SearchFacets.Place]);
        Assert.Equal([new FacetValue { Value = "Lê Văn An", Count = 1 }, new FacetValue { Value = "Trần Minh Thùy", Count = 1 }], result.Facets[SearchFacets.Official]);
        Assert.Equal([new FacetValue { Value = "Thượng tá", Count = 1 }, new FacetValue { Value = "Đại tá", Count = 1 }], result.Facets[SearchFacets.Rank]);
        Assert.Equal(2, result.Facets[SearchFacets.Model].Count);

        var narrow = index.Search("tuyen", new SearchOptions { Facets = SearchFacets.Place | SearchFacets.Year });
        Assert.Equal([new FacetValue { Value = "Quảng Bình", Count = 2 }], narrow.Facets[SearchFacets.Place]);
        Assert.False(narrow.Facets.ContainsKey(SearchFacets.Official));
    }

    [Fact]
    public void Search_Filters_NarrowLikeQueryFields()
    {
        using var index = Filled();
        Assert.Equal(1, index.Search("hoa", new SearchOptions { Filters = new SearchFilters { Year = 2021 } }).Total);
        Assert.Equal(1, index.Search("hoa", new SearchOptions { Filters = new SearchFilters { Official = "tran minh thuy" } }).Total);
        Assert.Equal(2, index.Search("hoa", new SearchOptions { Filters = new SearchFilters { Place = "Quảng Bình" } }).Total);
        Assert.Equal(1, index.Search("hoa", new SearchOptions { Filters = new SearchFilters { From = new DateOnly(2018, 1, 1), To = new DateOnly(2019, 12, 31) } }).Total);
    }

    [Fact]
    public void Search_Paging_KeepsTotalAndOrder()
    {
        using var index = Filled();
        var all = index.Search("hoa", new SearchOptions { Limit = 10 });
        var second = index.Search("hoa", new SearchOptions { Limit = 1, Offset = 1 });
        Assert.Equal(3, second.Total);
        Assert.Equal(all.Hits[1].Id, Assert.Single(second.Hits).Id);
        Assert.Empty(index.Search("hoa", new SearchOptions { Offset = 5 }).Hits);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search("hoa", new SearchOptions { Limit = -1 }));
    }

    [Theory]
    [InlineData("\"abc")]
    [InlineData("NEAR(")]
    [InlineData("title:")]
    [InlineData("a OR")]
    [InlineData("((a)")]
    [InlineData("foo:bar")]
    public void Search_MalformedQuery_ThrowsQueryErrorNotStorageError(string query)
    {
        using var index = Filled();
        var ex = Assert.Throws<SearchQueryException>(() => index.Search(query));
        Assert.DoesNotContain("SQLite", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(index.TrySearch(query, null, out _, out var error));
        Assert.Equal(ex.Message, error.Message);
    }

    [Theory]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("NEAR(a b)")]
    [InlineData("a* OR ^b")]
    [InlineData("{title_x}: x")]
    [InlineData("\"a\" : \"b\"")]
    [InlineData("\"\"\"\"")]
    [InlineData("col:")]
    public void Search_HostileQuery_GivesCleanErrorOrEmptyResult(string query)
    {
        using var index = Filled();
        if (index.TrySearch(query, null, out var result, out var error))
        {
            Assert.Equal(result.Hits.Count, result.Total);
        }
        else
        {
            Assert.NotEmpty(error.Message);
        }

        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Search_TenKilobytesOfQuotes_GivesCleanError()
    {
        using var index = Filled();
        Assert.False(index.TrySearch(new string('"', 10 * 1024), null, out _, out var error));
        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Unchanged_IsNoOp_Changed_ReplacesOldRows()
    {
        using var index = Filled();
        Assert.Equal(new IndexUpdate(0, 0, 3), index.Add(Archive()));
        Assert.Equal(3, index.Count);

        var changed = SearchTestData.Analysis(
            "Khen thưởng tập thể",
            "Nội dung mới về pháo hoa.",
            url: "https://example.vn/c");
        Assert.Equal(new IndexUpdate(0, 1, 0), index.Add([changed]));
        Assert.Equal(3, index.Count);
        Assert.Equal(0, index.Search("camera").Total);
        Assert.Equal(0, index.Search("model:camera").Total);
        Assert.Equal(1, index.Search("pháo").Total);
        Assert.Equal(2, index.Search("hoa", new SearchOptions { Facets = SearchFacets.Place }).Facets[SearchFacets.Place].Sum(v => v.Count));
    }

    [Fact]
    public void Delete_RemovesArticleAndItsEntities()
    {
        using var index = Filled();
        var id = Archive()[0].Article.Id;
        Assert.True(index.Delete(id));
        Assert.False(index.Delete(id));
        Assert.Equal(2, index.Count);
        Assert.Equal(0, index.Search("official:thuy").Total);
        Assert.Equal(1, index.Search("tuyen hoa").Total);
    }

    [Fact]
    public void Open_Folder_PersistsAndReopens()
    {
        var path = Path.Combine(_folder, "a.idx");
        using (var index = ArticleIndex.Open(path))
        {
            Assert.Equal(3, index.Add(Archive()).Added);
        }

        Assert.True(System.IO.Directory.Exists(path));
        using (var reopened = ArticleIndex.OpenReadOnly(path))
        {
            Assert.Equal(3, reopened.Count);
            Assert.Equal(2, reopened.Search("tuyen hoa").Total);
            Assert.Throws<InvalidOperationException>(() => reopened.Delete("x"));
        }

        // The last commit names the layout, so a later version can tell what it opens.
        using var directory = FSDirectory.Open(path);
        Assert.Equal("lucene-1", DirectoryReader.ListCommits(directory)[^1].UserData["textmining.schema"]);
    }

    [Fact]
    public void Compact_MergesIntoOneSegmentKeepingEveryArticleAndAnswer()
    {
        var path = Path.Combine(_folder, "compact.idx");
        var queries = new[] { "tuyen hoa", "Tuyên Hóa", "ANTQ", "official:\"Trần Minh Thùy\"", "lô", "year:2005" };
        string[][] before;
        using (var index = ArticleIndex.Open(path))
        {
            // Every Add commits at least one segment of its own.
            index.Add(Archive());
            index.Add(Many(30, "lô"));
            index.Add(Many(3, "lô").Skip(1).Select(a => SearchTestData.Analysis(a.Article.Title + " sửa", a.Article.Text, url: $"https://example.vn/lô/{a.Article.Title}")));
            Assert.True(SegmentCount(path) > 1);
            before = queries.Select(q => Answer(index, q)).ToArray();

            index.Compact();

            Assert.Equal(before, queries.Select(q => Answer(index, q)).ToArray());
            Assert.Equal(35, index.Count);
        }

        Assert.Equal(1, SegmentCount(path));
        using var reopened = ArticleIndex.OpenReadOnly(path);
        Assert.Equal(before, queries.Select(q => Answer(reopened, q)).ToArray());
        Assert.Equal(35, reopened.ReadAnalyses().Count());
        Assert.Throws<InvalidOperationException>(() => reopened.Compact());

        static string[] Answer(ArticleIndex index, string query)
        {
            var result = index.Search(query, new SearchOptions { Limit = 50, Facets = SearchFacets.All });
            return [result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), .. result.Hits.Select(h => h.Id + " " + h.Snippet.Text),
                .. result.Facets.SelectMany(f => f.Value.Select(v => f.Key + "=" + v.Value + ":" + v.Count))];
        }

        static int SegmentCount(string path)
        {
            using var directory = FSDirectory.Open(path);
            using var reader = DirectoryReader.Open(directory);
            return reader.Leaves.Count;
        }
    }

    [Fact]
    public void Open_SecondWriter_SaysAnotherProcessIsWriting()
    {
        var path = Path.Combine(_folder, "locked.idx");
        using var first = ArticleIndex.Open(path);
        first.Add(Archive());
        var ex = Assert.Throws<SearchIndexException>(() => ArticleIndex.Open(path));
        Assert.Contains("is being written by another process", ex.Message, StringComparison.Ordinal);
        using var reader = ArticleIndex.OpenReadOnly(path);
        Assert.Equal(3, reader.Count);
    }

    [Fact]
    public void Open_OtherLayoutVersion_ThrowsClearError()
    {
        var path = Path.Combine(_folder, "old.idx");
        using (var index = ArticleIndex.Open(path))
        {
            index.Add(Archive());
        }

        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["textmining.schema"] = "lucene-7" });
            writer.Commit();
        }

        var ex = Assert.Throws<SearchIndexException>(() => ArticleIndex.Open(path));
        Assert.Contains("lucene-7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild it with `textmining index`", ex.Message, StringComparison.Ordinal);
        Assert.Throws<SearchIndexException>(() => ArticleIndex.OpenReadOnly(path));
    }

    [Fact]
    public void Open_OldSqliteIndexFile_SaysRebuildIt()
    {
        var path = Path.Combine(_folder, "corpus.db");
        File.WriteAllBytes(path, [.. "SQLite format 3\0"u8, .. new byte[4096]]);
        foreach (var open in new Func<string, ArticleIndex>[] { ArticleIndex.Open, ArticleIndex.OpenReadOnly })
        {
            var ex = Assert.Throws<SearchIndexException>(() => open(path));
            Assert.Contains("made by an earlier version", ex.Message, StringComparison.Ordinal);
            Assert.Contains("rebuild it with `textmining index`", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Open_NotAnIndex_ThrowsClearError()
    {
        var text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, new string('x', 5000));
        Assert.Contains("is a file, not a search index", Assert.Throws<SearchIndexException>(() => ArticleIndex.Open(text)).Message, StringComparison.Ordinal);

        // A folder of someone else's files is never written into.
        var foreign = System.IO.Directory.CreateDirectory(Path.Combine(_folder, "photos")).FullName;
        File.WriteAllText(Path.Combine(foreign, "cat.jpg"), "not a segment");
        Assert.Contains("not a TextMining search index", Assert.Throws<SearchIndexException>(() => ArticleIndex.Open(foreign)).Message, StringComparison.Ordinal);
        Assert.Contains("not a TextMining search index", Assert.Throws<SearchIndexException>(() => ArticleIndex.OpenReadOnly(foreign)).Message, StringComparison.Ordinal);
        Assert.Equal(["cat.jpg"], System.IO.Directory.GetFiles(foreign).Select(Path.GetFileName));

        // A Lucene index made by another program.
        var lucene = Path.Combine(_folder, "other-lucene");
        using (var directory = FSDirectory.Open(lucene))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.Commit();
        }

        Assert.Contains("not a TextMining search index", Assert.Throws<SearchIndexException>(() => ArticleIndex.Open(lucene)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CorruptIndex_ThrowsClearError()
    {
        var path = Path.Combine(_folder, "corrupt.idx");
        using (var index = ArticleIndex.Open(path))
        {
            index.Add(Archive());
        }

        foreach (var file in System.IO.Directory.GetFiles(path).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, new byte[16]);
        }

        var ex = Assert.ThrowsAny<SearchIndexException>(() =>
        {
            using var index = ArticleIndex.OpenReadOnly(path);
            _ = index.Search("tuyen hoa");
        });
        Assert.Contains("rebuild it with `textmining index`", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFolderOrUnwritablePath_ThrowsClearError()
    {
        var missing = Path.Combine(_folder, "no", "such", "a.idx");
        Assert.Contains("does not exist", Assert.Throws<SearchIndexException>(() => ArticleIndex.Open(missing)).Message, StringComparison.Ordinal);
        Assert.Contains("no index", Assert.Throws<SearchIndexException>(() => ArticleIndex.OpenReadOnly(missing)).Message, StringComparison.Ordinal);

        // A path below a regular file can never be created, even by root.
        var file = Path.Combine(_folder, "file");
        File.WriteAllText(file, "x");
        Assert.Throws<SearchIndexException>(() => ArticleIndex.Open(Path.Combine(file, "a.idx")));
    }

    [Fact]
    public void Add_KilledMidRun_IndexOpensWithEveryCommittedBatch()
    {
        // A copy of the folder taken while a run is between batches is what a SIGKILL at that point leaves behind:
        // the files on disk, with the next batch not yet committed (it is being read and prepared meanwhile).
        // ToolProcessTests kills a real process.
        var path = Path.Combine(_folder, "run.idx");
        var crash = Path.Combine(_folder, "crash.idx");
        var progress = new ActionProgress(update =>
        {
            if (update.Added == 2 * ArticleIndex.BatchSize)
            {
                System.IO.Directory.CreateDirectory(crash);
                foreach (var file in System.IO.Directory.GetFiles(path).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
                {
                    File.Copy(file, Path.Combine(crash, Path.GetFileName(file)));
                }
            }
        });

        using (var index = ArticleIndex.Open(path))
        {
            Assert.Equal((2 * ArticleIndex.BatchSize) + 100, index.Add(Many((2 * ArticleIndex.BatchSize) + 100, "lô"), progress).Added);
        }

        using var recovered = ArticleIndex.Open(crash);
        Assert.Equal(2 * ArticleIndex.BatchSize, recovered.Count);
        Assert.Equal(2 * ArticleIndex.BatchSize, recovered.Search("lô", new SearchOptions { Limit = 0 }).Total);
        Assert.Equal(100, recovered.Add(Many((2 * ArticleIndex.BatchSize) + 100, "lô")).Added);
        Assert.Equal((2 * ArticleIndex.BatchSize) + 100, recovered.Count);
    }

    [Fact]
    public void Add_InputFailsInALaterBatch_EarlierBatchesAreCommittedAndTheErrorIsTheInputs()
    {
        // The next batch is read while the current one is written: a failure there waits until the current one is in.
        IEnumerable<ArticleAnalysis> Feed()
        {
            foreach (var analysis in Many((2 * ArticleIndex.BatchSize) + 10, "hỏng"))
            {
                yield return analysis;
            }

            throw new IOException("the input broke");
        }

        var path = Path.Combine(_folder, "broken.idx");
        using (var index = ArticleIndex.Open(path))
        {
            Assert.Equal("the input broke", Assert.Throws<IOException>(() => index.Add(Feed())).Message);
            Assert.Equal(2 * ArticleIndex.BatchSize, index.Count);
        }

        using var reopened = ArticleIndex.Open(path);
        Assert.Equal(2 * ArticleIndex.BatchSize, reopened.Count);
        Assert.Equal(2 * ArticleIndex.BatchSize, reopened.Search("hỏng", new SearchOptions { Limit = 0 }).Total);
    }

    [Fact]
    public void Add_RunOfUnchangedThenNewBatches_CountsAndStoresEachExactly()
    {
        // Whether the next batch is compressed ahead depends on how much of the last one was new; the result must not.
        var path = Path.Combine(_folder, "mixed.idx");
        var first = Many(ArticleIndex.BatchSize, "cũ").ToArray();
        using var index = ArticleIndex.Open(path);
        index.Add(first);
        var update = index.Add(first.Concat(Many(2 * ArticleIndex.BatchSize, "mới")).Concat(first));
        Assert.Equal(new IndexUpdate(2 * ArticleIndex.BatchSize, 0, 2 * ArticleIndex.BatchSize), update);
        Assert.Equal(3 * ArticleIndex.BatchSize, index.Count);
        var stored = index.ReadAnalyses().Select(a => a.Article.Title).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Bài mới số 999", stored);
        Assert.Contains("Bài cũ số 0", stored);
    }

    [Fact]
    public void Add_BatchesByCountAndBySize()
    {
        const int size = ArticleIndex.BatchSize;
        var small = Many((2 * size) + 200, "nhỏ").ToArray();
        Assert.Equal([size, size, 200], ArticleIndex.Batches(small).Select(b => b.Length));

        var big = new string('x', (ArticleIndex.BatchChars / 3) + 1);
        var large = Enumerable.Range(0, 7).Select(i => SearchTestData.Analysis($"Lớn {i}", big, url: $"https://example.vn/l/{i}")).ToArray();
        var sizes = ArticleIndex.Batches(large).Select(b => b.Length).ToArray();
        Assert.Equal(7, sizes.Sum());
        Assert.All(sizes, n => Assert.InRange(n, 1, 2));
    }

    [TmpfsFact]
    public void Add_DiskFull_SaysNoSpaceAndKeepsCommittedBatches()
    {
        // A real full disk: a 2 MB tmpfs.
        var mount = System.IO.Directory.CreateDirectory(Path.Combine(_folder, "tiny")).FullName;
        using (TmpfsFactAttribute.Mount(mount, 2))
        {
            var path = Path.Combine(mount, "full.idx");
            using (var index = ArticleIndex.Open(path))
            {
                index.Add(Archive());
                // Random words compress badly: 400 articles of 40,000 characters cannot fit in 2 MB.
                var random = new Random(7);
                string Filler() => string.Join(' ', Enumerable.Range(0, 5000).Select(_ => random.Next().ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
                var ex = Assert.Throws<SearchIndexException>(() => index.Add(Enumerable.Range(0, 400).Select(i =>
                    SearchTestData.Analysis($"Đầy {i}", Filler(), url: $"https://example.vn/full/{i}"))));
                Assert.Contains("no space left on device", ex.Message, StringComparison.Ordinal);
            }

            using var reopened = ArticleIndex.OpenReadOnly(path);
            Assert.True(reopened.Count >= 3);
            Assert.Equal(2, reopened.Search("tuyen hoa").Total);
        }
    }

    [Fact]
    public async Task Search_WhileAnotherConnectionWrites_Works()
    {
        var path = Path.Combine(_folder, "busy.idx");
        using var writer = ArticleIndex.Open(path);
        writer.Add(Archive());
        using var reader = ArticleIndex.OpenReadOnly(path);
        var writing = Task.Run(() => writer.Add(Many(3000, "song")));
        var last = 0;
        var searches = 0;
        while (!writing.IsCompleted || searches == 0)
        {
            var total = reader.Search("song", new SearchOptions { Limit = 3, Facets = SearchFacets.Year }).Total;
            Assert.True(total >= last, "committed batches never disappear");
            last = total;
            searches++;
        }

        await writing;
        Assert.Equal(3000, reader.Search("song").Total);
        Assert.True(searches > 1);
    }

    [Fact]
    public async Task AddAsync_IndexesInBatches()
    {
        using var index = ArticleIndex.CreateInMemory();
        var reports = new List<IndexUpdate>();
        const int size = ArticleIndex.BatchSize;
        var update = await index.AddAsync(ToAsync(Many((2 * size) + 200, "bất")), new SyncProgress(reports));
        Assert.Equal((2 * size) + 200, update.Added);
        Assert.Equal([size, 2 * size, (2 * size) + 200], reports.Select(r => r.Total));
    }

    private static IEnumerable<ArticleAnalysis> Many(int count, string word)
    {
        for (var i = 0; i < count; i++)
        {
            yield return SearchTestData.Analysis(
                $"Bài {word} số {i}",
                $"Nội dung {word} thứ {i} năm {2000 + (i % 20)}.",
                f => f.Date($"năm {2000 + (i % 20)}", (2000 + (i % 20)).ToString(System.Globalization.CultureInfo.InvariantCulture), DateGranularity.Year),
                url: $"https://example.vn/{word}/{i}");
        }
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private sealed class SyncProgress(List<IndexUpdate> reports) : IProgress<IndexUpdate>
    {
        public void Report(IndexUpdate value) => reports.Add(value);
    }

    private sealed class ActionProgress(Action<IndexUpdate> report) : IProgress<IndexUpdate>
    {
        public void Report(IndexUpdate value) => report(value);
    }
}
