using TextMining.Export;

namespace TextMining.Tests.Export;

public sealed class CorpusStatisticsTests
{
    [Fact]
    public void Compute_CountsYearsModelsOfficialsAndSumsFigures()
    {
        var stats = CorpusStatistics.Compute([TableExporterTests.Analysis(), TableExporterTests.Analysis()]);

        Assert.Equal(2, stats.Articles);
        Assert.Equal([new CountRow { Value = "2021", Count = 2 }], stats.ArticlesByYear);
        Assert.Equal([new ModelCount { Name = "Thôn nói không với pháo", Articles = 2, Mentions = 2 }], stats.Models);
        var official = Assert.Single(stats.Officials);
        Assert.Equal(("Trần Quang Hiếu", 2, "Đại tá", "Phó giám đốc Công an tỉnh"), (official.Name, official.Articles, official.Rank, official.LatestPosition));
        var kg = stats.FigureSums.Single(f => f.Unit == "kg");
        Assert.Equal((60d, 2, "approximately", true), (kg.Sum, kg.Figures, kg.Qualifier, kg.IsApproximate));
        var households = stats.FigureSums.Single(f => f.Unit == "khu dân cư");
        Assert.Equal((2138d, 2021, "exact", false), (households.Sum, households.Year!.Value, households.Qualifier, households.IsApproximate));
    }

    [Fact]
    public void Compute_Percentages_AreNotSummedButDescribed()
    {
        var text = "Tiêu đề\n\nNăm 2022, tỷ lệ đạt 95,6%, có nơi đạt 80%, nơi khác đạt 100%. Thu 20 khẩu súng và 10 khẩu súng.";
        var analysis = TextMiningPipeline.Default.Analyze(TextMining.Parsing.ArticleReader.ReadPlainText(text).Article!);

        var stats = CorpusStatistics.Compute([analysis]);

        var percent = stats.FigureSums.Single(f => f.Unit == "%");
        Assert.True(percent.IsRatio);
        Assert.Null(percent.Sum);
        Assert.Equal((3, 80d, 100d), (percent.Figures, percent.Min, percent.Max));
        Assert.Equal(91.87, percent.Mean, 2);
        var guns = stats.FigureSums.Single(f => f.Unit == "khẩu súng");
        Assert.Equal((30d, 10d, 20d, 15d, false), (guns.Sum!.Value, guns.Min, guns.Max, guns.Mean, guns.IsRatio));
    }

    [Fact]
    public void Compute_Figures_OrderedByNounThenYear()
    {
        var a = TextMining.Parsing.ArticleReader.ReadPlainText("Một\n\nNăm 2021, thu 3 khẩu súng và 2 vụ án.").Article!;
        var b = TextMining.Parsing.ArticleReader.ReadPlainText("Hai\n\nNăm 2019, thu 4 khẩu súng, 5 khẩu súng.").Article!;

        var stats = CorpusStatistics.Compute(new[] { a, b }.Select(TextMiningPipeline.Default.Analyze));

        Assert.Equal(
            [("khẩu súng", (int?)2019), ("khẩu súng", 2021), ("vụ án", 2021)],
            stats.FigureSums.Select(f => (f.Unit, f.Year)).Where(f => f.Unit is "khẩu súng" or "vụ án"));
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
