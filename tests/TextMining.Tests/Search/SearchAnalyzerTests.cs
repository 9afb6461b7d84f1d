using TextMining.Search;
using TextMining.Text;

namespace TextMining.Tests.Search;

public sealed class SearchAnalyzerTests
{
    [Theory]
    [InlineData("Có 1.069/1.144 khu dân cư", "có|1.069|1.144|khu|dân|cư")]
    [InlineData("gần 26.000 lượt, 2,5 triệu", "gần|26.000|lượt|2,5|triệu")]
    [InlineData("năm 2016.Có", "năm|2016|có")]
    [InlineData("Chỉ thị số 09-CT/TW", "chỉ|thị|số|09|ct|tw")]
    [InlineData("“Tổ liên gia”", "tổ|liên|gia")]
    [InlineData("Thanh Hoá, thuỷ", "thanh|hóa|thủy")]
    [InlineData("...; -- !!", "")]
    public void Tokenize_SplitsWordsAndKeepsNumbersWhole(string text, string expected)
    {
        var normalized = VietnameseText.Normalize(text);
        var key = VietnameseText.ToMatchingKey(normalized);
        var terms = SearchAnalyzer.Tokenize(normalized);
        Assert.Equal(expected, string.Join('|', terms.Select(t => key.Substring(t.Start, t.Length))));
    }

    [Fact]
    public void Tokenize_LongRun_IsCut()
    {
        var terms = SearchAnalyzer.Tokenize(new string('a', 5000));
        Assert.Equal(SearchAnalyzer.MaxTermLength, Assert.Single(terms).Length);
    }
}
