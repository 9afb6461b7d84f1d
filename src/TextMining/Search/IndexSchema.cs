namespace TextMining.Search;

/// <summary>
/// One facet: the flag that asks for it, its name in results, the query field that filters on the same values,
/// the searchable values of a document for that field, and the values it is counted by.
/// </summary>
/// <param name="Flag">The <see cref="SearchFacets"/> value that asks for it.</param>
/// <param name="Name">Its name in <see cref="SearchResult.Facets"/> (and the JSON).</param>
/// <param name="Field">The query field (<c>place:</c>, <c>official:</c>, …) that filters on it.</param>
/// <param name="SearchValues">The values the query field searches (analysed text), per document.</param>
/// <param name="FacetValues">The values counted (display form), per document.</param>
/// <param name="NewestFirst">Ties in count are ordered by value, descending (years) instead of ascending.</param>
internal sealed record FacetDefinition(
    SearchFacets Flag,
    string Name,
    SearchField Field,
    Func<IndexDocument, IEnumerable<string?>> SearchValues,
    Func<IndexDocument, IEnumerable<string?>> FacetValues,
    bool NewestFirst = false)
{
    /// <summary>The Lucene field the query field searches.</summary>
    public string SearchField => IndexSchema.FieldOf(Field);

    /// <summary>The sorted-set doc values field the facet is counted from.</summary>
    public string DocValuesField => "facet_" + Name;
}

/// <summary>
/// The Lucene fields of the index and the facets table. Adding a facet (say a topic from a classifier) is one
/// row in <see cref="Facets"/>, a <see cref="SearchFacets"/> value and, to filter on it from a query, a
/// <see cref="SearchField"/> with its query-language name.
/// </summary>
internal static class IndexSchema
{
    /// <summary>The version of this layout, in the commit data; an index of another version must be rebuilt.</summary>
    public const string Version = "lucene-1";

    /// <summary>Commit-data key holding <see cref="Version"/>.</summary>
    public const string VersionKey = "textmining.schema";

    /// <summary>Commit-data key holding the next insertion sequence number.</summary>
    public const string SequenceKey = "textmining.next";

    public const string Id = "id";
    public const string Hash = "hash";
    public const string Sequence = "seq";
    public const string SequenceValues = "seq_dv";
    public const string Title = "title";
    public const string Body = "body";
    public const string Aliases = "alias";
    public const string Year = "year";
    public const string Date = "date";
    public const string DateValues = "date_dv";
    public const string Source = "source";
    public const string Url = "url";
    public const string Published = "published";
    public const string DateText = "date_text";
    public const string Text = "text";
    public const string Analysis = "analysis";

    /// <summary>The officials, models and places of an article in the compact form of <see cref="StoredEntities"/>, read for every hit.</summary>
    public const string Entities = "entities";

    /// <summary>Separates the grouping key from the display value in a facet's doc values.</summary>
    public const char FacetSeparator = '\u0001';

    /// <summary>The name of <paramref name="facet"/> (one facet) in JSON and in Lucene fields: <c>year</c>, <c>place</c>, ….</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facet"/> is not one facet.</exception>
    public static string FacetName(SearchFacets facet) =>
        Facets.FirstOrDefault(f => f.Flag == facet)?.Name ?? throw new ArgumentOutOfRangeException(nameof(facet), facet, "not one facet");

    /// <summary>Every facet: what is counted, and which query field filters on the same thing.</summary>
    public static readonly IReadOnlyList<FacetDefinition> Facets =
    [
        new(SearchFacets.Year, "year", SearchField.Year,
            d => [YearText(d)], d => [YearText(d)], NewestFirst: true),
        new(SearchFacets.Place, "place", SearchField.Place,
            d => d.Places.SelectMany(p => new[] { p.Name, p.Province }), d => d.Places.Select(p => p.Province)),
        new(SearchFacets.Official, "official", SearchField.Official,
            d => d.Officials.Select(o => o.Name), d => d.Officials.Select(o => o.Name)),
        new(SearchFacets.Rank, "rank", SearchField.Rank,
            d => d.Officials.Select(o => o.Rank), d => d.Officials.Select(o => o.Rank)),
        new(SearchFacets.Model, "model", SearchField.Model,
            d => d.Models.Select(m => m.Name), d => d.Models.Select(m => m.Name)),
        new(SearchFacets.Topic, "topic", SearchField.Topic,
            d => [TopicOf(d)], d => [TopicOf(d)]),
    ];

    /// <summary>The <c>topic:</c> value of an article judged about the movement.</summary>
    public const string MovementTopic = "movement";

    /// <summary>The <c>topic:</c> value of an article judged not about the movement.</summary>
    public const string OtherTopic = "other";

    /// <summary>The Lucene field of a query field; <see cref="SearchField.Text"/> is title, body and aliases.</summary>
    public static string FieldOf(SearchField field) => field switch
    {
        SearchField.Title => Title,
        SearchField.Text => Body,
        SearchField.Official => "official",
        SearchField.Rank => "rank",
        SearchField.Model => "model",
        SearchField.Place => "place",
        SearchField.Year => Year,
        SearchField.Topic => "topic",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The grouping key of a facet value: lower case, tone placement unified.</summary>
    public static string FacetKey(string value) => VietnameseText.ToMatchingKey(VietnameseText.Normalize(value));

    /// <summary>Fields searched as one exact keyword (not analysed): <c>year:</c> and <c>topic:</c>.</summary>
    public static bool IsKeyword(SearchField field) => field is SearchField.Year or SearchField.Topic;

    private static string? TopicOf(IndexDocument d) => d.Analysis.Relevance is { } relevance
        ? relevance.IsMovement ? MovementTopic : OtherTopic
        : null;

    private static string? YearText(IndexDocument d) => d.Year?.ToString("D4", CultureInfo.InvariantCulture);
}
