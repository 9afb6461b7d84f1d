using TextMining.Export;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Extraction.Places;
using TextMining.Text;

namespace TextMining.Search;

/// <summary>The analysed search fields of one article, each as space-separated terms.</summary>
/// <remarks>Built by <see cref="IndexDocument.AnalyzeFields"/> only, so the same input always gives the same fields.</remarks>
internal sealed record AnalyzedFields(
    string TitleExact,
    string TitleFolded,
    string BodyExact,
    string BodyFolded,
    string Aliases,
    string OfficialExact,
    string OfficialFolded,
    string RankExact,
    string RankFolded,
    string ModelExact,
    string ModelFolded,
    string PlaceExact,
    string PlaceFolded,
    string Year);

/// <summary>An official as the index stores it.</summary>
internal sealed record IndexedOfficial(string Name, string? Rank, string? Honorific, string Positions, int Start, int Length);

/// <summary>A grassroots model as the index stores it.</summary>
internal sealed record IndexedModel(string Name, string? Location, int Start, int Length);

/// <summary>A place as the index stores it; <see cref="Province"/> is the facet value (province level).</summary>
internal sealed record IndexedPlace(string Text, string Name, string Level, string? Province, int Start, int Length);

/// <summary>
/// One article prepared for a backend: metadata, canonical text, extracted entities and analysed fields.
/// Backend-neutral: a backend decides how to store it.
/// </summary>
internal sealed class IndexDocument
{
    private string? _analysisJson;

    private IndexDocument(ArticleAnalysis analysis, string hash)
    {
        Analysis = analysis;
        Hash = hash;
        Date = ArticleFacts.Date(analysis);
        Year = ArticleFacts.Year(analysis);
        Officials = analysis.Officials
            .Select(o => new IndexedOfficial(o.Name, o.Rank, o.Honorific, string.Join("; ", o.Positions), o.Span.Start, o.Span.Length))
            .ToArray();
        Models = analysis.Models.Select(m => new IndexedModel(m.Name, m.Location, m.Span.Start, m.Span.Length)).ToArray();
        Places = analysis.Places
            .Select(l => new IndexedPlace(l.Text, l.Name, AdministrativeLevels.ToWord(l.Level), ArticleFacts.ProvinceOf(l.Name, AdministrativeLevels.ToWord(l.Level), l.Province), l.Span.Start, l.Span.Length))
            .ToArray();
    }

    public ArticleAnalysis Analysis { get; }

    public Article Article => Analysis.Article;

    /// <summary>SHA-256 (hex) of the article and everything stored from its extraction: equal hashes mean nothing to update.</summary>
    public string Hash { get; }

    /// <summary>The article's date as <c>YYYY-MM-DD</c>: the published day, else the first full date in the text.</summary>
    public string? Date { get; }

    /// <summary>The article's year: of <see cref="Date"/>, else of the first year-precise date in the text.</summary>
    public int? Year { get; }

    public IReadOnlyList<IndexedOfficial> Officials { get; }

    /// <summary>
    /// The extraction as JSON without the text (stored beside it), read back by <see cref="ArticleIndex.ReadAnalyses"/>.
    /// Computed by <see cref="Analyze"/> (in parallel, off the single writer thread) or on first use.
    /// </summary>
    public string AnalysisJson => _analysisJson ??= ArticleJsonWriter.ToJson(Analysis, withText: false);

    public IReadOnlyList<IndexedModel> Models { get; }

    public IReadOnlyList<IndexedPlace> Places { get; }

    /// <summary>Set by <see cref="Analyze"/>; null until then (unchanged articles are never analysed).</summary>
    public AnalyzedFields? Fields { get; private set; }

    /// <summary>Hashes the analysis; cheap enough to decide whether the rest is needed.</summary>
    public static IndexDocument Create(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new IndexDocument(analysis, ComputeHash(analysis));
    }

    /// <summary>Computes <see cref="Fields"/> and <see cref="AnalysisJson"/>.</summary>
    public void Analyze()
    {
        _analysisJson ??= ArticleJsonWriter.ToJson(Analysis, withText: false);
        Fields = AnalyzeFields(
            Article.Title,
            Article.Text,
            Officials.Select(o => o.Name),
            Officials.Select(o => o.Rank),
            Models.Select(m => m.Name),
            Places.SelectMany(p => new[] { p.Name, p.Province }),
            Year);
    }

