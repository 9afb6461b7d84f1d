using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Extraction;

public sealed class ArticleAnalysisTests
{
    [Fact]
    public void Lists_AddedInTextOrder_KeepTheirOrder()
    {
        var analysis = Analysis(Date("a", 0), Date("b", 3), Date("c", 3), Date("d", 7));

        Assert.Equal(["a", "b", "c", "d"], analysis.Dates.Select(d => d.Text));
    }

    [Fact]
    public void Lists_AddedOutOfOrder_AreSortedStablyByStart()
    {
        var analysis = Analysis(Date("d", 7), Date("b", 3), Date("a", 0), Date("c", 3));

        Assert.Equal(["a", "b", "c", "d"], analysis.Dates.Select(d => d.Text));
    }

    private static DateMention Date(string text, int start) => new()
    {
        Text = text,
        Value = "2017",
        Granularity = DateGranularity.Year,
        Inferred = false,
        Span = new SourceSpan(start, 1),
    };

    private static ArticleAnalysis Analysis(params DateMention[] dates)
    {
        var builder = new ArticleBuilder("x.txt") { Title = "Tiêu đề" };
        builder.AddBlock(ArticleBlockKind.Paragraph, "Nội dung.");
        var context = new ExtractionContext(builder.Build().Article!);
        context.Dates.AddRange(dates);
        return new ArticleAnalysis(context);
    }
}
