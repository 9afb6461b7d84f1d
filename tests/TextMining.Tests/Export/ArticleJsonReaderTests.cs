using TextMining.Export;

namespace TextMining.Tests.Export;

public sealed class ArticleJsonReaderTests
{
    [Fact]
    public void Parse_WriterOutput_RoundTripsArticleAndEntities()
    {
        var original = TableExporterTests.Analysis();
        var json = ArticleJsonWriter.ToJson(original);

        var read = ArticleJsonReader.Parse(json);

        Assert.NotNull(read);
        Assert.Equal(json, ArticleJsonWriter.ToJson(read));
        Assert.Equal(original.Article.Blocks, read.Article.Blocks);
        Assert.Equal(original.Officials[0].Mentions, read.Officials[0].Mentions);
        Assert.Contains("\"relevance\":{\"score\":0.9731,\"isMovement\":true}", json, StringComparison.Ordinal);
        Assert.Equal(original.Relevance, read.Relevance);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"x\"}")]
    public void TryParse_NotARecord_ReturnsFalseWithReason(string json)
    {
        Assert.False(ArticleJsonReader.TryParse(json, out var analysis, out var error));
        Assert.Null(analysis);
        Assert.NotNull(error);
    }
}
