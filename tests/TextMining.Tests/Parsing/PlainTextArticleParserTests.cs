using System.Text;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

public sealed class PlainTextArticleParserTests
{
    private const string Lead = "Ngày 02/3/2017, Huyện Tuyên Hóa tổ chức Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2016. Đồng chí Đại tá Trần Minh Thùy dự.";
    private const string Body = "Báo cáo của Ban chỉ đạo 138 huyện khẳng định phong trào có nhiều chuyển biến. Các mô hình tự quản được nhân rộng.";

    [Fact]
    public void ReadPlainText_Layout_RecoversEveryPart()
    {
        var text = string.Join('\n', "Tiêu đề bài viết", "", "25", "", Lead, "", "Toàn cảnh hội nghị", "", Body, "", "Xuân Hoài – Việt Hùng", ".", ";");

        var article = ArticleReader.ReadPlainText(text).Article!;

        Assert.Equal("Tiêu đề bài viết", article.Title);
        Assert.Equal(25, article.Views);
        Assert.Equal([Lead, Body], article.Paragraphs);
        Assert.Equal(["Toàn cảnh hội nghị"], article.Captions);
        Assert.Equal(["Xuân Hoài", "Việt Hùng"], article.Authors);
        Assert.Equal(Lead, article.Lead);
        Assert.Equal("Tiêu đề bài viết\n\n" + Lead + "\nToàn cảnh hội nghị\n" + Body, article.Text);
    }

