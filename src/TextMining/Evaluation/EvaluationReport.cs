namespace TextMining.Evaluation;

/// <summary>The four entity kinds the gold files score.</summary>
public enum ScoredKind
{
    /// <summary>Dates, as sets of values per article (time of day ignored).</summary>
    Dates,

    /// <summary>Officials, matched by diacritic-folded name.</summary>
    Officials,

    /// <summary>Figures, as multisets of values per article.</summary>
    Figures,

    /// <summary>Grassroots models, matched by folded name or 80% word overlap.</summary>
    Models,
}

/// <summary>Counts and scores of one kind, summed over articles (micro).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="TruePositives">Found and in the gold.</param>
/// <param name="FalsePositives">Found but not in the gold (optional values excepted).</param>
/// <param name="FalseNegatives">In the gold but not found.</param>
public sealed record KindScore(ScoredKind Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was found and nothing was expected.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal KindScore Add(KindScore other) =>
        this with
        {
            TruePositives = TruePositives + other.TruePositives,
            FalsePositives = FalsePositives + other.FalsePositives,
            FalseNegatives = FalseNegatives + other.FalseNegatives,
        };
}

/// <summary>What one article got right and wrong for one kind, for people to read.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Score">The article's counts.</param>
/// <param name="Missed">Gold values that were not found.</param>
/// <param name="Extra">Values found that the gold does not list.</param>
public sealed record KindOutcome(ScoredKind Kind, KindScore Score, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra);

/// <summary>The evaluation of one annotated article.</summary>
/// <param name="GoldPath">The gold file.</param>
/// <param name="ArticlePath">The article file.</param>
/// <param name="Outcomes">Per kind.</param>
/// <param name="FieldErrors">Structural fields (title, published, views, authors) that differ from the gold, as <c>field: expected ≠ actual</c>.</param>
/// <param name="Error">Why the article could not be evaluated (unreadable article), else null.</param>
public sealed record ArticleEvaluation(
    string GoldPath,
    string ArticlePath,
    IReadOnlyList<KindOutcome> Outcomes,
    IReadOnlyList<string> FieldErrors,
    string? Error);

/// <summary>
/// The result of <see cref="Evaluator.EvaluateFolder"/>: per-kind micro precision, recall and F1, their macro
/// average, official rank accuracy and position recall among matched officials, and per-article detail.
/// </summary>
public sealed record EvaluationReport
{
    internal EvaluationReport(
        IReadOnlyList<KindScore> kinds,
        double rankAccuracy,
        double positionRecall,
        int matchedOfficials,
        int fieldChecks,
        int fieldErrors,
        IReadOnlyList<ArticleEvaluation> articles)
    {
        Kinds = kinds;
        RankAccuracy = rankAccuracy;
        PositionRecall = positionRecall;
        MatchedOfficials = matchedOfficials;
        FieldChecks = fieldChecks;
        FieldErrorCount = fieldErrors;
        Articles = articles;
    }

    /// <summary>Micro scores per kind, in <see cref="ScoredKind"/> order.</summary>
    public IReadOnlyList<KindScore> Kinds { get; }

    /// <summary>The mean of the four kinds' F1.</summary>
    public double MacroF1 => Kinds.Count == 0 ? 0 : Kinds.Average(k => k.F1);

    /// <summary>Among officials matched by name, the share whose rank equals the gold rank (null included).</summary>
    public double RankAccuracy { get; }

    /// <summary>Among officials matched by name, the share of gold positions found.</summary>
    public double PositionRecall { get; }

    /// <summary>How many officials were matched by name.</summary>
    public int MatchedOfficials { get; }

    /// <summary>How many structural fields (title, published, views, authors) were compared.</summary>
    public int FieldChecks { get; }

    /// <summary>How many of them differed from the gold.</summary>
    public int FieldErrorCount { get; }

    /// <summary>Per-article detail, in file-name order.</summary>
    public IReadOnlyList<ArticleEvaluation> Articles { get; }

    /// <summary>The score of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its micro score.</returns>
    public KindScore this[ScoredKind kind] => Kinds.First(k => k.Kind == kind);
}
