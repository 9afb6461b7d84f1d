using TextMining.Classification;
using TextMining.Parsing;

namespace TextMining.Tests.Classification;

public sealed class MovementClassifierTests
{
    [Fact]
    public void Shipped_model_finds_the_five_seed_articles()
    {
        var seeds = Directory.GetFiles(RepoPaths.Corpus, "00?_*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, seeds.Length);
        foreach (var seed in seeds)
        {
            var article = ArticleReader.ReadFile(seed).Single().Article!;
            var relevance = MovementClassifier.Default.Score(article);
            Assert.True(relevance.IsMovement, $"{seed}: score {relevance.Score}");
        }
    }

    [Fact]
    public void Shipped_model_rejects_other_news_written_for_the_tests()
    {
        // Known miss: the short "mô hình trồng nấm" (a farming model run by a cooperative in a district) scores
        // above the threshold; the other 14 must not. The model is never tuned on these texts.
        var flagged = RelevanceTestData.OtherNews
            .Select(text => (Text: text, Relevance: MovementClassifier.Default.Score(ArticleReader.ReadPlainText(text).Article!)))
            .Where(x => x.Relevance.IsMovement)
            .Select(x => $"{x.Text[..30]} ({x.Relevance.Score})")
            .ToArray();
        Assert.True(flagged.Length <= 1 && flagged.All(f => f.StartsWith("Mô hình trồng nấm", StringComparison.Ordinal)), string.Join("; ", flagged));
    }

    [SharedFact]
    public void Shipped_model_finds_at_least_50_of_the_52_movement_web_articles()
    {
        var path = Path.Combine(RepoPaths.Shared!, "corpus", "movement-web.jsonl.gz");
        var scores = ArticleReader.ReadFile(path).Select(r => MovementClassifier.Default.Score(r.Article!)).ToArray();
        Assert.Equal(52, scores.Length);
        Assert.True(scores.Count(s => s.IsMovement) >= 50, $"{scores.Count(s => s.IsMovement)} of 52 found");
    }

    [SharedFact]
    public void Shipped_model_flags_at_most_2_percent_of_the_first_1000_general_baomoi_articles_not_labelled_movement()
    {
        var movement = LabelledMovementIds();
        var path = Path.Combine(RepoPaths.Shared!, "corpus", "general-baomoi.jsonl.gz");
        var articles = ArticleReader.ReadFile(path).Select(r => r.Article!).Where(a => !movement.Contains(a.Id)).Take(1000).ToArray();
        var flagged = articles.Count(a => MovementClassifier.Default.Score(a).IsMovement);
        Assert.True(flagged <= 20, $"{flagged} of {articles.Length} flagged");
    }

    [Fact]
    public void Scores_are_the_same_from_many_threads()
    {
        var articles = ArticleReader.ReadInputs([RepoPaths.Corpus]).Select(r => r.Article!).ToArray();
        var expected = articles.Select(MovementClassifier.Default.Score).ToArray();
        var parallel = new MovementRelevance[articles.Length];
        Parallel.For(0, articles.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i % articles.Length] = MovementClassifier.Default.Score(articles[i % articles.Length]));
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void Threshold_of_the_shipped_model_is_a_probability()
    {
        Assert.InRange(MovementClassifier.Default.Threshold, 0.0001, 0.9999);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_clear_InvalidDataException()
    {
        var path = Path.Combine(Path.GetTempPath(), "tm-not-a-model-" + Guid.NewGuid().ToString("N") + ".zip");
        File.WriteAllText(path, "not a zip");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => MovementClassifier.Load(path));
            Assert.Contains("not a relevance model", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static HashSet<string> LabelledMovementIds()
    {
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "data", "relevance", "labels.tsv"));
        return RelevanceLabels.Read(reader).Where(l => l.IsMovement).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
    }
}
