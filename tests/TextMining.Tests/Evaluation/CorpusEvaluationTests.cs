using TextMining.Evaluation;

namespace TextMining.Tests.Evaluation;

/// <summary>The quality bar: the pipeline against every hand-annotated article in corpus/ and, when present, real records in ../shared.</summary>
public sealed class CorpusEvaluationTests
{
    [Fact]
    public void EvaluateFolder_Corpus_MacroF1AtLeast095()
    {
        var report = Evaluator.EvaluateFolder(RepoPaths.Corpus);

        Assert.True(report.Articles.Count >= 29, $"corpus/ should hold the 5 seeds and at least 24 authored articles, found {report.Articles.Count}");
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        Assert.True(report.MacroF1 >= 0.95, Describe(report));
    }

    [Theory]
    [InlineData("{\"officials\": [{\"name\": \"\\ud800 A\", \"positions\": []}]}", "not a valid gold file: ")]
    [InlineData("{\"officials\": ", "not a valid gold file: ")]
    [InlineData("null", "the gold file is empty")]
    public void EvaluateFolder_BadGoldFile_ErrorSaysWhyOnce(string gold, string reason)
    {
        using var folder = new Parsing.TempFolder();
        folder.Write("a.txt", "Tiêu đề\n\nNgày 2/3/2024, Công an xã họp.\n");
        var path = folder.Write("a.gold.json", gold);

        var article = Assert.Single(Evaluator.EvaluateFolder(folder.Path).Articles);

        Assert.StartsWith(reason, article.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(path, article.Error!, StringComparison.Ordinal);
        Assert.Equal(path, article.ArticlePath);
    }

    [Fact]
    public void EvaluateFolder_Corpus_StructuralFieldsEqualGold()
    {
        var report = Evaluator.EvaluateFolder(RepoPaths.Corpus);

        Assert.Equal(0, report.FieldErrorCount);
    }

    [SharedFact]
    public void EvaluateFolder_RealSharedRecords_ScoresAreReported()
    {
        var folder = Path.Combine(RepoPaths.Assets, "shared-gold");
        var report = Evaluator.EvaluateFolder(folder);

        Assert.NotEmpty(report.Articles);
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        Assert.True(report.MacroF1 >= 0.80, Describe(report));
    }

    private static string Describe(EvaluationReport report) =>
        $"macro-F1 {report.MacroF1:F3}: " + string.Join(", ", report.Kinds.Select(k => $"{k.Kind} P {k.Precision:F3} R {k.Recall:F3} F1 {k.F1:F3}"))
        + Environment.NewLine
        + string.Join(Environment.NewLine, report.Articles.SelectMany(a => a.Outcomes.SelectMany(o =>
            o.Missed.Select(m => $"{Path.GetFileName(a.ArticlePath)} missed {o.Kind}: {m}")
                .Concat(o.Extra.Select(e => $"{Path.GetFileName(a.ArticlePath)} extra {o.Kind}: {e}")))));
}
