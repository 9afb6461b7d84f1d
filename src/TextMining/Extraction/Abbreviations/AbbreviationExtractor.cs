namespace TextMining.Extraction.Abbreviations;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class AbbreviationExtractor : IExtractionStage
{
    public int Order => StageOrder.Abbreviations;

    public void Run(ExtractionContext context)
    {
    }
}
