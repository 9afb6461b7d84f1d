using System.Text;
using TextMining.Extraction.Models;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Extraction.Models;

public sealed class GrassrootsModelExtractorTests : ExtractorTestBase<GrassrootsModel>
{
    private const string Title = "Tiêu đề";

    private static readonly GrassrootsModelExtractor Extractor = new();

    public static TheoryData<string> Seeds() => TestArticles.SeedNames();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_Seed_ModelsEqualGold(string seed)
    {
        var article = TestArticles.LoadSeed(seed);

        var models = TestArticles.Run(article, Extractor).Models;

        var expected = TestArticles.GoldModels(seed).Select(VietnameseText.Fold).Order(StringComparer.Ordinal);
        var actual = models.Select(m => VietnameseText.Fold(m.Name)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        AssertSpans(article, models);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_SeedReadByPlainTextReader_ModelsEqualGold(string seed)
    {
        var article = ArticleReader.ReadPlainText(File.ReadAllText(Path.Combine(RepoPaths.Corpus, seed + ".txt")), seed).Article!;

        var models = TestArticles.Run(article, Extractor).Models;

        var expected = TestArticles.GoldModels(seed).Select(VietnameseText.Fold).Order(StringComparer.Ordinal);
        Assert.Equal(expected, models.Select(m => VietnameseText.Fold(m.Name)).Order(StringComparer.Ordinal));
        AssertSpans(article, models);
    }

    /// <summary>Each row: a paragraph, then the names of every model expected in it, in order, separated by <c>|</c>.</summary>
    public static TheoryData<string, string, string[]> Matches() => Rows(
        ("Tổ chức nhân rộng mô hình “Tổ liên gia tự quản về ANTT” trên địa bàn huyện.", "Tổ liên gia tự quản về ANTT"),
        ("Xây dựng mô hình \"Camera an ninh\" ở các thôn.", "Camera an ninh"),
        ("Duy trì mô hình 'Zalo an ninh trật tự' tại xã.", "Zalo an ninh trật tự"),
        ("Duy trì mô hình ‘Cổng trường an toàn’ tại trường.", "Cổng trường an toàn"),
        ("Duy trì mô hình «Dòng họ không có người vi phạm pháp luật».", "Dòng họ không có người vi phạm pháp luật"),
        ("Nâng cao hiệu quả các mô hình “Tổ tự quản”, “Camera vì ANTT”, “Khu dân cư an toàn” trên địa bàn.", "Tổ tự quản|Camera vì ANTT|Khu dân cư an toàn"),
        ("Các mô hình “Tổ tự quản”, “Camera vì ANTT” và “Khu dân cư an toàn” được nhân rộng.", "Tổ tự quản|Camera vì ANTT|Khu dân cư an toàn"),
        ("Xây dựng các mô hình: “Tổ liên gia an toàn PCCC”; “Ngày thứ bảy vì ANTT”.", "Tổ liên gia an toàn PCCC|Ngày thứ bảy vì ANTT"),
        ("Toàn tỉnh có 16 mô hình được xây dựng mới, đó là: “ Khu dân cư không có thanh niên mắc tệ nạn xã hội” (xã Vạn Ninh, Quảng Ninh); “Thôn nói không với pháo” (xã Quảng Văn, TX. Ba Đồn)… UBND các cấp cũng công nhận tiêu chuẩn “An toàn về an ninh trật tự”.", "Khu dân cư không có thanh niên mắc tệ nạn xã hội|Thôn nói không với pháo"),
        ("Huyện có 4 mô hình tiêu biểu, như: đội xe ôm xung kích, tiếng kẻng an ninh, đội nữ dân phòng vùng đồng bào tôn giáo, tuyên truyền qua loa lưu động; 1.007 tổ an ninh nhân dân.", "đội xe ôm xung kích|tiếng kẻng an ninh|đội nữ dân phòng vùng đồng bào tôn giáo|tuyên truyền qua loa lưu động"),
        ("Nhiều mô hình tiếp tục phát huy hiệu quả như Tổ dân phố tự quản về ANTT, Trường học an toàn về ANTT, CLB gia đình không vi phạm pháp luật, Camera giám sát ANTT…", "Tổ dân phố tự quản về ANTT|Trường học an toàn về ANTT|CLB gia đình không vi phạm pháp luật|Camera giám sát ANTT"),
        ("Các mô hình tự quản gồm: tổ hòa giải cơ sở, đội thanh niên xung kích và tổ phụ nữ tự quản.", "tổ hòa giải cơ sở|đội thanh niên xung kích|tổ phụ nữ tự quản"),
        ("Nhiều mô hình hay, tiêu biểu như “Dòng họ không có người vi phạm pháp luật”, “Chợ an toàn về ANTT”.", "Dòng họ không có người vi phạm pháp luật|Chợ an toàn về ANTT"),
        ("Xã đã triển khai mô hình Camera giám sát an ninh tại các tuyến đường.", "Camera giám sát an ninh"),
        ("Các mô hình như: đội xung kích phòng cháy, tổ tuần tra nhân dân đã góp phần giữ vững ANTT.", "đội xung kích phòng cháy|tổ tuần tra nhân dân"),
        ("Nhiều mô hình, cách làm hay như: Tổ nhân dân tự quản; Câu lạc bộ phòng chống tội phạm; Đội thanh niên xung kích.", "Tổ nhân dân tự quản|Câu lạc bộ phòng chống tội phạm|Đội thanh niên xung kích"),
        ("Các mô hình như: CLB “Gia đình không có tội phạm”, Tổ “Nhân dân tự quản” hoạt động hiệu quả.", "CLB Gia đình không có tội phạm|Tổ Nhân dân tự quản"),
        ("Huyện xây dựng mô hình điểm “Khu dân cư an toàn về ANTT” tại xã Sơn Lộc.", "Khu dân cư an toàn về ANTT"),
        ("Các mô hình như tổ liên gia tự quản, camera an ninh, đội thanh niên xung kích được duy trì.", "tổ liên gia tự quản|camera an ninh|đội thanh niên xung kích"),
        ("Các mô hình như: đội xe ôm xung kích (xã Hưng Lộc), tổ hòa giải cơ sở (xã Gia Tân).", "đội xe ôm xung kích|tổ hòa giải cơ sở"),
        ("“Tổ liên gia an toàn”, “Camera an ninh” và “Chợ an toàn” là những mô hình tiêu biểu của huyện.", "Tổ liên gia an toàn|Camera an ninh|Chợ an toàn"),
        ("Các mô hình tự quản về ANTT tiếp tục phát huy hiệu quả. Tiêu biểu như: “Tổ tự quản an ninh trật tự”, “Camera an ninh”.", "Tổ tự quản an ninh trật tự|Camera an ninh"),
        ("Nhiều mô hình được duy trì. Điển hình là Tổ dân phố tự quản, Câu lạc bộ phòng chống ma túy.", "Tổ dân phố tự quản|Câu lạc bộ phòng chống ma túy"),
        ("Hội triển khai mô hình “Tổ phụ nữ tự quản” của Hội Phụ nữ xã, “Thắp sáng đường quê” của Đoàn Thanh niên và “Camera an ninh” ở TX. Ba Đồn.", "Tổ phụ nữ tự quản|Thắp sáng đường quê|Camera an ninh"),
        ("Nhân rộng mô hình “Tổ tự quản về ANTT”. Mô hình “Tổ tự quản về an ninh trật tự” được đánh giá cao.", "Tổ tự quản về ANTT"));

    /// <summary>Each row: a paragraph with an unnamed use of the trigger or other quotes, where no model is found.</summary>
    public static TheoryData<string, string> NonMatches() => Paragraphs(
        Title,
        "Có 70 mô hình quần chúng làm công tác ANTT ở các thôn, bản, tiểu khu, trong đó có 50 mô hình hoạt động đạt hiệu quả khá.",
        "Một số mô hình hoạt động mang tính hình thức, hiệu quả còn yếu.",
        "Hội nghị đánh giá mô hình tổ chức bộ máy lực lượng xây dựng phong trào toàn dân bảo vệ ANTQ Công an tỉnh Hà Tĩnh.",
        "Khen thưởng các tập thể có thành tích xuất sắc trong phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2020.",
        "Có 561/577 nhà trường đạt tiêu chuẩn “An toàn về an ninh trật tự”.",
        "Thực hiện Chỉ thị 09 của Ban Bí thư về “Tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ ANTQ trong tình hình mới”.",
        "Đánh giá chất lượng, hiệu quả hoạt động của các mô hình TDBVANTQ ở các địa bàn, lĩnh vực.",
        "Tiếp tục xây dựng, củng cố các mô hình, các điển hình tiên tiến, cũng như củng cố, kiện toàn lực lượng.",
        "Mỗi đơn vị phải có một mô hình để thông qua đó tìm được mô hình tiêu biểu để nhân rộng.",
        "Nhóm đã nhân rộng mô hình này ra nhiều quận như Đống Đa, Hoàn Kiếm, Ba Đình.",
        "Mô hình được nhân rộng ra một số tỉnh như Quảng Ninh, Tuyên Quang, Bình Dương.",
        "Dựa trên mô hình máy bán hàng, nhóm sinh viên gồm Nguyễn Đắc Kha, Huỳnh Quốc Tấn, Trần Quang Tuyên đã chế tạo máy.",
        "Phát triển mô hình nuôi hiệu quả như nuôi tôm rừng, tôm lúa.",
        "Tập đoàn cơ cấu lại mô hình hoạt động trong 4 lĩnh vực gồm: 3 lĩnh vực chính, 1 lĩnh vực phụ.",
        "Đặc biệt là mô hình “Toàn dân bảo vệ an ninh Tổ quốc” được duy trì.",
        "Nhiều mô hình đạt tiêu chuẩn “An toàn về an ninh trật tự” được công nhận.",
        "Các mô hình trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được nhân rộng.",
        "Các mô hình như tổ liên gia, camera an ninh được duy trì.",
        "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc” là mô hình chung của cả nước.",
        "Nhiều mô hình được duy trì. Công tác tuyên truyền được đẩy mạnh. Sau đó, tiêu biểu như: “Giải bóng đá”, “Hội thi”.");


    [Theory]
    [InlineData("Xã triển khai mô hình Tổ an ninh công nhân tại khu trọ.", "Tổ an ninh công nhân")]
    [InlineData("Phường nhân rộng mô hình Ngõ xóm bình yên tại các khu phố.", "Ngõ xóm bình yên")]
    [InlineData("Huyện duy trì mô hình Phum sóc bình yên tại xã Viên An.", "Phum sóc bình yên")]
    [InlineData("Nhiều mô hình hoạt động hiệu quả như: Nhà trọ an toàn, Dãy trọ tự quản về ANTT, Sư sãi tham gia hòa giải ở cơ sở.", "Nhà trọ an toàn|Dãy trọ tự quản về ANTT|Sư sãi tham gia hòa giải ở cơ sở")]
    [InlineData("Các mô hình như: Đội tuần tra, Thắp sáng đường quê, Hẻm văn minh.", "Đội tuần tra|Thắp sáng đường quê|Hẻm văn minh")]
    [InlineData("Các mô hình như: Chốt dân phòng, Thắp sáng đường quê.", "Chốt dân phòng|Thắp sáng đường quê")]
    [InlineData("Xã nhân rộng mô hình “tổ liên gia tự quản” và mô hình “ngõ phố không có ma túy”.", "tổ liên gia tự quản|ngõ phố không có ma túy")]
    public void Run_UnquotedInitiativeNames_AreFound(string paragraph, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(expected.Split('|'), models.Select(m => m.Name));
        AssertSpans(article, models);
    }

    [Theory]
    [InlineData("Lực lượng được bố trí về 71/71 xã, qua đó mô hình Công an xã chính quy tiếp tục phát huy vai trò nòng cốt.")]
    [InlineData("Trường cần tiếp tục kiện toàn bộ máy quản trị theo mô hình Đại học hiện đại.")]
    [InlineData("Các tỉnh thực hiện mô hình Trung tâm Kiểm soát bệnh tật tuyến tỉnh.")]
    [InlineData("Hai nước có thể tăng kim ngạch qua các mô hình hợp tác đầu tư thành công như Tập đoàn Viettel và Tổng công ty truyền thông Haiti.")]
    [InlineData("Ngành y tế chưa xây dựng được mô hình quản trị tương tự như doanh nghiệp, gồm Hội đồng quản lý, Ban kiểm soát, thuê giám đốc điều hành.")]
    [InlineData("Công viên lấy cảm hứng từ mô hình các công viên nước hàng đầu thế giới như Typhoon Lagoon (Mỹ), Blizzard Beach (Mỹ).")]
    [InlineData("Màn diễu hành của các mô hình lớn như: Tàu chở hoa phượng, mô hình biểu tượng về thành phố công nghiệp, biểu tượng về giao thông đô thị.")]
    [InlineData("Từ đó chạy 3 mô hình: Mô hình hồi quy POLLED OLS; Mô hình hồi quy tác động cố định FEM.")]
    [InlineData("Một số mô hình HTX hoạt động có hiệu quả tiêu biểu như HTX chè Tân Cương (Thái Nguyên); HTX Mai Anh (Lào Cai).")]
    [InlineData("Các mô hình như: Tổ hợp tác, Cà phê doanh nhân, Bác sĩ doanh nghiệp, Hội nghị đối thoại.")]
    [InlineData("Sở đang hoàn chỉnh đề án thực hiện mô hình “một cửa, một lần dừng” tại cửa khẩu.")]
    [InlineData("Hiện nay ở Đức thực hiện theo mô hình “flexible time” trong các công ty.")]
    [InlineData("Nga chuyển đổi sang mô hình phát triển “xanh bền vững”.")]
    public void Run_BusinessAndStatisticalModels_FindNothing(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Models);
    }

    [Theory]
    [InlineData("Hiện toàn huyện đang duy trì các mô hình:|- “Camera an ninh” ở thôn Đông Xuyên, xã Đông Phong;|- “Tổ tự quản khu nhà trọ công nhân” tại Khu công nghiệp Yên Phong;|- “Dòng họ không có người vi phạm pháp luật” (xã Tam Giang).|Mô hình được đánh giá cao.",
        "Camera an ninh|Tổ tự quản khu nhà trọ công nhân|Dòng họ không có người vi phạm pháp luật", "||xã Tam Giang")]
    [InlineData("Các mô hình tiêu biểu như:|– Tổ hòa giải ở cơ sở tại thôn 3;|– Đội thanh niên xung kích (xã Hưng Lộc).",
        "Tổ hòa giải ở cơ sở|Đội thanh niên xung kích", "|xã Hưng Lộc")]
    [InlineData("Các mô hình gồm:|+ “Ngõ an toàn (3 có)”;|+ Camera giám sát ANTT;|Kết quả: bắt 12 vụ.",
        "Ngõ an toàn (3 có)|Camera giám sát ANTT", "|")]
    public void Run_BulletListAfterColon_OneModelPerLine(string lines, string expected, string locations)
    {
        var article = TestArticles.Build("Tiêu đề", lines.Split('|'));

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(expected.Split('|'), models.Select(m => m.Name));
        Assert.Equal(locations.Split('|').Select(l => l.Length == 0 ? null : l), models.Select(m => m.Location));
        AssertSpans(article, models);
    }

    [Theory]
    [InlineData("Thu nhập của người dân theo các mô hình:|- Trồng cây ăn quả: 120 triệu đồng;|- Nuôi cá lồng: 80 triệu đồng.")]
    [InlineData("Trường áp dụng các mô hình:|- Đại học hiện đại;|- Doanh nghiệp khởi nghiệp.")]
    [InlineData("Hiện toàn huyện đang duy trì các mô hình:|Ông Trần Đức Lợi phát biểu.|- “Camera an ninh” ở thôn Đông Xuyên.")]
    [InlineData("Các mô hình kinh tế đã được nhân rộng.|- “Camera an ninh” ở thôn Đông Xuyên.")]
    public void Run_BulletListNotOfModels_FindsNothing(string lines)
    {
        var article = TestArticles.Build("Tiêu đề", lines.Split('|'));

        Assert.Empty(TestArticles.Run(article, Extractor).Models);
    }

    [Fact]
    public void Run_QuotedItemWithBracket_TakesLocationAndKeepsQuotesInText()
    {
        var article = TestArticles.Build("Tiêu đề", "Có 2 mô hình mới, đó là: “Đội xe du lịch an toàn” (TP. Đồng Hới); “Thôn nói không với pháo” (xã Quảng Văn, TX. Ba Đồn).");

        var models = TestArticles.Run(article, Extractor).Models;

        Assert.Equal(["TP. Đồng Hới", "xã Quảng Văn, TX. Ba Đồn"], models.Select(m => m.Location));
        Assert.Equal("“Đội xe du lịch an toàn”", models[0].Text);
        AssertSpans(article, models);
    }

    [Fact]
    public void Run_SameModelTwice_OneEntryAtFirstMention()
    {
        var article = TestArticles.Build(
            "Mô hình “Tổ liên gia tự quản” ở Tuyên Hóa",
            "Huyện nhân rộng mô hình “Tổ liên gia tự quản”.",
            "Mô hình \"tổ liên gia tự quản\" được đánh giá cao.");

        var models = TestArticles.Run(article, Extractor).Models;

        var model = Assert.Single(models);
        Assert.Equal(0, model.Span.Start - article.Text.IndexOf('“', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mô hình camera giám sát an ninh tại xã Quảng Văn", "camera giám sát an ninh")]
    [InlineData("Mô hình “Cổng trường an toàn giao thông” của Trường THPT Lương Thế Vinh", "Cổng trường an toàn giao thông")]
    public void Run_CaptionOpeningWithModel_NamesTheModel(string caption, string expected)
    {
        var article = TestArticles.Build("Tiêu đề", (ArticleBlockKind.Paragraph, "Hội nghị tổng kết phong trào."), (ArticleBlockKind.Caption, caption));

        var model = Assert.Single(TestArticles.Run(article, Extractor).Models);

        Assert.Equal(expected, model.Name);
        AssertSpans(article, [model]);
    }

    [Theory]
    [InlineData("Mô hình tổ chức bộ máy mới của Công an tỉnh")]
    [InlineData("Mô hình gia đình hạt nhân ngày càng phổ biến")]
    [InlineData("Mô hình xe đạp xanh tại phố đi bộ")]
    public void Run_CaptionWithUnnamedUse_FindsNothing(string caption)
    {
        var article = TestArticles.Build("Tiêu đề", (ArticleBlockKind.Paragraph, "Hội nghị."), (ArticleBlockKind.Caption, caption));

        Assert.Empty(TestArticles.Run(article, Extractor).Models);
    }

    [Fact]
    public void Run_RandomText_DoesNotThrow()
    {
        var random = new Random(20261121);
        const string alphabet = "mô hình “”\"'‘’«»(),.;:…như đó là gồm ANTT xã TP. 0123456789\nabcđĐƯ ";
        for (var n = 0; n < 200; n++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var article = TestArticles.Build("Tiêu đề", new string(chars));
            var models = TestArticles.Run(article, Extractor).Models;
            AssertSpans(article, models);
        }
    }

    [Theory]
    [InlineData("“", 1_000_000)]
    [InlineData("mô hình ", 10_000)]
    [InlineData("mô hình “", 10_000)]
    [InlineData("mô hình như: tổ an ninh, ", 10_000)]
    [InlineData("mô hình “A”, ", 10_000)]
    public void Run_PathologicalInput_FinishesQuickly(string unit, int count)
    {
        var text = new StringBuilder(unit.Length * count);
        for (var i = 0; i < count; i++)
        {
            text.Append(unit);
        }

        var article = TestArticles.Build("Tiêu đề", text.ToString());

        var models = TestArticles.Run(article, Extractor).Models;

        AssertSpans(article, models);
    }

    protected override bool RowsListEverything => true;

    protected override (string Text, IReadOnlyList<GrassrootsModel> Found) Find(string title, string paragraph)
    {
        var article = TestArticles.Build(title, paragraph);
        return (article.Text, TestArticles.Run(article, Extractor).Models);
    }

    protected override string Describe(GrassrootsModel item) => item.Name;

    protected override IEnumerable<(SourceSpan Span, string Text)> Mentions(GrassrootsModel item) => [(item.Span, item.Text)];

    /// <summary>The name is the mention's words (without quotes or a place after it).</summary>
    protected override void AssertFound(GrassrootsModel item) =>
        Assert.Contains(VietnameseText.Fold(item.Name), VietnameseText.Fold(ModelName.Clean(item.Text)), StringComparison.Ordinal);

    private static TheoryData<string, string, string[]> Rows(params (string Paragraph, string Expected)[] rows)
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var (paragraph, expected) in rows)
        {
            data.Add(Title, paragraph, expected.Split('|'));
        }

        return data;
    }

    private static void AssertSpans(Article article, IEnumerable<GrassrootsModel> models)
    {
        foreach (var m in models)
        {
            Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length));
            Assert.Contains(VietnameseText.Fold(m.Name), VietnameseText.Fold(ModelName.Clean(m.Text)), StringComparison.Ordinal);
        }
    }
}
