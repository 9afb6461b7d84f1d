using TextMining.Export;

namespace TextMining.Tests.Export;

public sealed class CorpusStatisticsTests
{
    [Fact]
    public void Compute_CountsYearsModelsOfficialsAndSumsFigures()
    {
        var stats = CorpusStatistics.Compute([TableExporterTests.Analysis(), TableExporterTests.Analysis()]);

        Assert.Equal(2, stats.Articles);
        Assert.Equal([new CountRow("2021", 2)], stats.ArticlesByYear);
        Assert.Equal([new ModelCount("Thôn nói không với pháo", 2, 2)], stats.Models);
        var official = Assert.Single(stats.Officials);
        Assert.Equal(("Trần Quang Hiếu", 2, "Đại tá", "Phó giám đốc Công an tỉnh"), (official.Name, official.Articles, official.Rank, official.LatestPosition));
        var kg = stats.FigureSums.Single(f => f.Unit == "kg");
        Assert.Equal((60d, 2, "approximately", true), (kg.Sum, kg.Figures, kg.Qualifier, kg.IsApproximate));
        var households = stats.FigureSums.Single(f => f.Unit == "khu dân cư");
        Assert.Equal((2138d, 2021, "exact", false), (households.Sum, households.Year!.Value, households.Qualifier, households.IsApproximate));
    }

    [Fact]
    public void Compute_NoArticles_GivesEmptyStatistics()
    {
        var stats = CorpusStatistics.Compute([]);
        Assert.Equal(0, stats.Articles);
        Assert.Empty(stats.ArticlesByYear);
        Assert.Empty(stats.FigureSums);
    }
}
