using TextMining.Extraction.Models;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Extraction.Models;

/// <summary>The list shapes and name rules added for real articles of other sites (issue 11), on sentences written for the tests.</summary>
public sealed class ModelListShapeTests
{
    private static readonly GrassrootsModelExtractor Extractor = new();

    [Theory]
    [InlineData("Thành phố có 90 mô hình, gồm: “Camera vì dân”; “Tổ liên gia phòng cháy” “Khu dân cư không ma túy”, “Câu lạc bộ luật”.", "Camera vì dân|Tổ liên gia phòng cháy|Khu dân cư không ma túy|Câu lạc bộ luật")]
    [InlineData("Hội có mô hình \"Tổ an ninh tự quản\", \"Tổ tuyên truyền pháp luật\", Đội cán sự tình nguyện về an ninh trật tự\" ở các phường.", "Tổ an ninh tự quản|Tổ tuyên truyền pháp luật|Đội cán sự tình nguyện về an ninh trật tự")]
    [InlineData("Huyện triển khai mô hình Zalo “Kết nối dân cư - Bình yên xóm làng” trên địa bàn.", "Kết nối dân cư - Bình yên xóm làng")]
    [InlineData("Xã duy trì mô hình tổ hòa giải “Hòa thuận từ gốc” tại các thôn.", "Hòa thuận từ gốc")]
    public void Run_QuotedListShapes_AreRead(string paragraph, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(expected.Split('|'), models.Select(m => m.Name));
        AssertSpans(article, models);
    }

    [Fact]
    public void Run_QuotedItemsWithPlaceAfterOTai_TakeThePlace()
    {
        var article = TestArticles.Build(
            "Tiêu đề",
            "Năm nay có 3 mô hình mới gồm: “Khu dân cư đi đường an toàn” ở xã Quảng Lộc, “Tổ dân phố không rác” tại phường Đông Hải, TP. Thanh Hóa và “Chợ bình yên” ở thị trấn Hà Trung.");

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(["Khu dân cư đi đường an toàn", "Tổ dân phố không rác", "Chợ bình yên"], models.Select(m => m.Name));
        Assert.Equal(["xã Quảng Lộc", "phường Đông Hải, TP. Thanh Hóa", "thị trấn Hà Trung"], models.Select(m => m.Location));
        AssertSpans(article, models);
    }

    [Fact]
    public void Run_QuotedItemWithGenericTail_HasNoPlace()
    {
        var article = TestArticles.Build("Tiêu đề", "Có 2 mô hình “Tổ liên gia an toàn”; “Điểm chữa cháy công cộng” tại các khu phố; duy trì tốt.");

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(["Tổ liên gia an toàn", "Điểm chữa cháy công cộng"], models.Select(m => m.Name));
        Assert.All(models, m => Assert.Null(m.Location));
    }

    [Theory]
    [InlineData("Xã vận hành mô hình dòng họ tự quản về an ninh trật tự (ANTT) nhiều năm nay.", "dòng họ tự quản về an ninh trật tự")]
    [InlineData("Công an xã triển khai mô hình camera giám sát an ninh trên địa bàn dân cư.", "camera giám sát an ninh")]
    [InlineData("Nổi bật là mô hình xã sạch về ma túy tại 158 xã.", "xã sạch về ma túy")]
    [InlineData("Toàn tỉnh có 98 điểm mô hình khối, xóm, thôn, bản sạch về ma túy.", "khối, xóm, thôn, bản sạch về ma túy")]
    [InlineData("Phường có 265 điểm mô hình camera an ninh với hơn 5.000 mắt camera.", "camera an ninh")]
    [InlineData("Giáo xứ đã xây dựng thành công mô hình tự quản về an ninh trật tự.", "tự quản về an ninh trật tự")]
    [InlineData("Khu công nghiệp nhân rộng mô hình công nhân xung kích, góp phần giữ bình yên.", "công nhân xung kích")]
    public void Run_OneLowerCaseNameAfterTheTrigger_IsAModel(string paragraph, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var model = Assert.Single(TestArticles.Run(article, Extractor).Models);

        Assert.Equal(expected, model.Name);
        Assert.Null(model.Location);
        AssertSpans(article, [model]);
    }

