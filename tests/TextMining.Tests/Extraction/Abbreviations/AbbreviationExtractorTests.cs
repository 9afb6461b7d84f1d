using TextMining.Extraction.Abbreviations;
using TextMining.Tests.Extraction.Models;

namespace TextMining.Tests.Extraction.Abbreviations;

public sealed class AbbreviationExtractorTests
{
    private static readonly AbbreviationExtractor Extractor = new();

    public static TheoryData<string> LexiconEntries()
    {
        var data = new TheoryData<string>();
        foreach (var key in AbbreviationLexicon.Entries.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [InlineData("Phong trào toàn dân bảo vệ ANTQ năm 2016.", "ANTQ", "an ninh Tổ quốc")]
    [InlineData("Xây dựng phong trào TDBVANTQ năm 2021.", "TDBVANTQ", "toàn dân bảo vệ an ninh Tổ quốc")]
    [InlineData("Trong phong trào toàn dân BVANTQ.", "BVANTQ", "bảo vệ an ninh Tổ quốc")]
    [InlineData("Được Công an tỉnh và UBNDTP khen thưởng.", "UBNDTP", "Ủy ban nhân dân thành phố")]
    [InlineData("Tình hình KT-XH tiếp tục phát triển.", "KT-XH", "kinh tế - xã hội")]
    [InlineData("Thu hồi VKVLN&CCHT trên địa bàn.", "VKVLN&CCHT", "vũ khí, vật liệu nổ và công cụ hỗ trợ")]
    [InlineData("Các tỉnh khu vực ĐBSCL.", "ĐBSCL", "đồng bằng sông Cửu Long")]
    [InlineData("Lực lượng CSGT ra quân.", "CSGT", "Cảnh sát giao thông")]
    [InlineData("CLB gia đình không vi phạm pháp luật.", "CLB", "câu lạc bộ")]
    [InlineData("(ANTT)", "ANTT", "an ninh trật tự")]
    public void Run_Abbreviation_IsFoundWithExpansion(string paragraph, string text, string expansion)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var mention = Assert.Single(TestArticles.Run(article, Extractor).Abbreviations);

        Assert.Equal((text, expansion), (mention.Text, mention.Expansion));
        Assert.Equal(mention.Text, article.Text.Substring(mention.Span.Start, mention.Span.Length));
    }

    [Theory]
    [InlineData("Phong trào toàn dân bảo vệ antq.")]
    [InlineData("Chữ Antt viết sai.")]
    [InlineData("Mã ANTQX không có trong danh mục.")]
    [InlineData("Từ ANTTabc không phải viết tắt.")]
    [InlineData("Tiêu đề VIẾT HOA TOÀN BỘ.")]
    public void Run_NotAWholeUpperCaseWord_FindsNothing(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Abbreviations);
    }

    [Fact]
    public void Run_AbbreviationInsideLongerOne_IsNotReportedTwice()
    {
        var article = TestArticles.Build("Tiêu đề", "TDBVANTQ và BVANTQ và ANTQ; UBND-HĐND; Chỉ thị số 09-CT/TW.");

        var mentions = TestArticles.Run(article, Extractor).Abbreviations;

        Assert.Equal(["TDBVANTQ", "BVANTQ", "ANTQ", "UBND", "HĐND", "CT/TW"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length)));
    }

    [Theory]
    [MemberData(nameof(LexiconEntries))]
    public void Run_EveryLexiconEntry_IsFoundInASentence(string abbreviation)
    {
        var article = TestArticles.Build("Tiêu đề", $"Theo báo cáo của {abbreviation}, tình hình ổn định.");

        var mention = Assert.Single(TestArticles.Run(article, Extractor).Abbreviations);

        Assert.Equal(abbreviation, mention.Text);
        Assert.Equal(AbbreviationLexicon.Entries[abbreviation], mention.Expansion);
    }
}
