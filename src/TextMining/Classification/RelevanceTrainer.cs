using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;

namespace TextMining.Classification;

/// <summary>Precision, recall and AUC of scores at a threshold, and how many of each group were flagged.</summary>
internal sealed record RelevanceEvaluation(
    int Positives,
    int Negatives,
    double Precision,
    double Recall,
    double Auc,
    IReadOnlyDictionary<RelevanceGroup, (int Count, int Flagged)> ByGroup);

/// <summary>A trained model, its threshold, and its numbers on the held-out split.</summary>
internal sealed record RelevanceTrainingResult(
    byte[] Model,
    double Threshold,
    double CrossValidatedF2,
    int TrainCount,
    int HeldOutCount,
    RelevanceEvaluation HeldOut);

/// <summary>
/// Trains the movement relevance model: a fixed, seeded split (30% of every group held out, never used for
/// training or for the threshold), 5-fold cross-validation on the training part to choose the threshold
/// (best F2: recall counts four times precision), then the model trained on the whole training part.
/// </summary>
internal static class RelevanceTrainer
{
    public const int DefaultSeed = 42;

    public const double HeldOutShare = 0.3;

    private const int Folds = 5;

    private const float L1 = 0.1f;

    private const float L2 = 0.1f;

    /// <summary>Trains on <paramref name="examples"/> (each label with its article's <see cref="RelevanceText"/>).</summary>
    /// <exception cref="ArgumentException">There are no positive or no negative examples to train on.</exception>
    public static RelevanceTrainingResult Train(IReadOnlyList<(RelevanceLabel Label, string Text)> examples, int seed, TextWriter? progress = null)
    {
        var (train, heldOut) = Split(examples, seed);
        if (!train.Any(e => e.Label.IsMovement) || train.All(e => e.Label.IsMovement))
        {
            throw new ArgumentException("the training split needs both movement (1) and other (0) articles");
        }

        progress?.WriteLine($"training on {train.Count} articles ({train.Count(e => e.Label.IsMovement)} movement), {heldOut.Count} held out");
        var (threshold, f2) = ChooseThreshold(train, seed, progress);
        progress?.WriteLine(FormattableString.Invariant($"threshold {threshold:0.####} (best F2 {f2:0.###} over {Folds}-fold cross-validation on the training split)"));

        var fitted = Fit(seed, train, threshold);
        using var zip = new MemoryStream();
        fitted.Save(zip, seed);
        var evaluation = Evaluate(heldOut, heldOut.Select(e => fitted.Classifier.Probability(e.Text)).ToArray(), threshold);
        return new RelevanceTrainingResult(zip.ToArray(), threshold, f2, train.Count, heldOut.Count, evaluation);
    }

    /// <summary>Splits each group by a seeded hash of the id: the first 30% of its order is held out.</summary>
    internal static (List<(RelevanceLabel Label, string Text)> Train, List<(RelevanceLabel Label, string Text)> HeldOut) Split(
        IReadOnlyList<(RelevanceLabel Label, string Text)> examples, int seed)
    {
        var train = new List<(RelevanceLabel, string)>();
        var heldOut = new List<(RelevanceLabel, string)>();
        foreach (var group in examples.GroupBy(e => (e.Label.Group, e.Label.IsMovement)))
        {
            var ordered = group.OrderBy(e => Hash(seed, e.Label.Id)).ThenBy(e => e.Label.Id, StringComparer.Ordinal).ToArray();
            var held = (int)Math.Round(ordered.Length * HeldOutShare);
            heldOut.AddRange(ordered.Take(held));
            train.AddRange(ordered.Skip(held));
        }

        train.Sort((a, b) => string.CompareOrdinal(a.Item1.Id, b.Item1.Id));
        heldOut.Sort((a, b) => string.CompareOrdinal(a.Item1.Id, b.Item1.Id));
        return (train, heldOut);
    }

    internal static RelevanceEvaluation Evaluate(IReadOnlyList<(RelevanceLabel Label, string Text)> examples, double[] scores, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        var byGroup = new Dictionary<RelevanceGroup, (int Count, int Flagged)>();
        for (var i = 0; i < examples.Count; i++)
        {
            var label = examples[i].Label;
            var flagged = scores[i] >= threshold;
            tp += label.IsMovement && flagged ? 1 : 0;
            fp += !label.IsMovement && flagged ? 1 : 0;
            fn += label.IsMovement && !flagged ? 1 : 0;
            var (count, flaggedCount) = byGroup.GetValueOrDefault(label.Group);
            byGroup[label.Group] = (count + 1, flaggedCount + (flagged ? 1 : 0));
        }

        var positives = tp + fn;
        return new RelevanceEvaluation(
            positives,
            examples.Count - positives,
            tp + fp == 0 ? double.NaN : (double)tp / (tp + fp),
            positives == 0 ? double.NaN : (double)tp / positives,
            Auc(examples.Select(e => e.Label.IsMovement).ToArray(), scores),
            byGroup);
    }

