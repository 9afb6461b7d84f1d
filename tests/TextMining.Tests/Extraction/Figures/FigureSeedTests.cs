using TextMining.Export;
using TextMining.Extraction.Figures;
using Xunit.Abstractions;

namespace TextMining.Tests.Extraction.Figures;

public sealed class FigureSeedTests(ITestOutputHelper output)
{
    [SharedTheory]
    [MemberData(nameof(FigureTestArticles.SeedNames), MemberType = typeof(FigureTestArticles))]
    public void Extract_Seed_ValuesEqualGoldAsMultisets(string seed)
    {
        var shared = RepoPaths.Shared!;
        var article = FigureTestArticles.FromSeed(Path.Combine(shared, "seeds", seed + ".txt"));
        var (gold, optional) = FigureTestArticles.ReadGold(Path.Combine(shared, "gold", seed + ".gold.json"));

        var figures = new FigureExtractor().Extract(article);
        foreach (var f in figures)
        {
            output.WriteLine($"{f.Value}\t{f.Total}\t{f.Unit}\t{ArticleJsonWriter.QualifierName(f.Qualifier)}\t«{f.Text}»");
            Assert.Equal(f.Text, article.Text.Substring(f.Span.Start, f.Span.Length));
        }

        var missing = gold.Select(g => g.Value).ToList();
        var extra = new List<double>();
        foreach (var f in figures)
        {
            if (!missing.Remove(f.Value))
            {
                extra.Add(f.Value);
            }
        }

        Assert.Empty(missing);
        Assert.All(extra, v => Assert.Contains(v, optional));
    }

    [SharedTheory]
    [MemberData(nameof(FigureTestArticles.SeedNames), MemberType = typeof(FigureTestArticles))]
    public void DefaultPipeline_Seed_ValuesEqualGoldWithEarlierStagesClaiming(string seed)
    {
        var shared = RepoPaths.Shared!;
        var article = FigureTestArticles.FromSeed(Path.Combine(shared, "seeds", seed + ".txt"));
        var (gold, optional) = FigureTestArticles.ReadGold(Path.Combine(shared, "gold", seed + ".gold.json"));

        var figures = TextMiningPipeline.Default.Analyze(article).Figures;

        var missing = gold.Select(g => g.Value).ToList();
        var extra = figures.Select(f => f.Value).Where(v => !missing.Remove(v)).ToList();
        Assert.Empty(missing);
        Assert.All(extra, v => Assert.Contains(v, optional));
    }
}
