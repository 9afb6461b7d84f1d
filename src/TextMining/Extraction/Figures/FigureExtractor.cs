namespace TextMining.Extraction.Figures;

/// <summary>
/// Finds counted and measured quantities in the body (paragraphs and captions; not the title or dateline):
/// <c>gần 26.000 lượt cán bộ và nhân dân</c>, <c>698 hội nghị/116.869 lượt người</c>, <c>1.069/1.144 khu dân cư</c>,
/// <c>hơn 40 ngàn thành viên</c>, <c>gần 30kg</c>, <c>2,5 tỷ đồng</c>. Dates, times, document numbers, names with
/// numbers, ordinals, list markers and phone numbers are left out, both by what earlier stages claimed and by a
/// light local check of the words around each number. See <c>docs/figures.md</c>.
/// </summary>
internal sealed class FigureExtractor : IExtractionStage
{
    private readonly FigureLexicon _lexicon;

    public FigureExtractor()
        : this(FigureLexicon.Default)
    {
    }

    internal FigureExtractor(FigureLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Numbers inside dates, document references and organisation names are not figures: those stages run first.</summary>
    private static readonly StageDependency[] Dependencies = [StageDependency.On<TextMining.Extraction.Dates.DateExtractor>(), StageDependency.On<TextMining.Extraction.Documents.DocumentExtractor>(), StageDependency.On<TextMining.Extraction.Organizations.OrganizationExtractor>()];

    public ExtractorKind? Kind => ExtractorKind.Figures;

    public IReadOnlyList<StageDependency> Needs => Dependencies;

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        if (!HasBodyCandidate(article))
        {
            return;
        }

        var claims = context.Claims;
        var isClaimed = claims.Any(ClaimPolicy.BlocksFigures)
            ? (span, counted) => claims.IsClaimed(span, counted ? ClaimPolicy.BlocksCountedFigures : ClaimPolicy.BlocksFigures)
            : (Func<SourceSpan, bool, bool>?)null;
        var scanner = new FigureScanner(_lexicon, context.Text, context.MatchingKey, isClaimed, context.Figures);
        foreach (var block in article.Blocks)
        {
            if (block.Kind is ArticleBlockKind.Paragraph or ArticleBlockKind.Caption)
            {
                scanner.ScanBlock(block.Span.Start, block.Span.End);
            }
        }
    }

    /// <summary>Finds the figures of <paramref name="article"/> without a pipeline (no earlier stages' claims).</summary>
    internal IReadOnlyList<Figure> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new ExtractionContext(article);
        Run(context);
        return context.Figures;
    }

    private static bool HasBodyCandidate(Article article)
    {
        foreach (var block in article.Blocks)
        {
            if (block.Kind is ArticleBlockKind.Paragraph or ArticleBlockKind.Caption && block.Text.Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
