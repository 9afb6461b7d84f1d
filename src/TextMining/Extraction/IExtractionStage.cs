namespace TextMining.Extraction;

/// <summary>
/// One extractor in a <see cref="TextMiningPipeline"/>. Implementations are stateless and thread-safe:
/// lexicons are loaded once, read-only, and per-call state lives in the <see cref="ExtractionContext"/>.
/// </summary>
/// <remarks>
/// A stage that reads what another stage found (its list in the context, or its claims in
/// <see cref="ExtractionContext.Claims"/>) says so in <see cref="Needs"/>: the builder then adds that stage when it
/// is missing and runs it first. Stages that need nothing of each other run in the order they were added.
/// </remarks>
internal interface IExtractionStage
{
    /// <summary>Which built-in extractor this is; null for a stage from outside the built-in set (tests).</summary>
    ExtractorKind? Kind { get; }

    /// <summary>The stages whose findings this stage reads; they run before it.</summary>
    IReadOnlyList<StageDependency> Needs { get; }

    /// <summary>Adds what the stage finds to <paramref name="context"/>.</summary>
    void Run(ExtractionContext context);
}

/// <summary>
/// One stage another stage needs: its type, and how to make the default one when the pipeline lacks it (like
/// Markdig's <c>AddIfNotAlready</c>).
/// </summary>
/// <param name="StageType">The stage's type; a stage of exactly this type satisfies the need.</param>
/// <param name="CreateDefault">Makes the stage the builder adds when none of <paramref name="StageType"/> was added.</param>
internal sealed record StageDependency(Type StageType, Func<IExtractionStage> CreateDefault)
{
    /// <summary>A need for a stage of type <typeparamref name="T"/>, made with its parameterless constructor.</summary>
    public static StageDependency On<T>()
        where T : IExtractionStage, new() => new(typeof(T), static () => new T());
}
