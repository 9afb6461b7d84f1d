namespace TextMining.Parsing.Html;

/// <summary>Reads one article from an HTML page. (Placeholder until the HTML reader lands.)</summary>
internal static class HtmlArticleParser
{
    public static ArticleReadResult Parse(string html, string source, string? url) =>
        ArticleReadResult.Failure(source, DiagnosticCodes.UnknownFormat, "the HTML reader is not built yet");
}
