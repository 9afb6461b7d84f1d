using TextMining.Evaluation;

namespace TextMining.Tests.Evaluation;

/// <summary>
/// The quality bar on the 52 real movement articles of <c>Assets/web-gold</c> (dev and held out together, issue 11):
/// models F1 ≥ 0.90 and macro-F1 ≥ 0.95 over the whole set.
/// </summary>
public sealed class WebGoldThresholdTests
{
    private static readonly Lazy<EvaluationReport> Whole = new(() => Evaluator.EvaluateFolder(Path.Combine(RepoPaths.Assets, "web-gold")));

    [SharedFact]
    public void EvaluateFolder_WebGold_ModelsF1AtLeast090()
    {
        var report = Whole.Value;

        Assert.Equal(52, report.Articles.Count);
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        var models = report[ScoredKind.Models];
        Assert.True(models.F1 >= 0.90, $"models P {models.Precision:F3} R {models.Recall:F3} F1 {models.F1:F3} (TP {models.TruePositives} FP {models.FalsePositives} FN {models.FalseNegatives})");
    }

    [SharedFact]
    public void EvaluateFolder_WebGold_MacroF1AtLeast095()
    {
        var report = Whole.Value;

        Assert.Equal(52, report.Articles.Count);
        Assert.True(report.MacroF1 >= 0.95, string.Join("; ", report.Kinds.Select(k => $"{k.Kind} F1 {k.F1:F3}")) + $"; macro {report.MacroF1:F3}");
    }
}
