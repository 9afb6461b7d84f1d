namespace TextMining.Search;

/// <summary>Which facet counts a search computes over its matching articles.</summary>
[Flags]
public enum SearchFacets
{
    /// <summary>No facets.</summary>
    None = 0,

    /// <summary>The article's year (published, else the first full date in the text).</summary>
    Year = 1,

    /// <summary>Places at province level, where the extraction knows the province.</summary>
    Place = 2,

    /// <summary>Officials by name.</summary>
    Official = 4,

    /// <summary>Officials' ranks.</summary>
    Rank = 8,

    /// <summary>Grassroots models by name.</summary>
    Model = 16,

    /// <summary>
    /// Whether the movement-relevance stage judged the article about the movement: <c>movement</c> or
    /// <c>other</c> (articles indexed without that stage have no topic).
    /// </summary>
    Topic = 32,

    /// <summary>Every facet.</summary>
    All = Year | Place | Official | Rank | Model | Topic,
}

/// <summary>
/// Filters applied on top of the query; each works like the query field of the same name
/// (<c>year:</c>, <c>from:</c>, <c>to:</c>, <c>place:</c>, <c>official:</c>, <c>rank:</c>, <c>model:</c>).
/// </summary>
public sealed record SearchFilters
{
    /// <summary>Only articles of this year.</summary>
    public int? Year { get; init; }

    /// <summary>Only articles dated on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles dated on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only articles naming this place (or a place in this province); words, diacritics optional.</summary>
    public string? Place { get; init; }

    /// <summary>Only articles naming this official; words of the name, diacritics optional.</summary>
    public string? Official { get; init; }

    /// <summary>Only articles with an official of this rank.</summary>
    public string? Rank { get; init; }

    /// <summary>Only articles naming this grassroots model; words of its name.</summary>
    public string? Model { get; init; }

    /// <summary>
    /// Only articles judged about the movement (<see langword="true"/>, like <c>topic:movement</c>) or judged
    /// not about it (<see langword="false"/>, like <c>topic:other</c>).
    /// </summary>
    public bool? Movement { get; init; }
}

/// <summary>How many hits to return, from where, with which filters and facets.</summary>
public sealed record SearchOptions
{
    /// <summary>The largest <see cref="Limit"/> accepted.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The defaults: 10 hits from the first, no filters, no facets.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>How many hits to return, 0 to <see cref="MaxLimit"/>. Default 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>How many of the best hits to skip (for paging). Default 0.</summary>
    public int Offset { get; init; }

    /// <summary>Filters on top of the query, or null.</summary>
    public SearchFilters? Filters { get; init; }

    /// <summary>Which facet counts to compute. Default none.</summary>
    public SearchFacets Facets { get; init; }

    /// <summary>How many values each facet lists, most frequent first. Default 10.</summary>
    public int FacetLimit { get; init; } = 10;
}
