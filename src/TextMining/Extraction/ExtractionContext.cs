using TextMining.Extraction.Abbreviations;
using TextMining.Extraction.Dates;
using TextMining.Extraction.Documents;
using TextMining.Extraction.Figures;
using TextMining.Extraction.Places;
using TextMining.Extraction.Models;
using TextMining.Extraction.Officials;
using TextMining.Extraction.Organizations;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Extraction;

/// <summary>
/// The mutable working state of one <see cref="TextMiningPipeline.Analyze"/> call. Stages run in order and
/// read what earlier stages found (figures skip numbers inside dates, documents and organisation names).
/// Created per call, never shared between threads.
/// </summary>
internal sealed class ExtractionContext
{
    private string? _matchingKey;
    private string? _folded;
    private TextMining.Text.Token[]? _tokens;
    private (int Dates, int Documents, int Organizations, SpanIndex DatesAndDocuments, SpanIndex OrganizationNames)? _claims;

    public ExtractionContext(Article article) => Article = article;

    public Article Article { get; }

    public string Text => Article.Text;

    /// <summary><see cref="VietnameseText.ToMatchingKey"/> of <see cref="Text"/>, same length, computed once.</summary>
    public string MatchingKey => _matchingKey ??= VietnameseText.ToMatchingKey(Text);

    /// <summary><see cref="VietnameseText.Fold"/> of <see cref="Text"/>, same length, computed once.</summary>
    public string Folded => _folded ??= VietnameseText.Fold(Text);

    /// <summary><see cref="Tokenizer.Tokenize(string)"/> of <see cref="Text"/>, computed once.</summary>
    public TextMining.Text.Token[] Tokens => _tokens ??= Tokenizer.Tokenize(Text);

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
    /// Whether <paramref name="span"/> overlaps a date or a document reference already found, or, when
    /// <paramref name="includeOrganizations"/> is true, an organisation name (<c>Ban Chỉ đạo 138</c>).
    /// </summary>
    /// <param name="span">The candidate's span.</param>
    /// <param name="includeOrganizations">
    /// Whether organisation names claim it too; the figures stage passes false when a counted noun follows the
    /// number, so a greedy organisation match cannot swallow <c>Công an 13 huyện thị</c>.
    /// </param>
    public bool IsClaimed(SourceSpan span, bool includeOrganizations = true)
    {
        // Indexed once per set of findings (stages only add to these lists): a scan of every finding for every
        // candidate number was quadratic in the article's length.
        if (_claims is null || _claims.Value.Dates != Dates.Count || _claims.Value.Documents != Documents.Count || _claims.Value.Organizations != Organizations.Count)
        {
            _claims = (Dates.Count, Documents.Count, Organizations.Count,
                new SpanIndex(Dates.Select(d => d.Span).Concat(Documents.Select(d => d.Span))),
                new SpanIndex(Organizations.Select(o => o.Span)));
        }

        var claims = _claims.Value;
        return claims.DatesAndDocuments.Overlaps(span) || (includeOrganizations && claims.OrganizationNames.Overlaps(span));
    }

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
