using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

public sealed class LayoutRulesTests
{
    [Theory]
    [InlineData("Xuân Hoài – Việt Hùng", "Xuân Hoài|Việt Hùng")]
    [InlineData("Nhật Quang - Tuyết Mai", "Nhật Quang|Tuyết Mai")]
    [InlineData("Ngô Quang Văn", "Ngô Quang Văn")]
    [InlineData("Việt Hùng", "Việt Hùng")]
    [InlineData("Anh Cường", "Anh Cường")]
    [InlineData("Minh Anh, Thu Hà và Quốc Huy", "Minh Anh|Thu Hà|Quốc Huy")]
    [InlineData("Bài và ảnh: Nguyễn Văn Hải", "Nguyễn Văn Hải")]
    [InlineData("Tin, ảnh: Lê Minh", "Lê Minh")]
    [InlineData("Quàng Hương (thực hiện)", "Quàng Hương")]
    [InlineData("Đỗ Quyên (th)", "Đỗ Quyên")]
    [InlineData("Hồng Hiếu (TTXVN)", "Hồng Hiếu")]
    [InlineData("Minh Khánh (CAND)", "Minh Khánh")]
    [InlineData("Công Danh (tổng hợp theo Sputnik, RIA)", "Công Danh")]
    [InlineData("Theo Nhật Quang", "Nhật Quang")]
    [InlineData("Vũ Dũng/VOV", "Vũ Dũng")]
    [InlineData("Phạm Hà-Hồng Anh/VOV-Trung tâm Tin", "Phạm Hà|Hồng Anh")]
    [InlineData("Bài, ảnh: Hoàng Lê / Theo Trí Thức Trẻ", "Hoàng Lê")]
    [InlineData("Nhóm PV", "Nhóm PV")]
    [InlineData("Hà Giang", "Hà Giang")]
    public void TryParseByline_Names_SplitsAuthors(string line, string expected)
    {
        Assert.True(LayoutRules.TryParseByline(line, out var authors));
        Assert.Equal(expected.Split('|'), authors);
    }

    [Theory]
    [InlineData("Các đại biểu tham dự hội nghị")]
    [InlineData("Toàn cảnh hội nghị.")]
    [InlineData("Hùng")]
    [InlineData("Theo TTXVN")]
    [InlineData("Nguồn: Báo Công an nhân dân")]
    [InlineData("A Bb Cc Dd Ee")]
    [InlineData("Xuân Hoài – Việt Hùng – Minh Anh – Thu Hà – Quốc Huy")]
    [InlineData("Hội nghị kết thúc lúc 11 giờ cùng ngày.")]
    [InlineData("Đồng Chí Nguyễn Văn 2")]
    [InlineData("Theo Dân Trí")]
    [InlineData("TTXVN/Tin Tức")]
    [InlineData("Nhóm PV Thường trú")]
    [InlineData("Nguyễn Văn Hùng (SN 1990)")]
    [InlineData("PV: Xin cảm ơn đồng chí!")]
    public void TryParseByline_NotNames_ReturnsFalse(string line)
    {
        Assert.False(LayoutRules.TryParseByline(line, out _));
    }

    private const string Paragraph = "Trong 9 tháng, lực lượng Công an đã bắt 12 vụ, 25 đối tượng. Năm tới, tỉnh phấn đấu giảm ít nhất 5% số vụ phạm pháp hình sự so với cùng kỳ.";

    [Theory]
    [InlineData(" Hoàng Nga", "Hoàng Nga")]
    [InlineData(" Hoàng Thủy", "Hoàng Thủy")]
    [InlineData(" Xuân Hoài – Việt Hùng", "Xuân Hoài|Việt Hùng")]
    [InlineData(" Quàng Hương (thực hiện)", "Quàng Hương")]
    [InlineData(" Bài và ảnh: Hải Yến", "Hải Yến")]
    [InlineData(" Theo Nhật Quang", "Nhật Quang")]
    [InlineData(" Nhóm PV", "Nhóm PV")]
    [InlineData(" Trịnh Duy Hưng (TTXVN)", "Trịnh Duy Hưng")]
    [InlineData("/. Thành Lương/VOV-Trung tâm Tin", "Thành Lương")]
    public void TryFindGluedByline_NamesAfterLastSentence_SplitsThemOff(string glued, string expected)
    {
        Assert.True(LayoutRules.TryFindGluedByline(Paragraph + glued, out var head, out var authors));
        Assert.Equal(expected.Split('|'), authors);
        Assert.Equal(glued.StartsWith("/.", StringComparison.Ordinal) ? Paragraph + "/." : Paragraph, head);
    }

