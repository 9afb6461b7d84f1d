using TextMining.Classification;
using TextMining.Parsing;

namespace TextMining.Tests.Classification;

public sealed class RelevanceTrainerTests
{
    [Fact]
    public void Same_seed_gives_the_same_threshold_and_scores_and_a_saved_model_scores_as_trained()
    {
        var examples = RelevanceTestData.Examples();
        var first = RelevanceTrainer.Train(examples, seed: 7);
        var second = RelevanceTrainer.Train(examples, seed: 7);
        Assert.Equal(first.Threshold, second.Threshold);
        Assert.Equal(first.HeldOut, second.HeldOut, new EvaluationComparer());

        using var one = new MemoryStream(first.Model);
        using var two = new MemoryStream(second.Model);
        var a = MovementClassifier.Load(one, "first");
        var b = MovementClassifier.Load(two, "second");
        Assert.Equal(first.Threshold, a.Threshold);
        foreach (var (_, text) in examples)
        {
            Assert.Equal(a.Probability(text), b.Probability(text));
        }

        // The movement articles score above the other news on the model trained on them.
        var movement = examples.Where(e => e.Label.IsMovement).Select(e => a.Probability(e.Text)).Min();
        var other = examples.Where(e => !e.Label.IsMovement).Select(e => a.Probability(e.Text)).Max();
        Assert.True(movement > other, $"lowest movement {movement}, highest other {other}");
    }

    [Fact]
    public void Classifier_scores_as_MLNET_scores_the_same_model()
    {
        var examples = RelevanceTestData.Examples();
        var fitted = RelevanceTrainer.Fit(5, examples, 0.5);
        var mlnet = fitted.MlNetProbabilities(examples.Select(e => e.Text));
        for (var i = 0; i < examples.Count; i++)
        {
            Assert.Equal(mlnet[i], fitted.Classifier.RawProbability(examples[i].Text), 5);
        }
    }

    [Fact]
    public void Split_holds_out_30_percent_of_every_group_and_depends_on_the_seed()
    {
        var examples = RelevanceTestData.Examples();
        var (train, heldOut) = RelevanceTrainer.Split(examples, 1);
        Assert.Equal(examples.Count, train.Count + heldOut.Count);
        Assert.Equal((int)Math.Round(examples.Count(e => e.Label.IsMovement) * 0.3), heldOut.Count(e => e.Label.IsMovement));
        Assert.Empty(train.Select(e => e.Label.Id).Intersect(heldOut.Select(e => e.Label.Id)));
        var (_, other) = RelevanceTrainer.Split(examples, 2);
        Assert.NotEqual(heldOut.Select(e => e.Label.Id).Order(), other.Select(e => e.Label.Id).Order());
    }

    [Fact]
    public void Auc_and_best_F2_are_computed_from_ranks()
    {
        bool[] labels = [true, true, false, false, true];
        double[] scores = [0.9, 0.4, 0.5, 0.1, 0.8];
        Assert.Equal(5.0 / 6, RelevanceTrainer.Auc(labels, scores), 6);
        var (threshold, f2) = RelevanceTrainer.BestF2(labels, scores);
        Assert.Equal(0.4, threshold);
        Assert.Equal(15.0 / 16, f2, 6);
    }

    [Fact]
    public void Labels_file_rows_are_checked()
    {
        var labels = RelevanceLabels.Read(new StringReader("# comment\nid\tlabel\tgroup\tref\na1\t1\tmovement\tx\nb2\t0\tcrime\ty\nc3\t0\n"));
        Assert.Equal([new("a1", true, RelevanceGroup.Movement), new("b2", false, RelevanceGroup.Crime), new RelevanceLabel("c3", false, RelevanceGroup.General)], labels);
        Assert.Contains("line 1", Assert.Throws<FormatException>(() => RelevanceLabels.Read(new StringReader("a\tyes\n"))).Message, StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Throws<FormatException>(() => RelevanceLabels.Read(new StringReader("a\t1\na\t0\n"))).Message, StringComparison.Ordinal);
        Assert.Contains("group", Assert.Throws<FormatException>(() => RelevanceLabels.Read(new StringReader("a\t1\tsports\n"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_labels_file_parses_and_has_both_classes()
    {
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "data", "relevance", "labels.tsv"));
        var labels = RelevanceLabels.Read(reader);
        Assert.True(labels.Count(l => l.IsMovement) >= 100);
        Assert.True(labels.Count(l => l.Group == RelevanceGroup.Crime) >= 500);
    }

    private sealed class EvaluationComparer : IEqualityComparer<RelevanceEvaluation>
    {
        public bool Equals(RelevanceEvaluation? x, RelevanceEvaluation? y) =>
            x is not null && y is not null && x.Positives == y.Positives && x.Negatives == y.Negatives
            && x.Precision.Equals(y.Precision) && x.Recall.Equals(y.Recall) && x.Auc.Equals(y.Auc)
            && x.ByGroup.OrderBy(g => g.Key).SequenceEqual(y.ByGroup.OrderBy(g => g.Key));

        public int GetHashCode(RelevanceEvaluation obj) => obj.Positives;
    }
}
