using TextMining.Parsing;

namespace TextMining.Tests;

public sealed class PipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void AnalyzeAll_ManyArticles_YieldsResultsInInputOrderEqualToAnalyze(int threads)
    {
        var articles = Enumerable.Range(0, 300).Select(i =>
        {
            var builder = new ArticleBuilder($"a{i}.txt") { Title = $"Hội nghị số {i}" };
            builder.AddBlock(ArticleBlockKind.Paragraph, $"Ngày 2/3/2017, Công an huyện có {i + 1} mô hình và gần {i * 10 + 5} lượt người tham gia.");
            return builder.Build().Article!;
        }).ToList();

        var all = TextMiningPipeline.Default.AnalyzeAll(articles, threads).ToList();

        Assert.Equal(articles.Select(a => a.Id), all.Select(a => a.Article.Id));
        for (var i = 0; i < articles.Count; i++)
        {
            var one = TextMiningPipeline.Default.Analyze(articles[i]);
            Assert.Equal(one.Figures, all[i].Figures);
            Assert.Equal(one.Dates, all[i].Dates);
        }
    }

    [Fact]
    public void AnalyzeAll_IsLazyAndBounded()
    {
        var produced = 0;
        IEnumerable<Article> Endless()
        {
            for (var i = 0; ; i++)
            {
                produced++;
                var builder = new ArticleBuilder("x.txt") { Title = "Tin " + i };
                builder.AddBlock(ArticleBlockKind.Paragraph, "Nội dung.");
                yield return builder.Build().Article!;
            }
        }

        var first = TextMiningPipeline.Default.AnalyzeAll(Endless(), 2).Take(10).ToList();

        Assert.Equal(10, first.Count);
        Assert.True(produced <= 64, $"read {produced} articles ahead for 10 results");
    }

    [Fact]
    public void AnalyzeAll_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TextMiningPipeline.Default.AnalyzeAll(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextMiningPipeline.Default.AnalyzeAll([], 0));
    }
}
