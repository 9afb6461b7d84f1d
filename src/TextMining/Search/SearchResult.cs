using TextMining.Text;

namespace TextMining.Search;

/// <summary>The answer to a search.</summary>
/// <param name="Total">How many articles match, over all pages.</param>
/// <param name="Hits">The requested page of matches, best first.</param>
/// <param name="Facets">Each facet asked for (one <see cref="SearchFacets"/> value: <see cref="SearchFacets.Year"/>,
/// <see cref="SearchFacets.Place"/>, …) to its values over all matching articles, most frequent first, in the order
/// of <see cref="SearchFacets"/>. The JSON of <c>textmining search --json</c> names them in lower case
/// (<c>year</c>, <c>place</c>, …).</param>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<SearchFacets, IReadOnlyList<FacetValue>> Facets);

/// <summary>One matching article.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Source">Where it was read from.</param>
/// <param name="Url">Its URL, when known.</param>
/// <param name="Published">Its publication date as the extraction JSON writes it, when known.</param>
/// <param name="Date">The date the index files it under (<c>YYYY-MM-DD</c>): published, else the first full date in the text.</param>
/// <param name="Score">Relevance, higher is better (BM25 with exact-diacritic matches weighted above folded ones).</param>
/// <param name="Snippet">A passage of the text around the matches, with the matches marked.</param>
/// <param name="MatchedEntities">The extracted officials, models and places that the query matched.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    string? Source,
    string? Url,
    string? Published,
    string? Date,
    double Score,
    SearchSnippet Snippet,
    IReadOnlyList<MatchedEntity> MatchedEntities);

/// <summary>A passage of an article's text with the query's matches marked.</summary>
/// <param name="Text">The passage, exactly as it stands in <see cref="Article.Text"/>.</param>
/// <param name="Start">Where the passage starts in <see cref="Article.Text"/>.</param>
/// <param name="Highlights">The matches, as spans into the ORIGINAL <see cref="Article.Text"/> (not into the passage).</param>
public sealed record SearchSnippet(string Text, int Start, IReadOnlyList<SourceSpan> Highlights)
{
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

/// <summary>The kinds of extracted entity a search can match.</summary>
public enum MatchedEntityKind
{
    /// <summary>An official (matched by name or rank).</summary>
    Official,

    /// <summary>A grassroots model.</summary>
    Model,

    /// <summary>A place.</summary>
    Place,
}

/// <summary>An extracted entity of a hit that the query matched.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">Its name (an official's name, a model's name, a place's name).</param>
/// <param name="Span">Its (first) mention in <see cref="Article.Text"/>.</param>
public sealed record MatchedEntity(MatchedEntityKind Kind, string Value, SourceSpan Span);

/// <summary>One value of a facet and how many matching articles have it.</summary>
/// <param name="Value">The value (a year, a province, a name, a rank, a model).</param>
/// <param name="Count">How many matching articles have it.</param>
public sealed record FacetValue(string Value, int Count);

/// <summary>What an <see cref="ArticleIndex.Add(IEnumerable{Extraction.ArticleAnalysis}, IProgress{IndexUpdate}?, CancellationToken)"/> call changed.</summary>
/// <param name="Added">Articles new to the index.</param>
/// <param name="Replaced">Articles already there whose text or extraction changed.</param>
/// <param name="Unchanged">Articles already there unchanged (skipped).</param>
public sealed record IndexUpdate(int Added, int Replaced, int Unchanged)
{
    /// <summary>Articles seen.</summary>
    public int Total => Added + Replaced + Unchanged;

    internal IndexUpdate Plus(IndexUpdate other) =>
        new(Added + other.Added, Replaced + other.Replaced, Unchanged + other.Unchanged);
}
