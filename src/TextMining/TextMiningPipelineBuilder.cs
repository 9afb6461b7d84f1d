namespace TextMining;

/// <summary>
/// Configures which extractors a <see cref="TextMiningPipeline"/> runs. A stage that reads another's findings
/// brings it along (<c>UseFigures()</c> alone also runs dates, documents and organisations). Mutable; <see cref="Build"/> returns a
/// frozen pipeline that is safe to share between threads.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new TextMiningPipelineBuilder().UseDates().UseOfficials().UseFigures().Build();
/// ArticleAnalysis analysis = pipeline.Analyze(article);
/// </code>
/// </example>
public sealed class TextMiningPipelineBuilder
{
    private readonly List<IExtractionStage> _stages = [];

    /// <summary>Adds <paramref name="stage"/> unless a stage of the same type is already there.</summary>
    internal TextMiningPipelineBuilder Add(IExtractionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (!_stages.Exists(s => s.GetType() == stage.GetType()))
        {
            _stages.Add(stage);
        }

        return this;
    }

    /// <summary>Adds <paramref name="stage"/>, replacing a stage of the same type.</summary>
    internal TextMiningPipelineBuilder Replace(IExtractionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.RemoveAll(s => s.GetType() == stage.GetType());
        _stages.Add(stage);
        return this;
    }

    /// <summary>Whether a stage of type <typeparamref name="T"/> was added.</summary>
    internal bool Contains<T>() where T : IExtractionStage => _stages.Exists(s => s is T);

    /// <summary>
    /// Returns a frozen pipeline running the stages added so far and every stage they need (figures need dates,
    /// documents and organisations; dates need documents; officials need places), each after what it needs;
    /// stages that need nothing of each other run in the order they were added.
    /// </summary>
    /// <returns>The pipeline.</returns>
    public TextMiningPipeline Build() => new(StageGraph.Complete(_stages));
}
