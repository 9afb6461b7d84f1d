using TextMining.Extraction;
using TextMining.Extraction.Organizations;
using TextMining.Tests.Extraction.Models;

namespace TextMining.Tests.Extraction.Organizations;

public sealed class OrganizationExtractorTests
{
    private static readonly OrganizationExtractor Extractor = new();

    [Theory]
    [InlineData("Phó trưởng Ban Chỉ đạo 138 tỉnh dự hội nghị.", "Ban Chỉ đạo 138 tỉnh", "Ban Chỉ đạo 138 tỉnh")]
    [InlineData("Báo cáo của Ban chỉ đạo 138 huyện được thông qua.", "Ban chỉ đạo 138 huyện", "Ban Chỉ đạo 138 huyện")]
    [InlineData("Phó Giám đốc Công an tỉnh dự.", "Công an tỉnh", "Công an tỉnh")]
    [InlineData("Làm việc với Công an tỉnh Hà Tĩnh.", "Công an tỉnh Hà Tĩnh", "Công an tỉnh Hà Tĩnh")]
    [InlineData("Đại diện UBND tỉnh dự.", "UBND tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("UBND thành phố Đồng Hới tổ chức hội nghị.", "UBND thành phố Đồng Hới", "Ủy ban nhân dân thành phố Đồng Hới")]
    [InlineData("Phối hợp với MTTQ và các đoàn thể.", "MTTQ", "Mặt trận Tổ quốc")]
    [InlineData("Bộ trưởng Bộ Công an tặng bằng khen.", "Bộ Công an", "Bộ Công an")]
    [InlineData("Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự.", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("Làm việc với Huyện ủy Thống Nhất về kết quả.", "Huyện ủy Thống Nhất", "Huyện ủy Thống Nhất")]
    [InlineData("Kiểm tra Đảng ủy xã Hưng Lộc về kết quả.", "Đảng ủy xã Hưng Lộc", "Đảng ủy xã Hưng Lộc")]
    [InlineData("Chỉ thị 09 của Ban Bí thư (Khóa XI).", "Ban Bí thư", "Ban Bí thư")]
    [InlineData("Đoàn Thanh niên xã tổ chức ra quân.", "Đoàn Thanh niên xã", "Đoàn Thanh niên xã")]
    [InlineData("Hội Nông dân huyện phát động phong trào.", "Hội Nông dân huyện", "Hội Nông dân huyện")]
    [InlineData("Câu lạc bộ của Trường THPT Lương Thế Vinh hoạt động tốt.", "Trường THPT Lương Thế Vinh", "Trường trung học phổ thông Lương Thế Vinh")]
    [InlineData("Được Công an TP. HCM ghi nhận.", "Công an TP. HCM", "Công an thành phố Hồ Chí Minh")]
    [InlineData("Công an Hà Tĩnh cần tiếp tục chủ động.", "Công an Hà Tĩnh", "Công an Hà Tĩnh")]
    [InlineData("Được người dân và công an phường Bình Trị Đông A hỗ trợ.", "công an phường Bình Trị Đông A", "Công an phường Bình Trị Đông A")]
    [InlineData("Được sự quan tâm của huyện ủy nên phong trào chuyển biến.", "huyện ủy", "Huyện ủy")]
    [InlineData("Đã được Công an tỉnh và UBNDTP khen thưởng.", "Công an tỉnh|UBNDTP", "Công an tỉnh|Ủy ban nhân dân thành phố")]
    [InlineData("Cuộc bầu cử Quốc hội và HĐND các cấp.", "Quốc hội|HĐND các cấp", "Quốc hội|Hội đồng nhân dân các cấp")]
    [InlineData("Thay mặt Đảng ủy Công an Trung ương phát biểu.", "Đảng ủy|Công an Trung ương", "Đảng ủy|Công an Trung ương")]
    [InlineData("Cảm ơn lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh.", "Tỉnh ủy|HĐND|UBND tỉnh", "Tỉnh ủy|Hội đồng nhân dân|Ủy ban nhân dân tỉnh")]
    [InlineData("Phó trưởng Công an TP. Buôn Ma Thuột dự.", "Công an TP. Buôn Ma Thuột", "Công an thành phố Buôn Ma Thuột")]
    public void Run_Organization_IsFoundWithCanonicalName(string paragraph, string texts, string names)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var mentions = TestArticles.Run(article, Extractor).Organizations;

        Assert.Equal(texts.Split('|'), mentions.Select(m => m.Text));
        Assert.Equal(names.Split('|'), mentions.Select(m => m.Name));
        Assert.All(mentions, m => Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length)));
    }

    [Theory]
    [InlineData("Lực lượng công an phải làm tốt chức năng nòng cốt.")]
    [InlineData("Có sự tham gia của công an xã.")]
    [InlineData("Tham luận của Công an 13 huyện thị.")]
    [InlineData("Bộ trưởng và cán bộ chiến sĩ dự hội nghị.")]
    [InlineData("ủy ban, ban ngành và đoàn thể.")]
    public void Run_NoOrganization_FindsNothing(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Organizations);
    }

    [Fact]
    public void Run_OrganizationWithNumber_SpanCoversTheNumber()
    {
        var article = TestArticles.Build("Tiêu đề", "Ban Chỉ đạo 138 tỉnh tổ chức hội nghị; Công an 13 huyện dự.");

        var context = TestArticles.Run(article, Extractor);

        var number138 = article.Text.IndexOf("138", StringComparison.Ordinal);
        var number13 = article.Text.IndexOf("13 ", StringComparison.Ordinal);
        Assert.True(context.Claims.IsClaimed(new TextMining.Text.SourceSpan(number138, 3), ClaimPolicy.BlocksFigures));
        Assert.False(context.Claims.IsClaimed(new TextMining.Text.SourceSpan(number13, 2), ClaimPolicy.BlocksFigures));
        Assert.False(context.Claims.IsClaimed(new TextMining.Text.SourceSpan(number138, 3), ClaimPolicy.BlocksCountedFigures));
    }

    [Fact]
    public void Run_RandomText_DoesNotThrow()
    {
        var random = new Random(11);
        const string alphabet = "Công an UBND Ban Chỉ đạo 138 tỉnh huyện xã Hà Tĩnh ,.-()0123456789 abĐƯ\n";
        for (var n = 0; n < 200; n++)
        {
            var chars = new char[random.Next(1, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var article = TestArticles.Build("T", new string(chars));
            foreach (var m in TestArticles.Run(article, Extractor).Organizations)
            {
                Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length));
            }
        }
    }
}
