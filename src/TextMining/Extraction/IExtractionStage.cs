namespace TextMining.Extraction;

/// <summary>
/// One extractor in a <see cref="TextMiningPipeline"/>. Implementations are stateless and thread-safe:
/// lexicons are loaded once, read-only, and per-call state lives in the <see cref="ExtractionContext"/>.
/// </summary>
internal interface IExtractionStage
{
    /// <summary>Where the stage runs; lower runs first. See <see cref="StageOrder"/>.</summary>
    int Order { get; }

    /// <summary>Adds what the stage finds to <paramref name="context"/>.</summary>
    void Run(ExtractionContext context);
}

/// <summary>The fixed order of the built-in stages: later stages read what earlier ones found.</summary>
internal static class StageOrder
{
    public const int Relevance = 50;
    public const int Abbreviations = 100;
    public const int Organizations = 200;
    public const int Places = 300;
    public const int Documents = 400;
    public const int Dates = 500;
    public const int Officials = 600;
    public const int Models = 700;
    public const int Figures = 800;
}
