using TextMining.Search;

namespace TextMining.Tests.Search;

public sealed class ArticleIndexSmokeTests
{
    [Fact]
    public void Smoke()
    {
        using var index = ArticleIndex.CreateInMemory();
        var a = SearchTestData.Analysis("Huyện Tuyên Hóa triển khai công tác", "Ngày 02/3/2017, Đồng chí Đại tá Trần Minh Thùy dự hội nghị về ANTQ. Có 1.069 khu dân cư.",
            f => f.Official("Trần Minh Thùy", "Đại tá").Date("Ngày 02/3/2017", "2017-03-02"));
        var u = index.Add([a]);
        Assert.Equal(1, u.Added);
        var r = index.Search("tuyen hoa", new SearchOptions { Facets = SearchFacets.All });
        Assert.Equal(1, r.Total);
        Console.WriteLine(r.Hits[0]);
        Console.WriteLine(r.Hits[0].Snippet.Mark("[", "]"));
        Assert.Equal(1, index.Search("\"an ninh tổ quốc\"").Total);
        Assert.Equal(1, index.Search("1.069").Total);
        Assert.Equal(1, index.Search("official:thùy year:2017").Total);
        Assert.Equal(1, index.Add([a]).Unchanged);
    }
}
