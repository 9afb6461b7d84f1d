namespace TextMining.Search;

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
