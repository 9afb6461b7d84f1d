using TextMining.Extraction;
using TextMining.Parsing;

namespace TextMining;

/// <summary>
/// A frozen, thread-safe set of extractors. Build one with <see cref="TextMiningPipelineBuilder"/>, or use
/// <see cref="Default"/>, and reuse it for every article.
/// </summary>
public sealed class TextMiningPipeline
{
    private readonly IExtractionStage[] _stages;

    internal TextMiningPipeline(IExtractionStage[] stages) => _stages = stages;

    /// <summary>A pipeline with every built-in extractor.</summary>
    public static TextMiningPipeline Default { get; } = new TextMiningPipelineBuilder().UseAllExtractors().Build();

    /// <summary>The names of the extractors this pipeline runs, in order.</summary>
    public IReadOnlyList<string> Extractors => _stages.Select(s => s.GetType().Name).ToArray();

    /// <summary>Runs every extractor over <paramref name="article"/>.</summary>
    /// <param name="article">An article from <see cref="ArticleReader"/>.</param>
    /// <returns>The findings, each with its span in <see cref="Article.Text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new ExtractionContext(article);
        foreach (var stage in _stages)
        {
            try
            {
                stage.Run(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Bad content never throws out of the library: a failing extractor is reported, the others run.
                context.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.ExtractionLimit,
                    $"{stage.GetType().Name} failed on this article: {ex.Message}",
                    DiagnosticSeverity.Warning));
            }
        }

        return new ArticleAnalysis(context);
    }
}
