namespace TextMining.Extraction.Models;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class GrassrootsModelExtractor : IExtractionStage
{
    public int Order => StageOrder.Models;

    public void Run(ExtractionContext context)
    {
    }
}
