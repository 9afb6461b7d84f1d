using System.Globalization;
using TextMining.Parsing;
using Xunit.Abstractions;

namespace TextMining.Tests.Extraction.Figures;

public sealed class FigureCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// Every annotated article in corpus/ through the plain-text reader and the default pipeline (earlier stages
    /// claim dates, documents and organisations): figure values scored as multisets, optional values ignored,
    /// micro-averaged as the benchmark does.
    /// </summary>
    [Fact]
    public void DefaultPipeline_AnnotatedCorpus_FigureF1AtLeast97Percent()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var golds = Directory.GetFiles(RepoPaths.Corpus, "*.gold.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(golds);
        foreach (var goldPath in golds)
        {
            var textPath = goldPath.Replace(".gold.json", ".txt", StringComparison.Ordinal);
            var article = ArticleReader.ReadPlainText(File.ReadAllText(textPath), textPath).Article!;
            var (gold, optional) = FigureTestArticles.ReadGold(goldPath);
            var missing = gold.Select(g => g.Value).ToList();
            foreach (var figure in TextMiningPipeline.Default.Analyze(article).Figures)
            {
                Assert.Equal(figure.Text, article.Text.Substring(figure.Span.Start, figure.Span.Length));
                if (missing.Remove(figure.Value))
                {
                    truePositives++;
                }
                else if (!optional.Contains(figure.Value))
                {
                    falsePositives++;
                    output.WriteLine($"{Path.GetFileName(textPath)}: extra {figure.Value} «{figure.Text}»");
                }
            }

            falseNegatives += missing.Count;
            foreach (var value in missing)
            {
                output.WriteLine($"{Path.GetFileName(textPath)}: missed {value}");
            }
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{golds.Count} articles: TP {truePositives} FP {falsePositives} FN {falseNegatives} P {precision:F3} R {recall:F3} F1 {f1:F3}"));
        Assert.True(f1 >= 0.97, $"figure F1 {f1:F3}");
    }
}
