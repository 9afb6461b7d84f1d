using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextMining.Search;
using TextMining.Text;

namespace TextMining.Tests.Search;

/// <summary>Token streams of the index analyser, checked as Lucene checks analysers: terms, offsets, position increments.</summary>
public sealed class VietnameseAnalyzerTests
{
    private static readonly Analyzer Exact = new VietnameseAnalyzer();
    private static readonly Analyzer Aliases = new VietnameseAnalyzer(VietnameseAnalyzer.AnalyzerMode.Aliases);

    [Fact]
    public void ExactAndFolded_RealSentence_NumbersWholeFoldedFormStacked()
    {
        AssertTokens(
            Exact,
            "Huyện Tuyên Hóa có 1.069/1.144 khu dân cư",
            ("huyện", 0, 5, 1), ("huyen", 0, 5, 0), ("tuyên", 6, 11, 1), ("tuyen", 6, 11, 0), ("hóa", 12, 15, 1), ("hoa", 12, 15, 0),
            ("có", 16, 18, 1), ("co", 16, 18, 0), ("1.069", 19, 24, 1), ("1.144", 25, 30, 1), ("khu", 31, 34, 1),
            ("dân", 35, 38, 1), ("dan", 35, 38, 0), ("cư", 39, 41, 1), ("cu", 39, 41, 0));
    }

    [Fact]
    public void ExactAndFolded_OldTonePlacement_IsUnified()
    {
        AssertTokens(Exact, "Thanh Hoá, thuỷ", ("thanh", 0, 5, 1), ("hóa", 6, 9, 1), ("hoa", 6, 9, 0), ("thủy", 11, 15, 1), ("thuy", 11, 15, 0));
    }

    [Fact]
    public void ExactAndFolded_DocumentNumberSplitAndDecimalKept()
    {
        AssertTokens(
            Exact,
            "Chỉ thị số 09-CT/TW, gần 26.000 lượt, 2,5 tỷ đồng",
            ("chỉ", 0, 3, 1), ("chi", 0, 3, 0), ("thị", 4, 7, 1), ("thi", 4, 7, 0), ("số", 8, 10, 1), ("so", 8, 10, 0),
            ("09", 11, 13, 1), ("ct", 14, 16, 1), ("tw", 17, 19, 1), ("gần", 21, 24, 1), ("gan", 21, 24, 0), ("26.000", 25, 31, 1),
            ("lượt", 32, 36, 1), ("luot", 32, 36, 0), ("2,5", 38, 41, 1), ("tỷ", 42, 44, 1), ("ty", 42, 44, 0), ("đồng", 45, 49, 1), ("dong", 45, 49, 0));
    }

    [Fact]
    public void Folded_DropsTheExactForm()
    {
        AssertTokens(new VietnameseAnalyzer(VietnameseAnalyzer.AnalyzerMode.Folded), "Đại tá Đoàn", ("dai", 0, 3, 1), ("ta", 4, 6, 1), ("doan", 7, 11, 1));
    }

    [Fact]
    public void Aliases_AbbreviationGivesItsExpansionAtItsPosition()
    {
        AssertTokens(Aliases, "phong trào bảo vệ ANTQ", ("an", 18, 22, 5), ("ninh", 18, 22, 1), ("to", 18, 22, 1), ("quoc", 18, 22, 1));
    }

    [Fact]
    public void Aliases_ExpansionGivesTheAbbreviation_InAnySpelling()
    {
        AssertTokens(Aliases, "bảo vệ an ninh Tổ quốc", ("bvantq", 0, 22, 1), ("antq", 7, 22, 2));
        AssertTokens(Aliases, "Ủy ban nhân dân tỉnh", ("ubnd", 0, 15, 1));
        AssertTokens(Aliases, "phát triển KT-XH", ("kinh", 11, 16, 3), ("te", 11, 16, 1), ("xa", 11, 16, 1), ("hoi", 11, 16, 1));
    }

    [Fact]
    public void Aliases_OverlappingMatches_ComeInPositionOrder()
    {
        AssertTokens(
            Aliases,
            "ANTQ UBND",
            ("an", 0, 4, 1), ("ninh", 0, 4, 1), ("uy", 5, 9, 0), ("to", 0, 4, 1), ("ban", 5, 9, 0), ("quoc", 0, 4, 1), ("nhan", 5, 9, 0), ("dan", 5, 9, 1));
    }

    [Fact]
    public void Aliases_ExpansionInCapitals_GivesTheAbbreviation()
    {
        AssertTokens(Aliases, "AN NINH TỔ QUỐC", ("antq", 0, 15, 1));
    }

    [Fact]
    public void FirstWordFilter_PassesKeysFirstCharacterAndLength_RejectsOthers()
    {
        var filter = FirstWordFilter.Of(["antq", "ubnd", "an", "đảng"]);
        Assert.True(filter.MayMatch('a', 4));
        Assert.True(filter.MayMatch('a', 2));
        Assert.True(filter.MayMatch('u', 4));
        Assert.True(filter.MayMatch('đ', 4));
        Assert.False(filter.MayMatch('a', 3));
        Assert.False(filter.MayMatch('b', 4));
        Assert.False(filter.MayMatch('đ', 2));
        Assert.True(filter.MayMatch('\u4E2D', 1)); // beyond the table: always looked up
    }

    [Fact]
    public void FirstWordFilter_LongKeys_ShareTheLastLength()
    {
        var filter = FirstWordFilter.Of([new string('x', 70)]);
        Assert.True(filter.MayMatch('x', 70));
        Assert.True(filter.MayMatch('x', 64));
        Assert.False(filter.MayMatch('x', 62));
    }

    [Theory]
    [InlineData("antq là viết tắt")]
    [InlineData("ca sĩ hát một ca")]
    public void Aliases_NoAbbreviation_NoTokens(string text) => AssertTokens(Aliases, text);

    [Fact]
    public void Offsets_PointIntoTheInput()
    {
        var text = VietnameseText.Normalize("Đồng chí Đại tá Trần Minh Thùy, Phó Giám đốc Công an tỉnh Quảng Bình, dự hội nghị ngày 02/3/2017.");
        foreach (var (term, start, end, _) in Tokens(Exact, text))
        {
            Assert.Equal(VietnameseText.Fold(text[start..end]), VietnameseText.Fold(term));
        }
    }

    private static void AssertTokens(Analyzer analyzer, string text, params (string Term, int Start, int End, int Increment)[] expected)
    {
        Assert.Equal(expected, Tokens(analyzer, VietnameseText.Normalize(text)));
    }

    private static List<(string, int, int, int)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
        return tokens;
    }
}
