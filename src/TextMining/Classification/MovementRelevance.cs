namespace TextMining.Classification;

/// <summary>
/// How likely an article is about the movement "toàn dân bảo vệ an ninh Tổ quốc", from
/// <see cref="MovementClassifier"/>.
/// </summary>
/// <param name="Score">The classifier's probability, 0–1.</param>
/// <param name="IsMovement">Whether <paramref name="Score"/> reaches the model's threshold.</param>
public sealed record MovementRelevance(double Score, bool IsMovement);