    /// <summary>The area under the ROC curve: the chance a random positive scores above a random negative (ties count half).</summary>
    internal static double Auc(bool[] labels, double[] scores)
    {
        var positives = scores.Where((_, i) => labels[i]).ToArray();
        var negatives = scores.Where((_, i) => !labels[i]).Order().ToArray();
        if (positives.Length == 0 || negatives.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var p in positives)
        {
            var below = LowerBound(negatives, p);
            var equal = LowerBound(negatives, BitIncrement(p)) - below;
            sum += below + (equal / 2.0);
        }

        return sum / ((double)positives.Length * negatives.Length);

        static double BitIncrement(double x) => Math.BitIncrement(x);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static (double Threshold, double F2) ChooseThreshold(List<(RelevanceLabel Label, string Text)> train, int seed, TextWriter? progress)
    {
        var positives = train.Count(e => e.Label.IsMovement);
        var folds = Math.Min(Folds, Math.Min(positives, train.Count - positives));
        if (folds < 2)
        {
            return (0.5, double.NaN);
        }

        // Stratified folds: positives and negatives each dealt round-robin in a seeded order.
        var fold = new int[train.Count];
        foreach (var isMovement in new[] { true, false })
        {
            var k = 0;
            foreach (var i in Enumerable.Range(0, train.Count).Where(i => train[i].Label.IsMovement == isMovement)
                         .OrderBy(i => Hash(seed + 1, train[i].Label.Id)))
            {
                fold[i] = k++ % folds;
            }
        }

        var scores = new double[train.Count];
        for (var f = 0; f < folds; f++)
        {
            var fitOn = train.Where((_, i) => fold[i] != f).ToList();
            var scoreOn = Enumerable.Range(0, train.Count).Where(i => fold[i] == f).ToArray();
            var classifier = Fit(seed, fitOn, 0.5).Classifier;
            foreach (var i in scoreOn)
            {
                scores[i] = classifier.Probability(train[i].Text);
            }

            progress?.WriteLine($"  fold {f + 1}/{folds} done");
        }

        return BestF2(train.Select(e => e.Label.IsMovement).ToArray(), scores);
    }

    /// <summary>The threshold (one of the positives' scores) with the best F2; ties go to the lower threshold.</summary>
    internal static (double Threshold, double F2) BestF2(bool[] labels, double[] scores)
    {
        var best = (Threshold: 0.5, F2: -1.0);
        foreach (var t in scores.Where((_, i) => labels[i]).Distinct().OrderDescending())
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                var flagged = scores[i] >= t;
                tp += labels[i] && flagged ? 1 : 0;
                fp += !labels[i] && flagged ? 1 : 0;
                fn += labels[i] && !flagged ? 1 : 0;
            }

            var f2 = 5.0 * tp / ((5.0 * tp) + (4.0 * fn) + fp);
            if (f2 >= best.F2)
            {
                best = (t, f2);
            }
        }

        return best;
    }

    /// <summary>Fits the logistic regression on <paramref name="examples"/>, positives weighted to balance the classes.</summary>
    internal static FittedModel Fit(int seed, IReadOnlyList<(RelevanceLabel Label, string Text)> examples, double threshold)
    {
        var ml = new MLContext(seed);
        var positives = Math.Max(1, examples.Count(e => e.Label.IsMovement));
        var positiveWeight = (float)(examples.Count - positives) / positives;
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new RelevanceExample
        {
            Features = FittedModel.Features(e.Text),
            Label = e.Label.IsMovement,
            Weight = e.Label.IsMovement ? positiveWeight : 1f,
        }).ToList());
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(RelevanceExample.Label),
            FeatureColumnName = nameof(RelevanceExample.Features),
            ExampleWeightColumnName = nameof(RelevanceExample.Weight),
            L1Regularization = L1,
            L2Regularization = L2,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        var linear = model.Model.SubModel;
        var platt = model.Model.Calibrator;
        var weights = linear.Weights.ToArray();
        var classifier = new MovementClassifier(weights, linear.Bias, platt.Slope, platt.Offset, threshold);
        return new FittedModel(ml, model, data.Schema, classifier, weights, linear.Bias, platt.Slope, platt.Offset);
    }

    private static ulong Hash(int seed, string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{id}"), hash);
        return BitConverter.ToUInt64(hash);
    }
}

/// <summary>A fitted ML.NET model and the classifier made of its weights.</summary>
internal sealed record FittedModel(
    MLContext Ml,
    BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Model,
    DataViewSchema Schema,
    MovementClassifier Classifier,
    float[] Weights,
    double Bias,
    double Slope,
    double Offset)
{
    /// <summary>The ML.NET feature vector of normalised text (<see cref="RelevanceText"/>).</summary>
    public static VBuffer<float> Features(string text)
    {
        var (indices, values) = RelevanceFeatures.Vector(text);
        return new VBuffer<float>(RelevanceFeatures.Size, values.Length, values, indices);
    }

    /// <summary>Writes the ML.NET model zip with the classifier's settings entry added.</summary>
    public void Save(Stream output, int seed)
    {
        using var buffer = new MemoryStream();
        Ml.Model.Save(Model, Schema, buffer);
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry(MovementClassifier.SettingsEntry, System.IO.Compression.CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            MovementClassifier.WriteSettings(writer, Weights, Bias, Slope, Offset, Classifier.Threshold, seed);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>ML.NET's own probabilities for <paramref name="texts"/> (to check the classifier scores the same).</summary>
    public float[] MlNetProbabilities(IEnumerable<string> texts)
    {
        var data = Ml.Data.LoadFromEnumerable(texts.Select(t => new RelevanceExample { Features = Features(t) }).ToList());
        return Ml.Data.CreateEnumerable<RelevancePrediction>(Model.Transform(data), reuseRowObject: false).Select(p => p.Probability).ToArray();
    }
}
