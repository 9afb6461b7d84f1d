namespace TextMining.Classification;

/// <summary>Scores the article with a <see cref="MovementClassifier"/> (the shipped one unless given).</summary>
internal sealed class MovementRelevanceStage(MovementClassifier? classifier) : IExtractionStage
{
    public ExtractorKind? Kind => ExtractorKind.MovementRelevance;

    public IReadOnlyList<StageDependency> Needs => [];

    // The context's folded text is the article's, folded character by character, so its start is what
    // RelevanceText.Of gives; the later stages need it anyway.
    public void Run(ExtractionContext context) =>
        context.Relevance = (classifier ?? MovementClassifier.Default).Score(context.Folded.AsSpan());
}
