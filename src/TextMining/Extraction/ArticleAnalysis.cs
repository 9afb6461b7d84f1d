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
        Dates = context.Dates.OrderBy(d => d.Span.Start).ToArray();
        Officials = context.Officials.OrderBy(o => o.Span.Start).ToArray();
        Figures = context.Figures.OrderBy(f => f.Span.Start).ToArray();
        Models = context.Models.OrderBy(m => m.Span.Start).ToArray();
        Documents = context.Documents.OrderBy(d => d.Span.Start).ToArray();
        Places = context.Places.OrderBy(l => l.Span.Start).ToArray();
        Organizations = context.Organizations.OrderBy(o => o.Span.Start).ToArray();
        Abbreviations = context.Abbreviations.OrderBy(a => a.Span.Start).ToArray();
        Diagnostics = context.Diagnostics.ToArray();
        Relevance = context.Relevance;
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
