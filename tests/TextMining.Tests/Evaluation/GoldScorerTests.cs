using TextMining.Evaluation;
using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Extraction.Figures;
using TextMining.Extraction.Models;
using TextMining.Extraction.Officials;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Evaluation;

public sealed class GoldScorerTests
{
    private static readonly SourceSpan Nowhere = new(0, 1);

    [Fact]
    public void Load_SeedGoldFiles_ReadsEveryField()
    {
        var gold = GoldArticle.Load(Path.Combine(RepoPaths.Corpus, "001_79c7c580c821ed32.gold.json"));
        Assert.Equal(1006, gold.Views);
        Assert.Equal(["Việt Hùng"], gold.Authors);
        Assert.Equal(5, gold.Dates.Count);
        Assert.Equal(["2019", "2019/2020"], gold.OptionalDates);
        Assert.Equal(2, gold.Officials.Count);
        Assert.Equal("Đại tá", gold.Officials[1].Rank);
        Assert.Equal(20, gold.Figures.Count);
        Assert.Equal(1144, gold.Figures[10].Total);
        Assert.Equal("exact", gold.Figures[0].Qualifier);
        Assert.Equal("approximately", gold.Figures[5].Qualifier);
        Assert.Equal(4, gold.Models.Count);
    }

    [Fact]
    public void Load_InvalidJson_ThrowsInvalidData()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{ not json");
        try
        {
            Assert.Throws<InvalidDataException>(() => GoldArticle.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_Dates_TimeOfDayIgnoredOptionalNotPenalised()
    {
        var gold = Gold(dates: ["2017-04-21", "2017"], optionalDates: ["--04-21"]);
        var analysis = Analysis(c =>
        {
            c.Dates.Add(new DateMention { Text = "x", Value = "2017-04-21T23:34:00+07:00", Granularity = DateGranularity.DateTime, Inferred = false, Span = Nowhere });
            c.Dates.Add(new DateMention { Text = "x", Value = "--04-21", Granularity = DateGranularity.MonthDay, Inferred = false, Span = Nowhere });
            c.Dates.Add(new DateMention { Text = "x", Value = "2016", Granularity = DateGranularity.Year, Inferred = false, Span = Nowhere });
        });

        var report = Evaluator.Evaluate([(gold, analysis)]);

        var dates = report[ScoredKind.Dates];
        Assert.Equal((1, 1, 1), (dates.TruePositives, dates.FalsePositives, dates.FalseNegatives));
        Assert.Equal(0.5, dates.F1, 6);
    }

    [Fact]
    public void Score_Figures_AreMultisetsOfValues()
    {
        var gold = Gold(figures: [new GoldFigure { Value = 3, Total = null, Unit = "tập thể", Qualifier = "exact" }, new GoldFigure { Value = 3, Total = null, Unit = "tập thể", Qualifier = "exact" }, new GoldFigure { Value = 94, Total = null, Unit = "mô hình", Qualifier = "exact" }], optionalFigures: [5]);
        var analysis = Analysis(c =>
        {
            c.Figures.Add(new Figure { Text = "3 tập thể", Value = 3, Total = null, Unit = "tập thể", Qualifier = FigureQualifier.Exact, Span = Nowhere });
            c.Figures.Add(new Figure { Text = "94 mô hình", Value = 94, Total = null, Unit = "mô hình", Qualifier = FigureQualifier.Exact, Span = Nowhere });
            c.Figures.Add(new Figure { Text = "05 năm", Value = 5, Total = null, Unit = "năm", Qualifier = FigureQualifier.Exact, Span = Nowhere });
            c.Figures.Add(new Figure { Text = "7 đối tượng", Value = 7, Total = null, Unit = "đối tượng", Qualifier = FigureQualifier.Exact, Span = Nowhere });
        });

        var figures = Evaluator.Evaluate([(gold, analysis)])[ScoredKind.Figures];

        Assert.Equal((2, 1, 1), (figures.TruePositives, figures.FalsePositives, figures.FalseNegatives));
    }

    [Fact]
    public void Score_Officials_MatchByFoldedNameAndReportRankAndPositions()
    {
        var gold = Gold(officials:
        [
            new GoldOfficial { Name = "Trần Minh Thùy", Rank = "Đại tá", Positions = ["Phó Giám đốc Công an tỉnh", "Phó trưởng Ban chỉ đạo 138 tỉnh"] },
            new GoldOfficial { Name = "Đoàn Ngọc Lâm", Rank = null, Positions = ["Phó Chủ tịch Thường trực UBND tỉnh"] },
        ]);
        var analysis = Analysis(c =>
        {
            c.Officials.Add(new Official("Trần Minh Thuỳ", "Đại tá", "Đồng chí", ["Phó Giám đốc Công an tỉnh"], [new OfficialMention("x", Nowhere)]));
            c.Officials.Add(new Official("Ngô Quang Văn", null, null, [], [new OfficialMention("x", Nowhere)]));
        });

        var report = Evaluator.Evaluate([(gold, analysis)]);

        var officials = report[ScoredKind.Officials];
        Assert.Equal((1, 1, 1), (officials.TruePositives, officials.FalsePositives, officials.FalseNegatives));
        Assert.Equal(1.0, report.RankAccuracy);
        Assert.Equal(0.5, report.PositionRecall);
    }

    [Theory]
    [InlineData("Tổ liên gia tự quản về ANTT", "Tổ liên gia tự quản về ANTT", true)]
    [InlineData("to lien gia tu quan ve antt", "Tổ liên gia tự quản về ANTT", true)]
    [InlineData("Camera giám sát ANTT", "Camera giám sát về ANTT", true)]
    [InlineData("Camera giám sát", "Camera giám sát ANTT trên địa bàn", false)]
    [InlineData("Thôn nói không với pháo", "Đội xe du lịch an toàn", false)]
    public void SameModel_FoldedNameOrEightyPercentOverlap(string found, string gold, bool expected)
    {
        Assert.Equal(expected, GoldScorer.SameModel(found, gold));
    }

    [Fact]
    public void MacroF1_IsMeanOfFourKinds()
    {
        var gold = Gold(dates: ["2020"], models: ["Thôn nói không với pháo"]);
        var analysis = Analysis(c => c.Dates.Add(new DateMention { Text = "năm 2020", Value = "2020", Granularity = DateGranularity.Year, Inferred = false, Span = Nowhere }));

        var report = Evaluator.Evaluate([(gold, analysis)]);

        // dates 1, officials 1 (nothing expected, nothing found), figures 1, models 0.
        Assert.Equal(0.75, report.MacroF1, 6);
    }

    private static GoldArticle Gold(
        IReadOnlyList<string>? dates = null,
        IReadOnlyList<string>? optionalDates = null,
        IReadOnlyList<GoldOfficial>? officials = null,
        IReadOnlyList<GoldFigure>? figures = null,
        IReadOnlyList<double>? optionalFigures = null,
        IReadOnlyList<string>? models = null) =>
        GoldArticle.Empty("x.gold.json") with
        {
            File = "x.txt",
            Title = "Tiêu đề",
            Dates = dates ?? [],
            OptionalDates = optionalDates ?? [],
            Officials = officials ?? [],
            Figures = figures ?? [],
            OptionalFigures = optionalFigures ?? [],
            Models = models ?? [],
        };

    private static ArticleAnalysis Analysis(Action<ExtractionContext> fill)
    {
        var builder = new ArticleBuilder("x.txt") { Title = "Tiêu đề" };
        builder.AddBlock(ArticleBlockKind.Paragraph, "Nội dung.");
        var context = new ExtractionContext(builder.Build().Article!);
        fill(context);
        return new ArticleAnalysis(context);
    }
}
