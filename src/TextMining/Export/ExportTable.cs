namespace TextMining.Export;

/// <summary>The flat tables <see cref="EntityTables"/> produces; each row carries the article id and a span.</summary>
public enum ExportTable
{
    /// <summary><see cref="ArticleRow"/>: one row per article.</summary>
    Articles,

    /// <summary><see cref="DateRow"/>: one row per date mention.</summary>
    Dates,

    /// <summary><see cref="OfficialRow"/>: one row per person per article.</summary>
    Officials,

    /// <summary><see cref="OfficialMentionRow"/>: one row per mention of an official.</summary>
    Mentions,

    /// <summary><see cref="FigureRow"/>: one row per figure.</summary>
    Figures,

    /// <summary><see cref="ModelRow"/>: one row per grassroots model.</summary>
    Models,

    /// <summary><see cref="DocumentRow"/>: one row per document reference.</summary>
    Documents,

    /// <summary><see cref="PlaceRow"/>: one row per place mention.</summary>
    Places,
}
