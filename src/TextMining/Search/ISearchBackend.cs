namespace TextMining.Search;

/// <summary>
/// The storage seam of <see cref="ArticleIndex"/>: parsing, analysis, snippets and entity matching stay in the
/// facade; a backend stores prepared documents and answers parsed queries. <see cref="LuceneSearchBackend"/> is
/// the only implementation today.
/// </summary>
internal interface ISearchBackend : IDisposable
{
    /// <summary>How many articles are stored.</summary>
    int Count { get; }

    /// <summary>The stored content hash of each of <paramref name="ids"/> that is present.</summary>
    IReadOnlyDictionary<string, string> GetHashes(IReadOnlyCollection<string> ids);

    /// <summary>
    /// Upserts analysed documents atomically: all of them or none. <paramref name="stored"/> holds the hashes
    /// already in the index of the documents' ids; equal hashes are skipped.
    /// </summary>
    IndexUpdate Write(IEnumerable<IndexDocument> documents, IReadOnlyDictionary<string, string> stored);

    /// <summary>Removes an article and everything extracted from it; false when it was not there.</summary>
    bool Delete(string id);

    /// <summary>Merges the stored articles into one segment and commits.</summary>
    void Compact();

    /// <summary>
    /// One page of stored articles in insertion order after <paramref name="afterKey"/>: their text and their
    /// extraction JSON without the text.
    /// </summary>
    IReadOnlyList<(long Key, string Text, string Analysis)> ReadStored(long afterKey, int count);

    /// <summary>Runs a parsed query.</summary>
    BackendResult Search(ParsedQuery query, SearchOptions options);
}

/// <summary>A hit as a backend returns it, with what the facade needs for snippets and matched entities.</summary>
internal sealed record BackendHit(
    string Id,
    string Title,
    string? Source,
    string? Url,
    string? Published,
    string? Date,
    double Score,
    string Text,
    IReadOnlyList<IndexedOfficial> Officials,
    IReadOnlyList<IndexedModel> Models,
    IReadOnlyList<IndexedPlace> Places);

/// <summary>A backend's answer.</summary>
internal sealed record BackendResult(int Total, IReadOnlyList<BackendHit> Hits, IReadOnlyDictionary<SearchFacets, IReadOnlyList<FacetValue>> Facets);
