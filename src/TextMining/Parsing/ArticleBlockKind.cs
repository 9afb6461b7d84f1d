namespace TextMining.Parsing;

/// <summary>The role of a block of an article's text.</summary>
public enum ArticleBlockKind
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The visible dateline, such as <c>Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)</c>.</summary>
    Dateline,

    /// <summary>A body paragraph; the first one is the lead (sapo).</summary>
    Paragraph,

    /// <summary>A photo caption between paragraphs.</summary>
    Caption,
}
