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

/// <summary>One block of an article's text, in reading order, with where it sits in <see cref="Article.Text"/>.</summary>
public sealed record ArticleBlock
{
    internal ArticleBlock()
    {
    }

    /// <summary>What the block is.</summary>
    public required ArticleBlockKind Kind { get; init; }

    /// <summary>The block's text (normalised, one line).</summary>
    public required string Text { get; init; }

    /// <summary>Where the block sits in <see cref="Article.Text"/>.</summary>
    public required SourceSpan Span { get; init; }
}
