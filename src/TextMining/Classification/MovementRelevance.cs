namespace TextMining.Classification;

/// <summary>
/// How likely an article is about the movement "toàn dân bảo vệ an ninh Tổ quốc", from
/// <see cref="MovementClassifier"/>.
/// </summary>
public sealed record MovementRelevance
{
    internal MovementRelevance(double score, bool isMovement)
    {
        Score = score;
        IsMovement = isMovement;
    }

    /// <summary>The classifier's probability, 0–1.</summary>
    public double Score { get; init; }

    /// <summary>Whether <see cref="Score"/> reaches the model's threshold.</summary>
    public bool IsMovement { get; init; }
}
