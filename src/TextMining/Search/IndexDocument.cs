using TextMining.Export;
using System.Security.Cryptography;

namespace TextMining.Search;

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
    private byte[]? _compressedAnalysis;
    private byte[]? _compressedText;

    private IndexDocument(ArticleAnalysis analysis, string hash)
    {
        Analysis = analysis;
        Hash = hash;
        Date = ArticleFacts.Date(analysis);
        Year = ArticleFacts.Year(analysis);
        Officials = OfficialsOf(analysis);
        Models = ModelsOf(analysis);
        Places = PlacesOf(analysis);
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
    /// The extraction as JSON without the text (stored beside it), Brotli-compressed, read back by
    /// <see cref="ArticleIndex.ReadAnalyses"/>. Computed by <see cref="Compress"/> ahead of the write, or on first use.
    /// </summary>
    public byte[] CompressedAnalysis => _compressedAnalysis ??= CompressAnalysis(Analysis);

    /// <summary>The article text as stored (<see cref="StoredText"/>). Computed by <see cref="Compress"/> ahead of the write, or on first use.</summary>
    public byte[] CompressedText => _compressedText ??= StoredText.Compress(Article.Text);

    public IReadOnlyList<IndexedModel> Models { get; }

    public IReadOnlyList<IndexedPlace> Places { get; }

    /// <summary>How much memory the document costs while a batch is being written, roughly, in UTF-16 units.</summary>
    public long Weight => (Article.Text.Length * 3L) + 1024;

    /// <summary>Hashes the analysis; cheap enough to decide whether the rest is needed.</summary>
    public static IndexDocument Create(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new IndexDocument(analysis, ComputeHash(analysis));
    }

    /// <summary>
    /// Computes <see cref="CompressedText"/> and <see cref="CompressedAnalysis"/>, the costly part of preparing a
    /// document for the writer, so that it can run on another thread while the writer is busy.
    /// </summary>
    public void Compress()
    {
        _ = CompressedText;
        _ = CompressedAnalysis;
    }

    /// <summary>
    /// The extraction JSON compressed from the writer's UTF-8 bytes, which are those of the JSON string when they are
    /// valid UTF-8 (they always are: the writer encodes strings; a lone surrogate would decode to U+FFFD, so then
    /// the string is compressed instead).
    /// </summary>
    private static byte[] CompressAnalysis(ArticleAnalysis analysis) => ArticleJsonWriter.WithUtf8Json(
        analysis,
        withText: false,
        json => System.Text.Unicode.Utf8.IsValid(json.Span) ? StoredText.Compress(json.Span) : StoredText.Compress(Encoding.UTF8.GetString(json.Span)));

    public static IndexedOfficial[] OfficialsOf(ArticleAnalysis analysis) => analysis.Officials
        .Select(o => new IndexedOfficial(o.Name, o.Rank, o.Honorific, string.Join("; ", o.Positions), o.Span.Start, o.Span.Length))
        .ToArray();

    public static IndexedModel[] ModelsOf(ArticleAnalysis analysis) =>
        analysis.Models.Select(m => new IndexedModel(m.Name, m.Location, m.Span.Start, m.Span.Length)).ToArray();

    public static IndexedPlace[] PlacesOf(ArticleAnalysis analysis) => analysis.Places
        .Select(l => new IndexedPlace(l.Text, l.Name, AdministrativeLevels.ToWord(l.Level), ArticleFacts.ProvinceOf(l.Name, AdministrativeLevels.ToWord(l.Level), l.Province), l.Span.Start, l.Span.Length))
        .ToArray();

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
            F(d.Text); F(d.Name); F(DocumentLexicon.ToWord(d.Kind)); F(d.Number); F(d.IssuerCode); F(d.Date); S(d.Span);
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

        return Sha256Hex(b);
    }

    /// <summary>SHA-256 (lower-case hex) of the UTF-8 of <paramref name="text"/>, as of its string, through pooled buffers.</summary>
    private static string Sha256Hex(StringBuilder text)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            text.CopyTo(0, chars, text.Length);
            var length = Encoding.UTF8.GetBytes(chars, 0, text.Length, bytes, 0);
            return Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, length)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }
}
