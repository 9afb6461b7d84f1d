namespace TextMining;

/// <summary>
/// One news article as the readers recover it: metadata, its blocks in reading order, and the canonical
/// <see cref="Text"/> that every extraction span indexes into. Immutable.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is the title, a blank line, then the body blocks (dateline, paragraphs and captions in
/// reading order) one per line. Read articles with <see cref="ArticleReader"/>.
/// </remarks>
public sealed record Article
{
    internal Article(
        string id,
        string? source,
        string? url,
        string title,
        string? sourceTag,
        DateTimeOffset? published,
        bool publishedHasOffset,
        int? views,
        IReadOnlyList<string> authors,
        IReadOnlyList<ArticleBlock> blocks,
        string text,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Id = id;
        Source = source;
        Url = url;
        Title = title;
        SourceTag = sourceTag;
        Published = published;
        PublishedHasOffset = publishedHasOffset;
        Views = views;
        Authors = authors;
        Blocks = blocks;
        Text = text;
        Diagnostics = diagnostics;
        Paragraphs = blocks.Where(b => b.Kind == ArticleBlockKind.Paragraph).Select(b => b.Text).ToArray();
        Captions = blocks.Where(b => b.Kind == ArticleBlockKind.Caption).Select(b => b.Text).ToArray();
        Dateline = blocks.FirstOrDefault(b => b.Kind == ArticleBlockKind.Dateline)?.Text;
    }

    /// <summary>
    /// Stable identifier: 16 hex digits of a SHA-256 of the URL when there is one, else of the normalised title
    /// and body. The same article read twice, from any format, gets the same id.
    /// </summary>
    public string Id { get; }

    /// <summary>Where the article was read from: a path, a URL, or a record's source field.</summary>
    public string? Source { get; }

    /// <summary>The article's URL, when known.</summary>
    public string? Url { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>The agency tag that opens the first paragraph, such as <c>ĐN</c> for <c>(ĐN)-</c>.</summary>
    public string? SourceTag { get; }

    /// <summary>The lead (sapo): the first paragraph, or null when there is none.</summary>
    public string? Lead => Paragraphs.Count > 0 ? Paragraphs[0] : null;

    /// <summary>When the article was published; see <see cref="PublishedHasOffset"/>.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>
    /// Whether the source gave a UTC offset with <see cref="Published"/>; when false the value is a local time
    /// stored with offset zero.
    /// </summary>
    public bool PublishedHasOffset { get; }

    /// <summary>The view count printed with the article, when there is one.</summary>
    public int? Views { get; }

    /// <summary>The authors named in the byline, in order.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The visible dateline line, when there is one (it is part of <see cref="Text"/>).</summary>
    public string? Dateline { get; }

    /// <summary>Body paragraphs in order; the first is the <see cref="Lead"/>.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Photo captions in order.</summary>
    public IReadOnlyList<string> Captions { get; }

    /// <summary>Every block (title, dateline, paragraphs, captions) in reading order with its span in <see cref="Text"/>.</summary>
    public IReadOnlyList<ArticleBlock> Blocks { get; }

    /// <summary>The canonical text every extraction span indexes into.</summary>
    public string Text { get; }

    /// <summary>Anything odd that was tolerated while reading.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The published value as the spec's JSON writes it: ISO 8601, with the offset only when the source gave one.</summary>
    public string? PublishedIso => Published is not { } value
        ? null
        : PublishedHasOffset
            ? value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString(value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
