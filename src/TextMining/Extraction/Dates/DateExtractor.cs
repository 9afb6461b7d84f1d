namespace TextMining.Extraction.Dates;

/// <summary>Placeholder: replaced by the real extractor.</summary>
internal sealed class DateExtractor : IExtractionStage
{
    public int Order => StageOrder.Dates;

    public void Run(ExtractionContext context)
    {
    }
}
