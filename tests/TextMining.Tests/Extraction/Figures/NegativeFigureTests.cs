using TextMining.Extraction.Figures;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Figures;

/// <summary>Negative values keep their sign (issue #9, item 16).</summary>
public sealed class NegativeFigureTests
{
    private static IReadOnlyList<Figure> Figures(string paragraph)
    {
        var article = ArticleReader.ReadPlainText("Tiêu đề\n\n" + paragraph).Article!;
        var figures = TextMiningPipeline.Default.Analyze(article).Figures;
        Assert.All(figures, f => Assert.Equal(f.Text, article.Text.Substring(f.Span.Start, f.Span.Length)));
        return figures;
    }

    [Theory]
    [InlineData("Nhiệt độ ở Sa Pa xuống âm 2 độ C trong đêm.", "âm 2 độ C", -2d)]
    [InlineData("Có nơi âm 1,5 độ C.", "âm 1,5 độ C", -1.5d)]
    [InlineData("Âm 3 độ C là mức thấp nhất.", "Âm 3 độ C", -3d)]
    public void Analyze_MinusWordBeforeNumber_ValueIsNegativeAndMentionHoldsTheWord(string paragraph, string text, double value)
    {
        var figure = Assert.Single(Figures(paragraph), f => f.Unit == "độ C");

        Assert.Equal((text, value), (figure.Text, figure.Value));
    }

    [Theory]
    [InlineData("Tiếng âm 2 lần vang lên và 30 khẩu súng được thu hồi.", "30 khẩu súng")]
    [InlineData("Thu hồi 30 khẩu súng.", "30 khẩu súng")]
    public void Analyze_NoMinusWordRightBefore_ValuesStayPositive(string paragraph, string text)
    {
        var figures = Figures(paragraph);

        Assert.All(figures, f => Assert.True(f.Value > 0 || f.Text.StartsWith("âm", StringComparison.OrdinalIgnoreCase), f.Text));
        Assert.Contains(figures, f => f.Text == text && f.Value == 30);
    }
}
