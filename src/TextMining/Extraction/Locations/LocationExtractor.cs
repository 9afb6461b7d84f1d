namespace TextMining.Extraction.Locations;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class LocationExtractor : IExtractionStage
{
    public int Order => StageOrder.Locations;

    public void Run(ExtractionContext context)
    {
    }
}