    [Fact]
    public void ReadPlainText_LastLineIsASentence_HasNoByline()
    {
        var article = ArticleReader.ReadPlainText("Tiêu đề\n\n" + Lead + "\n\nHội nghị kết thúc lúc 11 giờ cùng ngày.").Article!;

        Assert.Empty(article.Authors);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void ReadPlainText_BylineGluedToLastParagraph_IsCutOffAndRead()
    {
        var last = Body + " Hội nghị thống nhất giảm ít nhất 5% số vụ phạm pháp hình sự so với cùng kỳ.";
        var article = ArticleReader.ReadPlainText("Tiêu đề\n\n" + Lead + "\n\n" + last + " Hoàng Nga\n.\n").Article!;

        Assert.Equal(["Hoàng Nga"], article.Authors);
        Assert.Equal([Lead, last], article.Paragraphs);
        Assert.DoesNotContain("Hoàng Nga", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("cùng kỳ.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPlainText_BylineWithNoteOnItsOwnLine_StripsTheNote()
    {
        var article = ArticleReader.ReadPlainText("Tiêu đề\n\n" + Lead + "\n\nPV: Xin cảm ơn đồng chí!\n\nQuàng Hương (thực hiện)").Article!;

        Assert.Equal(["Quàng Hương"], article.Authors);
        Assert.DoesNotContain("thực hiện", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPlainText_LastParagraphEndsWithOfficial_HasNoByline()
    {
        var last = Body + " Dự hội nghị có Đại tá Nguyễn Văn Hùng";
        var article = ArticleReader.ReadPlainText("Tiêu đề\n\n" + Lead + "\n\n" + last).Article!;

        Assert.Empty(article.Authors);
        Assert.Equal([Lead, last], article.Paragraphs);
    }

    [Fact]
    public void ReadPlainText_Nfd_ComposesAndWarns()
    {
        var text = ("Tiêu đề\n\n" + Lead).Normalize(NormalizationForm.FormD);

        var article = ArticleReader.ReadPlainText(text).Article!;

        Assert.Equal("Tiêu đề", article.Title);
        Assert.Equal(Lead, article.Lead);
        Assert.True(article.Text.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(DiagnosticCodes.NotNormalized, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void ReadPlainText_CrLfAndNbspLines_AreLineEndsAndBlanks()
    {
        var text = "Tiêu đề\r\n\r\n\u00A0\r\n" + Lead + "\r\n\u00A0 \r\n" + Body + "\r\n";

        var article = ArticleReader.ReadPlainText(text).Article!;

        Assert.Equal([Lead, Body], article.Paragraphs);
        Assert.DoesNotContain('\r', article.Text);
    }

    [Fact]
    public void ReadPlainText_ShortPeriodLineFramedByPlaceholders_IsCaption()
    {
        var text = string.Join('\n', "Tiêu đề", "", Lead, "", "\u00A0", "", "Lãnh đạo huyện trao Bằng khen cho tập thể.", "", "\u00A0", "", Body);

        var article = ArticleReader.ReadPlainText(text).Article!;

        Assert.Equal(["Lãnh đạo huyện trao Bằng khen cho tập thể."], article.Captions);
    }

    [Fact]
    public void ReadPlainText_ShortPeriodLineAlone_IsParagraph()
    {
        var text = string.Join('\n', "Tiêu đề", "", Lead, "", "Dịp này, nhiều tập thể đã được khen thưởng.", "", Body);

        var article = ArticleReader.ReadPlainText(text).Article!;

        Assert.Empty(article.Captions);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void ReadPlainText_GroupOfShortLinesOneUnpunctuated_IsCaptionGroup()
    {
        var text = string.Join('\n', "Tiêu đề", "", Lead, "", "Đồng chí Lâm trao Cờ thi đua cho 3 tập thể.", "Đồng chí Hiếu trao Giấy khen cho các cá nhân.", "Đồng chí Lâm phát biểu kết luận", "", Body);

        var article = ArticleReader.ReadPlainText(text).Article!;

        Assert.Equal(3, article.Captions.Count);
        Assert.Equal([Lead, Body], article.Paragraphs);
    }

    [Fact]
    public void ReadPlainText_OneSentencePerLineWithoutBlankLines_KeepsPunctuatedLinesAsParagraphs()
    {
        var text = string.Join('\n', "Tiêu đề", Lead, "Câu thứ hai của bài.", "Chú thích ảnh", "Câu thứ tư của bài.");

        var article = ArticleReader.ReadPlainText(text).Article!;

        Assert.Equal(["Chú thích ảnh"], article.Captions);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void ReadPlainText_LongUnpunctuatedLine_IsParagraph()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("phong trào toàn dân bảo vệ an ninh Tổ quốc", 8));

        var article = ArticleReader.ReadPlainText("Tiêu đề\n\n" + Lead + "\n\n" + longLine).Article!;

        Assert.Empty(article.Captions);
    }

    [Fact]
    public void ReadPlainText_ShortLeadThatLooksLikeADateline_StaysLead()
    {
        var article = ArticleReader.ReadPlainText("Tiêu đề\n\nNgày 02/3/2017, huyện tổ chức hội nghị.\n\n" + Body).Article!;

        Assert.Null(article.Published);
        Assert.Null(article.Dateline);
        Assert.Equal("Ngày 02/3/2017, huyện tổ chức hội nghị.", article.Lead);
    }

    [Fact]
    public void ReadPlainText_TitleOnly_IsAnArticleWithoutBody()
    {
        var article = ArticleReader.ReadPlainText("Chỉ có tiêu đề\n").Article!;

        Assert.Equal("Chỉ có tiêu đề", article.Title);
        Assert.Empty(article.Paragraphs);
        Assert.Null(article.Lead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n\u00A0\n")]
    public void ReadPlainText_EmptyOrWhiteSpace_FailsEmptyInput(string text)
    {
        var result = ArticleReader.ReadPlainText(text);

        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.EmptyInput, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ReadPlainText_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleReader.ReadPlainText(null!));
        Assert.Throws<ArgumentNullException>(() => ArticleReader.ReadPlainText("x", null!));
    }

    [Fact]
    public void ReadPlainText_RandomText_NeverThrows()
    {
        var random = new Random(1234);
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠ .,;:!?()-–—“”\n\n\n\u00A0\t0123456789";
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var result = ArticleReader.ReadPlainText(new string(chars));
            if (result.Article is { } article)
            {
                Assert.All(article.Blocks, b => Assert.Equal(b.Text, article.Text.Substring(b.Span.Start, b.Span.Length)));
            }
        }
    }
}
