namespace TextMining.Parsing;

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
