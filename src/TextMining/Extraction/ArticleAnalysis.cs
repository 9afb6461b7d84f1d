using TextMining.Classification;

namespace TextMining.Extraction;

/// <summary>
/// Everything a <see cref="TextMiningPipeline"/> found in one article. Immutable; every span indexes
/// <see cref="Article.Text"/>. Lists are in text order and never null.
/// </summary>
public sealed record ArticleAnalysis
{
    internal ArticleAnalysis(ExtractionContext context)
    {
        Article = context.Article;
        Dates = InTextOrder(context.Dates, d => d.Span.Start);
        Officials = InTextOrder(context.Officials, o => o.Span.Start);
        Figures = InTextOrder(context.Figures, f => f.Span.Start);
        Models = InTextOrder(context.Models, m => m.Span.Start);
        Documents = InTextOrder(context.Documents, d => d.Span.Start);
        Places = InTextOrder(context.Places, l => l.Span.Start);
        Organizations = InTextOrder(context.Organizations, o => o.Span.Start);
        Abbreviations = InTextOrder(context.Abbreviations, a => a.Span.Start);
        Diagnostics = context.Diagnostics.ToArray();
        Relevance = context.Relevance;
    }

    /// <summary>
    /// The items sorted stably by <paramref name="start"/>: copied as they are when a stage already added them in text
    /// order, as most do, without sorting.
    /// </summary>
    private static T[] InTextOrder<T>(List<T> items, Func<T, int> start)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (start(items[i]) < start(items[i - 1]))
            {
                return [.. items.OrderBy(start)];
            }
        }

        return [.. items];
    }

    /// <summary>The article analysed.</summary>
    public Article Article { get; }

    /// <summary>
    /// Whether the article is about the movement (score 0–1 and yes/no at the model's threshold), or null when the
    /// pipeline has no relevance stage (see <c>UseMovementRelevance</c>).
    /// </summary>
    public MovementRelevance? Relevance { get; }

    /// <summary>Calendar references.</summary>
    public IReadOnlyList<DateMention> Dates { get; }

    /// <summary>Named officials, one per person.</summary>
    public IReadOnlyList<Official> Officials { get; }

    /// <summary>Counted or measured quantities; each mention is one figure.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>Named grassroots models, one per distinct model.</summary>
    public IReadOnlyList<GrassrootsModel> Models { get; }

    /// <summary>References to legal and Party documents.</summary>
    public IReadOnlyList<DocumentReference> Documents { get; }

    /// <summary>Administrative places.</summary>
    public IReadOnlyList<PlaceMention> Places { get; }

    /// <summary>Organisations.</summary>
    public IReadOnlyList<OrganizationMention> Organizations { get; }

    /// <summary>Abbreviations with their expansions.</summary>
    public IReadOnlyList<AbbreviationMention> Abbreviations { get; }

    /// <summary>Anything odd met while extracting (for example a work limit reached on pathological input).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
