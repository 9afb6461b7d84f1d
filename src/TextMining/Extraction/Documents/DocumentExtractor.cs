namespace TextMining.Extraction.Documents;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class DocumentExtractor : IExtractionStage
{
    public int Order => StageOrder.Documents;

    public void Run(ExtractionContext context)
    {
    }
}