    [Fact]
    public void TryFindGluedByline_AfterClosingQuote_KeepsTheQuote()
    {
        var line = "Ông Hùng cho biết thêm. “Chúng tôi sẽ tiếp tục làm rõ vụ việc”. Bá Chiêm";

        Assert.True(LayoutRules.TryFindGluedByline(line, out var head, out var authors));
        Assert.Equal("Ông Hùng cho biết thêm. “Chúng tôi sẽ tiếp tục làm rõ vụ việc”.", head);
        Assert.Equal(["Bá Chiêm"], authors);
    }

    [Theory]
    // A final sentence without its period.
    [InlineData(Paragraph + " Các đại biểu đã thảo luận sôi nổi")]
    [InlineData(Paragraph + " Hội nghị kết thúc lúc 11 giờ cùng ngày")]
    // An official's name ending a sentence, with or without the period.
    [InlineData(Paragraph + " Phát biểu chỉ đạo có Đại tá Nguyễn Văn Hùng")]
    [InlineData(Paragraph + " Dự hội nghị có đồng chí Nguyễn Văn Hùng.")]
    [InlineData(Paragraph + " Đại tá Nguyễn Văn Hùng")]
    [InlineData(Paragraph + " Hồ Văn Sơn, Chủ tịch UBND huyện")]
    // A place after an abbreviation, a place or a publisher as the last words.
    [InlineData(Paragraph + " Hội nghị được tổ chức tại TP. Hồ Chí Minh")]
    [InlineData(Paragraph + " Quảng Ninh")]
    [InlineData(Paragraph + " Theo Dân Trí")]
    [InlineData(Paragraph + " TTXVN/Tin Tức")]
    // Captions: a one-sentence line, a photo credit.
    [InlineData("Đại tá Nguyễn Văn Hùng trao quà cho các hộ nghèo. Thanh Tùng")]
    [InlineData(Paragraph + " Quang cảnh hội nghị. Ảnh: Hoàng Nga")]
    // Digits, a bare period, a single word.
    [InlineData(Paragraph + " Đường dây nóng 113")]
    [InlineData(Paragraph)]
    [InlineData(Paragraph + " Nga")]
    public void TryFindGluedByline_NotAByline_ReturnsFalse(string line)
    {
        Assert.False(LayoutRules.TryFindGluedByline(line, out var head, out var authors));
        Assert.Equal(line, head);
        Assert.Empty(authors);
    }

    [Theory]
    [InlineData("")]
    [InlineData(". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . Aa Bb")]
    [InlineData("(((((((((((((((((((((((((((((((((((((((((((((((((((((((((. Aa Bb (")]
    [InlineData("........................................................ ) Aa Bb)")]
    public void TryFindGluedByline_Garbage_DoesNotThrow(string line)
    {
        _ = LayoutRules.TryFindGluedByline(line, out _, out _);
    }

    [Theory]
    [InlineData("14", 14)]
    [InlineData("1006", 1006)]
    [InlineData("1.006", 1006)]
    [InlineData("12,345", 12345)]
    public void TryParseViews_Number_ReadsIt(string line, int expected)
    {
        Assert.True(LayoutRules.TryParseViews(line, out var views));
        Assert.Equal(expected, views);
    }

    [Theory]
    [InlineData("14 lượt xem")]
    [InlineData("21/04/2017")]
    [InlineData("99999999999")]
    [InlineData(".")]
    public void TryParseViews_NotANumber_ReturnsFalse(string line)
    {
        Assert.False(LayoutRules.TryParseViews(line, out _));
    }

