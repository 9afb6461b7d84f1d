namespace TextMining.Search;

/// <summary>The answer to a search.</summary>
public sealed record SearchResult
{
    internal SearchResult(int total, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<SearchFacets, IReadOnlyList<FacetValue>> facets)
    {
        Total = total;
        Hits = hits;
        Facets = facets;
    }

    /// <summary>How many articles match, over all pages.</summary>
    public int Total { get; init; }

    /// <summary>The requested page of matches, best first.</summary>
    public IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Each facet asked for (one <see cref="SearchFacets"/> value: <see cref="SearchFacets.Year"/>, <see cref="SearchFacets.Place"/>, …) to its values over all matching articles, most frequent first, in the order of <see cref="SearchFacets"/>. The JSON of <c>textmining search --json</c> names them in lower case (<c>year</c>, <c>place</c>, …).</summary>
    public IReadOnlyDictionary<SearchFacets, IReadOnlyList<FacetValue>> Facets { get; init; }
}

/// <summary>One matching article.</summary>
public sealed record SearchHit
{
    internal SearchHit(string id, string title, string? source, string? url, string? published, string? date, double score, SearchSnippet snippet, IReadOnlyList<MatchedEntity> matchedEntities)
    {
        Id = id;
        Title = title;
        Source = source;
        Url = url;
        Published = published;
        Date = date;
        Score = score;
        Snippet = snippet;
        MatchedEntities = matchedEntities;
    }

    /// <summary>The article's id.</summary>
    public string Id { get; init; }

    /// <summary>Its title.</summary>
    public string Title { get; init; }

    /// <summary>Where it was read from.</summary>
    public string? Source { get; init; }

    /// <summary>Its URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Its publication date as the extraction JSON writes it, when known.</summary>
    public string? Published { get; init; }

    /// <summary>The date the index files it under (<c>YYYY-MM-DD</c>): published, else the first full date in the text.</summary>
    public string? Date { get; init; }

    /// <summary>Relevance, higher is better (BM25 with exact-diacritic matches weighted above folded ones).</summary>
    public double Score { get; init; }

    /// <summary>A passage of the text around the matches, with the matches marked.</summary>
    public SearchSnippet Snippet { get; init; }

    /// <summary>The extracted officials, models and places that the query matched.</summary>
    public IReadOnlyList<MatchedEntity> MatchedEntities { get; init; }
}

/// <summary>A passage of an article's text with the query's matches marked.</summary>
public sealed record SearchSnippet
{
    internal SearchSnippet()
    {
    }

    /// <summary>The passage, exactly as it stands in <see cref="Article.Text"/>.</summary>
    public required string Text { get; init; }

    /// <summary>Where the passage starts in <see cref="Article.Text"/>.</summary>
    public required int Start { get; init; }

    /// <summary>The matches, as spans into the ORIGINAL <see cref="Article.Text"/> (not into the passage).</summary>
    public required IReadOnlyList<SourceSpan> Highlights { get; init; }

    /// <summary>The passage with each match wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    /// <param name="open">Put before each match, e.g. <c>[</c> or an ANSI colour code.</param>
    /// <param name="close">Put after each match.</param>
    /// <returns>The marked passage.</returns>
    public string Mark(string open, string close)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(close);
        var builder = new System.Text.StringBuilder(Text.Length + (Highlights.Count * (open.Length + close.Length)));
        var at = 0;
        foreach (var span in Highlights)
        {
            var s = span.Start - Start;
            if (s < at || s + span.Length > Text.Length)
            {
                continue;
            }

            builder.Append(Text, at, s - at).Append(open).Append(Text, s, span.Length).Append(close);
            at = s + span.Length;
        }

        return builder.Append(Text, at, Text.Length - at).ToString();
    }
}

/// <summary>An extracted entity of a hit that the query matched.</summary>
public sealed record MatchedEntity
{
    internal MatchedEntity()
    {
    }

    /// <summary>What it is.</summary>
    public required MatchedEntityKind Kind { get; init; }

    /// <summary>Its name (an official's name, a model's name, a place's name).</summary>
    public required string Value { get; init; }

    /// <summary>Its (first) mention in <see cref="Article.Text"/>.</summary>
    public required SourceSpan Span { get; init; }
}

/// <summary>One value of a facet and how many matching articles have it.</summary>
public sealed record FacetValue
{
    internal FacetValue()
    {
    }

    /// <summary>The value (a year, a province, a name, a rank, a model).</summary>
    public required string Value { get; init; }

    /// <summary>How many matching articles have it.</summary>
    public required int Count { get; init; }
}

/// <summary>What an <see cref="ArticleIndex.Add(IEnumerable{Extraction.ArticleAnalysis}, IProgress{IndexUpdate}?, CancellationToken)"/> call changed.</summary>
public sealed record IndexUpdate
{
    internal IndexUpdate(int added, int replaced, int unchanged)
    {
        Added = added;
        Replaced = replaced;
        Unchanged = unchanged;
    }

    /// <summary>Articles new to the index.</summary>
    public int Added { get; init; }

    /// <summary>Articles already there whose text or extraction changed.</summary>
    public int Replaced { get; init; }

    /// <summary>Articles already there unchanged (skipped).</summary>
    public int Unchanged { get; init; }

    /// <summary>Articles seen.</summary>
    public int Total => Added + Replaced + Unchanged;

    internal IndexUpdate Plus(IndexUpdate other) =>
        new(Added + other.Added, Replaced + other.Replaced, Unchanged + other.Unchanged);
}
