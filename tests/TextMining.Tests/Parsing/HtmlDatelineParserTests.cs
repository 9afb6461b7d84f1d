using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

/// <summary><see cref="DatelineParser"/> on the datelines and metadata values that HTML pages carry.</summary>
public sealed class HtmlDatelineParserTests
{
    [Theory]
    [InlineData("Chủ nhật, 8/3/2026, 07:10 (GMT+7)", "2026-03-08T07:10:00+07:00", true)]
    [InlineData("Thứ Sáu, 21/04/2017 - 23:34", "2017-04-21T23:34:00+00:00", false)]
    [InlineData("Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)", "2017-04-21T23:34:00+07:00", true)]
    [InlineData("21/04/2017 23:34 GMT+7", "2017-04-21T23:34:00+07:00", true)]
    [InlineData("07/03/2026 08:01 GMT+7", "2026-03-07T08:01:00+07:00", true)]
    [InlineData("Thứ sáu, 2/5/2014 | 08:54 GMT+7", "2014-05-02T08:54:00+07:00", true)]
    [InlineData("07-03-2026 - 00:01 AM", "2026-03-07T00:01:00+00:00", false)]
    [InlineData("07-03-2026 - 12:30 AM", "2026-03-07T00:30:00+00:00", false)]
    [InlineData("07-03-2026 - 01:30 PM", "2026-03-07T13:30:00+00:00", false)]
    [InlineData("Ngày 5 tháng 3 năm 2026", "2026-03-05T00:00:00+00:00", false)]
    [InlineData("Đăng lúc 2026-03-05 08:30", "2026-03-05T08:30:00+00:00", false)]
    public void TryParse_Dateline_ReadsTimeAndOffset(string text, string expected, bool expectedHasOffset)
    {
        Assert.True(DatelineParser.TryParse(text, out var value, out var hasOffset));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expectedHasOffset, hasOffset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hội nghị tổng kết năm 2026")]
    [InlineData("32/13/2026 08:00")]
    [InlineData("30/02/2026")]
    [InlineData("Ngày 5/3")]
    public void TryParse_NoDate_ReturnsFalse(string text)
    {
        Assert.False(DatelineParser.TryParse(text, out _, out _));
    }

    [Theory]
    [InlineData("2026-03-07T08:06:00+07:00", "2026-03-07T08:06:00+07:00", true)]
    [InlineData("2026-03-07T09:40:00", "2026-03-07T09:40:00+00:00", false)]
    [InlineData("2026-03-07 08:07", "2026-03-07T08:07:00+00:00", false)]
    [InlineData("2026-03-07T01:06:00Z", "2026-03-07T01:06:00+00:00", true)]
    [InlineData("2026-03-07T07:41:20.843000", "2026-03-07T07:41:20+00:00", false)]
    [InlineData("2026-03-07T08:01:53+0700", "2026-03-07T08:01:53+07:00", true)]
    [InlineData("2026-03-07", "2026-03-07T00:00:00+00:00", false)]
    [InlineData(" 2026-03-07T08:06:00-05:00 ", "2026-03-07T08:06:00-05:00", true)]
    public void TryParseIso_MetadataValue_ReadsTimeAndOffset(string text, string expected, bool expectedHasOffset)
    {
        Assert.True(DatelineParser.TryParseIso(text, out var value, out var hasOffset));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expectedHasOffset, hasOffset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("07/03/2026")]
    [InlineData("2026-13-07")]
    [InlineData("2026-02-30T08:00:00")]
    [InlineData("2026-03-07T25:00:00")]
    [InlineData("2026-03-07Tabc")]
    [InlineData("2026-03-07T08:00:00+07:00 trailing")]
    public void TryParseIso_NotIso_ReturnsFalse(string text)
    {
        Assert.False(DatelineParser.TryParseIso(text, out _, out _));
    }

    [Theory]
    [InlineData("Chủ nhật, 7/3/2026, 07:10 (GMT+7)", true)]
    [InlineData("Thứ năm, 2/11/2023, 19:20 (GMT+7)", true)]
    [InlineData("Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)", true)]
    [InlineData("21/04/2017 23:34 GMT+7", true)]
    [InlineData("Xuất bản 05/03/2026", true)]
    [InlineData("Ngày 02/3/2017, Huyện Tuyên Hóa tổ chức Hội nghị tổng kết công tác xây dựng phong trào toàn dân", false)]
    [InlineData("Thứ trưởng dự hội nghị", false)]
    public void LooksLikeDateline_Line_TellsDatelinesFromText(string line, bool expected)
    {
        Assert.Equal(expected, DatelineParser.LooksLikeDateline(line));
    }
}