    [Theory]
    [InlineData("(ĐN)- Làm việc với Huyện ủy", "ĐN", "Làm việc với Huyện ủy")]
    [InlineData("(PLO) – Sáng 4-8, Công an", "PLO", "Sáng 4-8, Công an")]
    [InlineData("(Dân trí) - Sáng nay, hội nghị", "Dân trí", "Sáng nay, hội nghị")]
    [InlineData("(CAND) Chiều 5/6, đoàn", "CAND", "Chiều 5/6, đoàn")]
    public void TryStripSourceTag_Tag_SplitsIt(string lead, string tag, string rest)
    {
        Assert.True(LayoutRules.TryStripSourceTag(lead, out var actualTag, out var actualRest));
        Assert.Equal(tag, actualTag);
        Assert.Equal(rest, actualRest);
    }

    [Theory]
    [InlineData("(Ảnh minh họa) Sáng nay, hội nghị")]
    [InlineData("(2017) - Báo cáo")]
    [InlineData("Làm việc với (ĐN)- Huyện ủy")]
    [InlineData("(ĐN)-")]
    public void TryStripSourceTag_NoTag_ReturnsFalse(string lead)
    {
        Assert.False(LayoutRules.TryStripSourceTag(lead, out _, out var rest));
        Assert.Equal(lead, rest);
    }

    [Theory]
    [InlineData("Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)", true)]
    [InlineData("Thứ Sáu, 21/04/2017 - 23:34", true)]
    [InlineData("Ngày 02/3/2017, Huyện Tuyên Hóa tổ chức hội nghị.", false)]
    [InlineData("Toàn cảnh hội nghị", false)]
    public void TryParseDateline_Line_TakesOnlyDatelines(string line, bool expected)
    {
        Assert.Equal(expected, LayoutRules.TryParseDateline(line, out _, out _));
    }

    [Theory]
    [InlineData("Hội nghị kết thúc. Đồng chí Lâm phát biểu.", true)]
    [InlineData("Ông đến TP. Đồng Hới sáng nay.", false)]
    [InlineData("Sáng 4.8, Công an tỉnh họp.", false)]
    [InlineData("Toàn cảnh hội nghị.", false)]
    [InlineData("Kết quả tốt! Mọi người vui.", true)]
    public void HasSentenceBreak_Line_FindsBreaks(string line, bool expected)
    {
        Assert.Equal(expected, LayoutRules.HasSentenceBreak(line));
    }

    [Theory]
    [InlineData("Toàn cảnh hội nghị.", true)]
    [InlineData("Các đại biểu tham dự hội nghị", false)]
    [InlineData("Ông nói: “Tốt.”", true)]
    [InlineData("Như sau:", true)]
    [InlineData("185 hộp pháo…", true)]
    public void EndsWithSentencePunctuation_Line_Judges(string line, bool expected)
    {
        Assert.Equal(expected, LayoutRules.EndsWithSentencePunctuation(line));
    }

    [Theory]
    [InlineData(".", true)]
    [InlineData(";", true)]
    [InlineData("* * *", true)]
    [InlineData("14", false)]
    [InlineData("Hà", false)]
    public void IsJunk_Line_Judges(string line, bool expected)
    {
        Assert.Equal(expected, LayoutRules.IsJunk(line));
    }

    [Theory]
    [InlineData("Bánh lái và các chân vịt của Titanic. Ảnh: Wikipedia", true)]
    [InlineData("Bộ trưởng phát biểu tại tọa đàm (Ảnh: VGP/Huy Thắng)", true)]
    [InlineData("Lực lượng chức năng kiểm tra hiện trường (ảnh minh họa)", true)]
    [InlineData("Ảnh: Thanh Hải", true)]
    [InlineData("Cảnh sát tuần tra. Ảnh minh họa", true)]
    [InlineData("Người dân xếp hàng chụp ảnh", false)]
    [InlineData("Ông cho biết nhiều hình ảnh: tất cả đã được xác minh. Sau đó đoàn rời đi.", false)]
    [InlineData("Ảnh hưởng của bão số 5 rất lớn.", false)]
    public void HasPhotoCredit_Line_Judges(string line, bool expected)
    {
        Assert.Equal(expected, LayoutRules.HasPhotoCredit(line));
    }
}
