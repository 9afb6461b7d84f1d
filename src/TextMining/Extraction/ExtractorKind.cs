namespace TextMining.Extraction;

/// <summary>The built-in extractors of a <see cref="TextMiningPipeline"/> (see <see cref="TextMiningPipeline.Extractors"/>).</summary>
public enum ExtractorKind
{
    /// <summary>The movement relevance score (<c>UseMovementRelevance</c>).</summary>
    MovementRelevance,

    /// <summary>Abbreviations with their expansions (<c>UseAbbreviations</c>).</summary>
    Abbreviations,

    /// <summary>Organisation names (<c>UseOrganizations</c>).</summary>
    Organizations,

    /// <summary>Administrative places (<c>UsePlaces</c>).</summary>
    Places,

    /// <summary>Legal and Party document references (<c>UseDocuments</c>).</summary>
    Documents,

    /// <summary>Calendar references (<c>UseVietnameseDates</c>); needs documents.</summary>
    Dates,

    /// <summary>Named officials (<c>UseOfficials</c>); needs places.</summary>
    Officials,

    /// <summary>Grassroots models (<c>UseGrassrootsModels</c>).</summary>
    Models,

    /// <summary>Counted and measured quantities (<c>UseFigures</c>); needs dates, documents and organisations.</summary>
    Figures,
}