    /// <summary>
    /// Analyses an article's searchable fields. The one function both indexing and deleting use: a backend
    /// that must repeat the exact values to remove a row (FTS5 contentless tables) rebuilds them from stored data.
    /// </summary>
    public static AnalyzedFields AnalyzeFields(
        string title,
        string text,
        IEnumerable<string> officials,
        IEnumerable<string?> ranks,
        IEnumerable<string> models,
        IEnumerable<string?> places,
        int? year)
    {
        var key = VietnameseText.ToMatchingKey(text);
        var folded = VietnameseText.Fold(text);
        var terms = SearchAnalyzer.Tokenize(text);
        var titleEnd = 0;
        while (titleEnd < terms.Count && terms[titleEnd].End <= title.Length)
        {
            titleEnd++;
        }

        var builder = new StringBuilder(text.Length);
        string Build(string source, int from, int to)
        {
            builder.Clear();
            SearchAnalyzer.AppendTerms(builder, source, terms, from, to);
            return builder.ToString();
        }

        var titleExact = Build(key, 0, titleEnd);
        var titleFolded = Build(folded, 0, titleEnd);
        var bodyExact = Build(key, titleEnd, terms.Count);
        var bodyFolded = Build(folded, titleEnd, terms.Count);
        builder.Clear();
        SearchAnalyzer.AppendAbbreviationAliases(builder, text, folded, terms);
        var aliases = builder.ToString();
        var (officialExact, officialFolded) = Values(officials);
        var (rankExact, rankFolded) = Values(ranks);
        var (modelExact, modelFolded) = Values(models);
        var (placeExact, placeFolded) = Values(places);
        return new AnalyzedFields(
            titleExact,
            titleFolded,
            bodyExact,
            bodyFolded,
            aliases,
            officialExact,
            officialFolded,
            rankExact,
            rankFolded,
            modelExact,
            modelFolded,
            placeExact,
            placeFolded,
            year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
    }

    /// <summary>
    /// Hashes every stored field of the article and its extraction results, in a fixed order with separators
    /// (much cheaper than serialising the extraction JSON, and just as exact).
    /// </summary>
    internal static string ComputeHash(ArticleAnalysis analysis)
    {
        var b = new StringBuilder(analysis.Article.Text.Length + 1024);
        var c = CultureInfo.InvariantCulture;
        void F(object? value) => b.Append(value is IFormattable f ? f.ToString(null, c) : value?.ToString()).Append('\u0001');
        void S(Text.SourceSpan span) => b.Append(span.Start.ToString(c)).Append(':').Append(span.Length.ToString(c)).Append('\u0002');
        var a = analysis.Article;
        F("search-hash-1");
        F(a.Id);
        F(a.Source);
        F(a.Url);
        F(a.Title);
        F(a.SourceTag);
        F(a.PublishedIso);
        F(a.Views);
        F(string.Join('\u0003', a.Authors));
        F(a.Text);
        foreach (var d in analysis.Dates)
        {
            F(d.Text); F(d.Value); F(d.Granularity); F(d.Inferred); S(d.Span);
        }

        b.Append('\u0004');
        foreach (var o in analysis.Officials)
        {
            F(o.Name); F(o.Rank); F(o.Honorific); F(string.Join('\u0003', o.Positions));
            foreach (var m in o.Mentions)
            {
                F(m.Text); S(m.Span);
            }
        }

        b.Append('\u0004');
        foreach (var f in analysis.Figures)
        {
            F(f.Text); F(f.Value.ToString("R", c)); F(f.Total?.ToString("R", c)); F(f.Unit); F(f.Qualifier); S(f.Span);
        }

        b.Append('\u0004');
        foreach (var m in analysis.Models)
        {
            F(m.Name); F(m.Location); F(m.Text); S(m.Span);
        }

        b.Append('\u0004');
        foreach (var d in analysis.Documents)
        {
            F(d.Text); F(d.Name); F(d.Kind); F(d.Number); F(d.IssuerCode); F(d.Date); S(d.Span);
        }

        b.Append('\u0004');
        foreach (var l in analysis.Places)
        {
            F(l.Text); F(l.Name); F(AdministrativeLevels.ToWord(l.Level)); F(l.Province); S(l.Span);
        }

        b.Append('\u0004');
        foreach (var o in analysis.Organizations)
        {
            F(o.Text); F(o.Name); S(o.Span);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(b.ToString())));
    }

    private static (string Exact, string Folded) Values(IEnumerable<string?> values)
    {
        var exact = new StringBuilder();
        var folded = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var (e, f) = SearchAnalyzer.AnalyzeValue(value);
            if (e.Length == 0 || !seen.Add(e))
            {
                continue;
            }

            if (exact.Length > 0)
            {
                exact.Append(' ');
                folded.Append(' ');
            }

            exact.Append(e);
            folded.Append(f);
        }

        return (exact.ToString(), folded.ToString());
    }

}
