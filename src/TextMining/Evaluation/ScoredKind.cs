namespace TextMining.Evaluation;

/// <summary>The four entity kinds the gold files score.</summary>
public enum ScoredKind
{
    /// <summary>Dates, as sets of values per article (time of day ignored).</summary>
    Dates,

    /// <summary>Officials, matched by diacritic-folded name.</summary>
    Officials,

    /// <summary>Figures, as multisets of values per article.</summary>
    Figures,

    /// <summary>Grassroots models, matched by folded name or 80% word overlap.</summary>
    Models,
}
