using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Extraction.Places;
using TextMining.Extraction.Models;
using TextMining.Extraction.Officials;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Search;

/// <summary>Fabricates articles and analyses for index tests (the real extractors are tested elsewhere).</summary>
internal static class SearchTestData
{
    public static Article Article(string title, string body, string? url = null, DateTimeOffset? published = null)
    {
        var builder = new ArticleBuilder("test:" + title) { Title = title, Url = url, Published = published };
        foreach (var paragraph in body.Split('\n'))
        {
            builder.AddBlock(ArticleBlockKind.Paragraph, paragraph);
        }

        Assert.True(builder.Build().TryGetArticle(out var article));
        return article;
    }

    public static ArticleAnalysis Analysis(string title, string body, Action<Fill>? fill = null, string? url = null, DateTimeOffset? published = null)
    {
        var context = new ExtractionContext(Article(title, body, url, published));
        fill?.Invoke(new Fill(context));
        return new ArticleAnalysis(context);
    }

    public static SourceSpan SpanOf(Article article, string text)
    {
        var at = article.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the article");
        return new SourceSpan(at, text.Length);
    }

    /// <summary>Adds extraction results whose spans are found in the article's text.</summary>
    internal sealed class Fill(ExtractionContext context)
    {
        private Article Article => context.Article;

        public Fill Official(string name, string? rank = null, params string[] positions)
        {
            var span = SpanOf(Article, name);
            context.Officials.Add(new Official(name, rank, "Đồng chí", positions, [new OfficialMention(name, span)]));
            return this;
        }

        public Fill Model(string name, string? location = null)
        {
            context.Models.Add(new GrassrootsModel { Name = name, Location = location, Text = name, Span = SpanOf(Article, name) });
            return this;
        }

        public Fill Place(string text, string name, string level, string? province)
        {
            context.Places.Add(new PlaceMention(text, name, AdministrativeLevels.Parse(level), province, SpanOf(Article, text)));
            return this;
        }

        public Fill Date(string text, string value, DateGranularity granularity = DateGranularity.Day)
        {
            context.Dates.Add(new DateMention { Text = text, Value = value, Granularity = granularity, Inferred = false, Span = SpanOf(Article, text) });
            return this;
        }
    }
}
