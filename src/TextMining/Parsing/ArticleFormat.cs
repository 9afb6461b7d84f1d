namespace TextMining.Parsing;

/// <summary>The input formats <see cref="ArticleReader"/> reads.</summary>
public enum ArticleFormat
{
    /// <summary>Decide from the file name and the content.</summary>
    Auto,

    /// <summary>Plain text in the seeds' layout: title, views, dateline, paragraphs, captions, byline.</summary>
    PlainText,

    /// <summary>An HTML page of a news site.</summary>
    Html,

    /// <summary>JSON Lines records <c>{id, source, url, title, author, published, category, body}</c>, plain or gzip.</summary>
    JsonLines,
}
