using TextMining.Extraction;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction;

/// <summary>Stages declare what they need: the builder adds it and orders the stages (stable, cycles refused).</summary>
public sealed class StageGraphTests
{
    [Fact]
    public void Default_RunsEveryExtractorInTheOrderAdded()
    {
        Assert.Equal(
            [ExtractorKind.MovementRelevance, ExtractorKind.Abbreviations, ExtractorKind.Organizations, ExtractorKind.Places, ExtractorKind.Documents,
             ExtractorKind.Dates, ExtractorKind.Officials, ExtractorKind.Models, ExtractorKind.Figures],
            TextMiningPipeline.Default.Extractors);
    }

    [Fact]
    public void UseFigures_BringsDatesDocumentsAndOrganizationsFirst()
    {
        Assert.Equal(
            [ExtractorKind.Documents, ExtractorKind.Dates, ExtractorKind.Organizations, ExtractorKind.Figures],
            new TextMiningPipelineBuilder().UseFigures().Build().Extractors);
    }

    [Fact]
    public void UseOfficials_BringsPlacesFirst()
    {
        Assert.Equal([ExtractorKind.Places, ExtractorKind.Officials], new TextMiningPipelineBuilder().UseOfficials().Build().Extractors);
    }

    [Fact]
    public void UseVietnameseDates_BringsDocumentsFirst()
    {
        Assert.Equal([ExtractorKind.Documents, ExtractorKind.Dates], new TextMiningPipelineBuilder().UseVietnameseDates().Build().Extractors);
    }

    [Fact]
    public void IndependentStages_KeepTheOrderTheyWereAddedIn()
    {
        Assert.Equal(
            [ExtractorKind.Models, ExtractorKind.Abbreviations, ExtractorKind.MovementRelevance],
            new TextMiningPipelineBuilder().UseGrassrootsModels().UseAbbreviations().UseMovementRelevance().Build().Extractors);
        Assert.Equal(
            [ExtractorKind.MovementRelevance, ExtractorKind.Abbreviations, ExtractorKind.Models],
            new TextMiningPipelineBuilder().UseMovementRelevance().UseAbbreviations().UseGrassrootsModels().Build().Extractors);
    }

    [Fact]
    public void AStageAddedTwice_RunsOnce_AndANeedAlreadyAddedIsNotAddedAgain()
    {
        var extractors = new TextMiningPipelineBuilder().UseOrganizations().UseFigures().UseFigures().UseVietnameseDates().Build().Extractors;
        Assert.Equal([ExtractorKind.Organizations, ExtractorKind.Documents, ExtractorKind.Dates, ExtractorKind.Figures], extractors);
    }

    [Fact]
    public void Order_PutsEachStageAfterWhatItNeeds_StableOtherwise()
    {
        var c = new ToyC();
        var a = new ToyA();
        var free = new ToyFree();
        Assert.Equal([free, a, c], StageGraph.Order([c, free, a]));
        Assert.Equal([a, free, c], StageGraph.Order([a, free, c]));
    }

    [Fact]
    public void Complete_AddsTheMissingNeedsRecursively()
    {
        var ordered = StageGraph.Complete([new ToyD()]);
        Assert.Equal([typeof(ToyA), typeof(ToyC), typeof(ToyD)], ordered.Select(s => s.GetType()));
    }

    [Fact]
    public void Cycle_IsRefusedWithTheCycleNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StageGraph.Complete([new ToyFree(), new ToyCycleOne()]));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("ToyCycleTwo → ToyCycleOne → ToyCycleTwo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseFigures_Alone_FindsTheFiguresOfTheDefaultPipeline_OnTheCorpus()
    {
        var figuresOnly = new TextMiningPipelineBuilder().UseFigures().Build();
        var articles = ArticleReader.ReadInputs([RepoPaths.Corpus]).Select(r => r.Article).OfType<Article>().ToList();
        Assert.True(articles.Count >= 40, $"only {articles.Count} corpus articles");
        AssertSameFigures(figuresOnly, articles);
    }

    [SharedFact]
    public void UseFigures_Alone_FindsTheFiguresOfTheDefaultPipeline_OnSharedMovementArticles()
    {
        var figuresOnly = new TextMiningPipelineBuilder().UseFigures().Build();
        var inputs = Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus"), "movement-*.jsonl.gz").Order(StringComparer.Ordinal);
        var articles = ArticleReader.ReadInputs(inputs).Select(r => r.Article).OfType<Article>().ToList();
        Assert.True(articles.Count >= 50, $"only {articles.Count} shared movement articles");
        AssertSameFigures(figuresOnly, articles);
    }

    private static void AssertSameFigures(TextMiningPipeline figuresOnly, List<Article> articles)
    {
        var figures = 0;
        foreach (var article in articles)
        {
            var expected = TextMiningPipeline.Default.Analyze(article).Figures;
            Assert.Equal(expected, figuresOnly.Analyze(article).Figures);
            figures += expected.Count;
        }

        Assert.True(figures > 100, $"only {figures} figures: the comparison would prove little");
    }

    private sealed class ToyFree : IExtractionStage
    {
        public ExtractorKind? Kind => null;

        public IReadOnlyList<StageDependency> Needs => [];

        public void Run(ExtractionContext context)
        {
        }
    }

    private sealed class ToyA : IExtractionStage
    {
        public ExtractorKind? Kind => null;

        public IReadOnlyList<StageDependency> Needs => [];

        public void Run(ExtractionContext context)
        {
        }
    }

    private sealed class ToyC : IExtractionStage
    {
        public ExtractorKind? Kind => null;

        public IReadOnlyList<StageDependency> Needs => [StageDependency.On<ToyA>()];

        public void Run(ExtractionContext context)
        {
        }
    }

    private sealed class ToyD : IExtractionStage
    {
        public ExtractorKind? Kind => null;

        public IReadOnlyList<StageDependency> Needs => [StageDependency.On<ToyC>()];

        public void Run(ExtractionContext context)
        {
        }
    }

    private sealed class ToyCycleOne : IExtractionStage
    {
        public ExtractorKind? Kind => null;

        public IReadOnlyList<StageDependency> Needs => [StageDependency.On<ToyCycleTwo>()];

        public void Run(ExtractionContext context)
        {
        }
    }

    private sealed class ToyCycleTwo : IExtractionStage
    {
        public ExtractorKind? Kind => null;

        public IReadOnlyList<StageDependency> Needs => [StageDependency.On<ToyCycleOne>()];

        public void Run(ExtractionContext context)
        {
        }
    }
}
