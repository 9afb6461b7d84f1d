namespace TextMining.Extraction.Officials;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class OfficialExtractor : IExtractionStage
{
    public int Order => StageOrder.Officials;

    public void Run(ExtractionContext context)
    {
    }
}
