using TextMining.Parsing;
using TextMining.Search;

namespace TextMining.Tests.Search;

/// <summary>
/// The <c>topic:</c> field, its filter and its facet: the five seeds (about the movement, by the shipped
/// relevance model) beside a market report written for this test (not about it).
/// </summary>
public sealed class TopicSearchTests : IDisposable
{
    private const string MarketReport =
        "Giá lúa gạo tăng nhẹ trong tuần\n\n" +
        "Theo Sở Công Thương, giá lúa tươi tại các tỉnh đồng bằng sông Cửu Long tuần qua tăng 200 đồng mỗi kg. " +
        "Các doanh nghiệp xuất khẩu gạo cho biết đơn hàng từ thị trường châu Á ổn định, " +
        "nông dân phấn khởi vì vụ đông xuân được mùa, năng suất bình quân đạt 7 tấn mỗi ha.";

    private readonly ArticleIndex _index = ArticleIndex.CreateInMemory();
    private readonly string _market;

    public TopicSearchTests()
    {
        var market = Assert.IsType<Article>(ArticleReader.ReadPlainText(MarketReport, "market.txt").Article);
        _market = market.Id;
        var analyses = Directory.GetFiles(RepoPaths.Corpus, "0*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => ArticleReader.ReadFile(path))
            .Select(read => Assert.IsType<Article>(read.Article))
            .Append(market)
            .Select(TextMiningPipeline.Default.Analyze)
            .ToList();
        Assert.Equal(6, _index.Add(analyses).Added);
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void TopicMovement_GivesTheFiveSeeds() => Assert.Equal(5, _index.Search("topic:movement").Total);

    [Fact]
    public void NotTopicMovement_GivesTheMarketReport() =>
        Assert.Equal([_market], _index.Search("tỉnh -topic:movement").Hits.Select(h => h.Id));

    [Fact]
    public void TopicOther_IsCaseInsensitive() =>
        Assert.Equal([_market], _index.Search("topic:OTHER").Hits.Select(h => h.Id));

    [Fact]
    public void MovementFilter_WorksLikeTheField()
    {
        var movement = _index.Search("tỉnh", new SearchOptions { Filters = new SearchFilters { Movement = true } });
        var other = _index.Search("tỉnh", new SearchOptions { Filters = new SearchFilters { Movement = false } });

        Assert.DoesNotContain(movement.Hits, h => h.Id == _market);
        Assert.Equal([_market], other.Hits.Select(h => h.Id));
    }

    [Fact]
    public void TopicFacet_CountsBoth()
    {
        var result = _index.Search("tỉnh", new SearchOptions { Facets = SearchFacets.Topic });

        Assert.Equal([new FacetValue { Value = "movement", Count = result.Total - 1 }, new FacetValue { Value = "other", Count = 1 }], result.Facets[SearchFacets.Topic]);
    }

    [Fact]
    public void TopicWithAnotherValue_IsAnErrorWithPosition()
    {
        var error = Assert.Throws<SearchQueryException>(() => _index.Search("công an topic:crime"));

        Assert.Equal(8, error.Position);
        Assert.Contains("'movement' or 'other'", error.Message, StringComparison.Ordinal);
    }
}
