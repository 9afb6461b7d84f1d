namespace TextMining.Classification;

/// <summary>Scores the article with a <see cref="MovementClassifier"/> (the shipped one unless given).</summary>
internal sealed class MovementRelevanceStage(MovementClassifier? classifier) : IExtractionStage
{
    public ExtractorKind? Kind => ExtractorKind.MovementRelevance;

    public IReadOnlyList<StageDependency> Needs => [];

    // The features fold as they read: only the start the classifier reads is folded, without a folded copy.
    public void Run(ExtractionContext context) =>
        context.Relevance = (classifier ?? MovementClassifier.Default).Score(context.Text.AsSpan());
}
