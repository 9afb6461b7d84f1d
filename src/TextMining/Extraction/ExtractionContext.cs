namespace TextMining.Extraction;

/// <summary>
/// The mutable working state of one <see cref="TextMiningPipeline.Analyze"/> call. Stages run in order and
/// read what earlier stages found: their lists, and the spans they claimed in <see cref="Claims"/> (figures skip
/// numbers inside dates, documents and organisation names).
/// Created per call, never shared between threads.
/// </summary>
internal sealed class ExtractionContext
{
    private readonly WordRuns? _reusableRuns;
    private string? _matchingKey;
    private TextMining.Text.Token[]? _tokens;
    private WordRuns? _wordRuns;

    public ExtractionContext(Article article)
        : this(article, null)
    {
    }

    /// <summary>
    /// A context whose <see cref="WordRuns"/> fills <paramref name="reusableRuns"/>, runs of an earlier article no
    /// longer read (the pipeline keeps one per thread).
    /// </summary>
    public ExtractionContext(Article article, WordRuns? reusableRuns)
    {
        Article = article;
        _reusableRuns = reusableRuns;
    }

    public Article Article { get; }

    public string Text => Article.Text;

    /// <summary><see cref="VietnameseText.ToMatchingKey"/> of <see cref="Text"/>, same length, computed once.</summary>
    public string MatchingKey => _matchingKey ??= VietnameseText.ToMatchingKey(Text);

    /// <summary><see cref="Tokenizer.Tokenize(string)"/> of <see cref="Text"/>, computed once.</summary>
    public TextMining.Text.Token[] Tokens => _tokens ??= Tokenizer.Tokenize(Text);

    /// <summary><see cref="WordRuns.Of(string)"/> of <see cref="Text"/>, computed once.</summary>
    public WordRuns WordRuns => _wordRuns ??= WordRuns.Of(Text, _reusableRuns);

    public List<DateMention> Dates { get; } = [];

    public List<Official> Officials { get; } = [];

    public List<Figure> Figures { get; } = [];

    public List<GrassrootsModel> Models { get; } = [];

    public List<DocumentReference> Documents { get; } = [];

    public List<PlaceMention> Places { get; } = [];

    public List<OrganizationMention> Organizations { get; } = [];

    public List<AbbreviationMention> Abbreviations { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The movement relevance, when the relevance stage ran.</summary>
    public TextMining.Classification.MovementRelevance? Relevance { get; set; }

    /// <summary>
    /// The spans earlier stages claimed (dates, documents, document numbers, organisation names); a later stage
    /// leaves a candidate alone when a claim of a kind that blocks it overlaps it (<see cref="ClaimPolicy"/>).
    /// </summary>
    public ClaimRegistry Claims { get; } = new();

    /// <summary>The article's block (paragraph, caption, …) that contains <paramref name="offset"/>, or null.</summary>
    public ArticleBlock? BlockAt(int offset)
    {
        // Blocks are in text order and do not overlap: binary search for the first that ends at or after offset
        // (a scan per call was quadratic in the number of blocks).
        var blocks = Article.Blocks;
        int lo = 0, hi = blocks.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (blocks[mid].Span.End < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < blocks.Count && blocks[lo].Span.Start <= offset ? blocks[lo] : null;
    }
}
