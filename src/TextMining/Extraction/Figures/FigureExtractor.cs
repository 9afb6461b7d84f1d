namespace TextMining.Extraction.Figures;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class FigureExtractor : IExtractionStage
{
    public int Order => StageOrder.Figures;

    public void Run(ExtractionContext context)
    {
    }
}
