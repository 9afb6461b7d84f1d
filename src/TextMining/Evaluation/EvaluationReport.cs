namespace TextMining.Evaluation;

/// <summary>Counts and scores of one kind, summed over articles (micro).</summary>
public sealed record KindScore
{
    internal KindScore()
    {
    }

    /// <summary>The kind.</summary>
    public required ScoredKind Kind { get; init; }

    /// <summary>Found and in the gold.</summary>
    public required int TruePositives { get; init; }

    /// <summary>Found but not in the gold (optional values excepted).</summary>
    public required int FalsePositives { get; init; }

    /// <summary>In the gold but not found.</summary>
    public required int FalseNegatives { get; init; }

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
public sealed record KindOutcome
{
    internal KindOutcome()
    {
    }

    /// <summary>The kind.</summary>
    public required ScoredKind Kind { get; init; }

    /// <summary>The article's counts.</summary>
    public required KindScore Score { get; init; }

    /// <summary>Gold values that were not found.</summary>
    public required IReadOnlyList<string> Missed { get; init; }

    /// <summary>Values found that the gold does not list.</summary>
    public required IReadOnlyList<string> Extra { get; init; }

    /// <summary>The outcome of one kind: <paramref name="truePositives"/> matched, <paramref name="missed"/> false negatives, <paramref name="extra"/> false positives.</summary>
    internal static KindOutcome Of(ScoredKind kind, int truePositives, IReadOnlyList<string> missed, IReadOnlyList<string> extra) => new()
    {
        Kind = kind,
        Score = new KindScore { Kind = kind, TruePositives = truePositives, FalsePositives = extra.Count, FalseNegatives = missed.Count },
        Missed = missed,
        Extra = extra,
    };
}

/// <summary>The evaluation of one annotated article.</summary>
public sealed record ArticleEvaluation
{
    internal ArticleEvaluation()
    {
    }

    /// <summary>The gold file.</summary>
    public required string GoldPath { get; init; }

    /// <summary>The article file.</summary>
    public required string ArticlePath { get; init; }

    /// <summary>Per kind.</summary>
    public required IReadOnlyList<KindOutcome> Outcomes { get; init; }

    /// <summary>Structural fields (title, published, views, authors) that differ from the gold, as <c>field: expected ≠ actual</c>.</summary>
    public required IReadOnlyList<string> FieldErrors { get; init; }

    /// <summary>Why the article could not be evaluated (unreadable article), else null.</summary>
    public required string? Error { get; init; }
}

/// <summary>
/// The result of <see cref="Evaluator.EvaluateFolder"/>: per-kind micro precision, recall and F1, their macro
/// average, official rank accuracy and position recall among matched officials, and per-article detail.
/// </summary>
public sealed record EvaluationReport
{
    internal EvaluationReport()
    {
    }

    /// <summary>Micro scores per kind, in <see cref="ScoredKind"/> order.</summary>
    public required IReadOnlyList<KindScore> Kinds { get; init; }

    /// <summary>The mean of the four kinds' F1.</summary>
    public double MacroF1 => Kinds.Count == 0 ? 0 : Kinds.Average(k => k.F1);

    /// <summary>Among officials matched by name, the share whose rank equals the gold rank (null included).</summary>
    public required double RankAccuracy { get; init; }

    /// <summary>Among officials matched by name, the share of gold positions found.</summary>
    public required double PositionRecall { get; init; }

    /// <summary>How many officials were matched by name.</summary>
    public required int MatchedOfficials { get; init; }

    /// <summary>How many structural fields (title, published, views, authors) were compared.</summary>
    public required int FieldChecks { get; init; }

    /// <summary>How many of them differed from the gold.</summary>
    public required int FieldErrorCount { get; init; }

    /// <summary>Per-article detail, in file-name order.</summary>
    public required IReadOnlyList<ArticleEvaluation> Articles { get; init; }

    /// <summary>The score of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its micro score.</returns>
    public KindScore this[ScoredKind kind] => Kinds.First(k => k.Kind == kind);
}