    [Theory]
    [InlineData("Tỉnh có nhiều mô hình tự quản về ANTT, các câu lạc bộ phòng chống tội phạm.")]
    [InlineData("Huyện có 119 mô hình an ninh trật tự hoạt động hiệu quả.")]
    [InlineData("Các mô hình tự quản về an ninh được duy trì.")]
    [InlineData("Một số mô hình phòng chống tội phạm còn hình thức.")]
    [InlineData("Xã học tập mô hình trồng rau an toàn của tỉnh bạn.")]
    [InlineData("Địa phương thí điểm mô hình tự quản đường làng.")]
    [InlineData("Công ty chuyển sang mô hình quản lý mới.")]
    [InlineData("Tổ chức xây dựng mô hình nuôi tôm an toàn sinh học.")]
    public void Run_LowerCaseClassOrOtherField_FindsNothing(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Models);
    }

    [Theory]
    [InlineData("Phường duy trì hiệu quả mô hình “Đẩy mạnh phong trào bảo vệ an ninh trong tình hình mới” tại các khu phố.")]
    [InlineData("Xã đang duy trì 1 mô hình “Dân vận khéo” hoạt động hiệu quả.")]
    [InlineData("Tổ chức mô hình “Ngày hội bình yên khu phố” vào tháng 8.")]
    [InlineData("Thực hiện mô hình “Chương trình hành động vì cộng đồng an toàn” trên địa bàn.")]
    public void Run_QuotedTitlesOfProgrammesAndCampaigns_AreNotModels(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Models);
    }

    [Theory]
    [InlineData("Nhân rộng mô hình “Tổ liên gia tự quản ANTT”. Mô hình “Tổ liên gia tự quản về ANTT” được đánh giá cao.", "Tổ liên gia tự quản ANTT")]
    [InlineData("Mô hình “Hộ an toàn, thôn, bản bình yên” phát huy hiệu quả. Mô hình “Hộ an toàn, thôn bản bình yên” được nhân rộng.", "Hộ an toàn, thôn, bản bình yên")]
    public void Run_SameModelWithFillerOrPunctuation_OneEntry(string paragraph, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var model = Assert.Single(TestArticles.Run(article, Extractor).Models);

        Assert.Equal(expected, model.Name);
    }

    [Theory]
    [InlineData("Mô hình dòng họ tự quản góp phần giữ gìn an ninh", "Xã xây dựng mô hình dòng họ tự quản về an ninh trật tự từ năm 2010.", "dòng họ tự quản về an ninh trật tự")]
    [InlineData("Mô hình camera an ninh trật tự ở Đồng Tiến", "Xã triển khai mô hình “Camera an ninh” từ năm 2020.", "Camera an ninh")]
    public void Run_HeadlineNamesTheBodyModelInOtherWords_BodyEntryOnly(string title, string paragraph, string expected)
    {
        var article = TestArticles.Build(title, paragraph);

        var model = Assert.Single(TestArticles.Run(article, Extractor).Models);

        Assert.Equal(expected, model.Name);
        Assert.True(model.Span.Start > title.Length);
    }

    [Theory]
    [InlineData("Nhiều mô hình tự quản được duy trì hiệu quả. Tiêu biểu như các tổ bảo vệ do hội viên làm nòng cốt tại khu dân cư; lắp đặt đèn chiếu sáng an ninh bằng kinh phí xã hội hóa; tổ hòa giải tại cơ sở...",
        "tổ bảo vệ do hội viên làm nòng cốt tại khu dân cư|lắp đặt đèn chiếu sáng an ninh bằng kinh phí xã hội hóa|tổ hòa giải tại cơ sở")]
    [InlineData("Các mô hình, cách làm hay như lập nhóm zalo khu phố, tuyên truyền phòng cháy, chữa cháy, ký cam kết giữ an ninh với chủ nhà trọ… được nhân rộng.",
        "lập nhóm zalo khu phố|tuyên truyền phòng cháy, chữa cháy|ký cam kết giữ an ninh với chủ nhà trọ")]
    public void Run_LowerCaseListAnnouncedAsModels_EveryItemIsAModel(string paragraph, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(expected.Split('|'), models.Select(m => m.Name));
        AssertSpans(article, models);
    }

    [Theory]
    [InlineData("Nhiều mô hình được duy trì. Tiêu biểu như các buổi họp dân; các cuộc thi.")]
    [InlineData("Các mô hình, cách làm hay như trồng lúa, nuôi cá, làm vườn được nhân rộng.")]
    public void Run_LowerCaseListOfOtherThings_FindsNothing(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Models);
    }

    [Theory]
    [InlineData("Xã nhân rộng mô hình 1-4 trong các hộ gia đình.", "1-4")]
    [InlineData("Hội Phụ nữ duy trì mô hình 1+5 ở các chi hội.", "1+5")]
    [InlineData("Đoàn viên thực hiện mô hình 5 giúp 1 với người lầm lỡ.", "5 giúp 1")]
    [InlineData("Trường học triển khai mô hình 4 an toàn cho học sinh.", "4 an toàn")]
    [InlineData("Thôn tiếp tục duy trì mô hình TLGTQ ở các xóm.", "TLGTQ")]
    public void Run_NumericOrAbbreviatedName_IsAModel(string paragraph, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var model = Assert.Single(TestArticles.Run(article, Extractor).Models);

        Assert.Equal(expected, model.Name);
        AssertSpans(article, [model]);
    }

    [Theory]
    [InlineData("Đội bóng chơi theo mô hình 4-2-3-1 suốt mùa giải.")]
    [InlineData("Tỷ lệ mô hình 1:50 được dùng cho sa bàn.")]
    [InlineData("Có 12 mô hình 3 tầng được trưng bày.")]
    [InlineData("Huyện có mô hình 2019 về chăn nuôi.")]
    [InlineData("Công ty dùng mô hình AI để dự báo.")]
    public void Run_NumbersAndCodesOfOtherKinds_FindNothing(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Models);
    }

    [Fact]
    public void Run_AbbreviationAndFullName_OneEntry()
    {
        var article = TestArticles.Build("Tiêu đề", "Xã xây dựng mô hình “Tổ liên gia tự quản” từ năm 2015. Đến nay mô hình TLGTQ đã có ở mọi thôn.");

        var model = Assert.Single(TestArticles.Run(article, Extractor).Models);

        Assert.Equal("Tổ liên gia tự quản", model.Name);
    }

    [Theory]
    [InlineData("Xã có các mô hình như dòng họ Lê Đình, dòng họ Phạm, … hoạt động hiệu quả.", "dòng họ Lê Đình|dòng họ Phạm")]
    [InlineData("Xã có các mô hình như tổ tự quản, cụm An ninh liên hoàn giữa các xóm.", "tổ tự quản|cụm An ninh liên hoàn giữa các xóm")]
    public void Run_TwoLowerCaseItemsLeftOpenOrNamed_AreModels(string paragraph, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(expected.Split('|'), models.Select(m => m.Name));
        AssertSpans(article, models);
    }

    [Fact]
    public void Run_LongItemsEndedBySemicolons_AreReadWhole()
    {
        var article = TestArticles.Build(
            "Tiêu đề",
            "Các mô hình tiêu biểu gồm: tổ tự quản an ninh trật tự tại các khu nhà trọ của công nhân làm việc trong khu công nghiệp phía bắc huyện; đội thanh niên xung kích tuần tra ban đêm.");

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(
            ["tổ tự quản an ninh trật tự tại các khu nhà trọ của công nhân làm việc trong khu công nghiệp phía bắc huyện", "đội thanh niên xung kích tuần tra ban đêm"],
            models.Select(m => m.Name));
    }

    [Fact]
    public void Run_BracketedAbbreviation_IsNotAPlace()
    {
        var article = TestArticles.Build("Tiêu đề", "Xã có 2 mô hình, đó là: “Dòng họ tự quản” (DHTQ); “Thôn an toàn” (xã Quảng Lưu).");

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal([null, "xã Quảng Lưu"], models.Select(m => m.Location));
    }

    internal static void AssertSpans(Article article, IEnumerable<GrassrootsModel> models)
    {
        foreach (var m in models)
        {
            Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length));
            Assert.Contains(VietnameseText.Fold(m.Name), VietnameseText.Fold(ModelName.Clean(m.Text)), StringComparison.Ordinal);
            Assert.True(WordScannerBoundary(article.Text, m.Span.Start, m.Span.End), $"span of {m.Name} is not on word boundaries");
        }
    }

    private static bool WordScannerBoundary(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(text[start]))
        && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(text[end - 1]));
}
