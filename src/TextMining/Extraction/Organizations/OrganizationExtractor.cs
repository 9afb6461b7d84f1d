namespace TextMining.Extraction.Organizations;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class OrganizationExtractor : IExtractionStage
{
    public int Order => StageOrder.Organizations;

    public void Run(ExtractionContext context)
    {
    }
}
