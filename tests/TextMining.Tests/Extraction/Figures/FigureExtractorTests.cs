using System.Globalization;
using System.Text;
using TextMining.Export;
using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Extraction.Figures;
using TextMining.Extraction.Organizations;
using TextMining.Text;

namespace TextMining.Tests.Extraction.Figures;

public sealed class FigureExtractorTests : ExtractorTestBase<Figure>
{
    private const string Title = "Tiêu đề";

    private static readonly FigureExtractor Extractor = new();

    /// <summary>
    /// Each row: a paragraph, then every figure expected in it as <c>text|value|total|unit|qualifier</c>,
    /// separated by <c>;;</c> (empty total or unit means null).
    /// </summary>
    public static TheoryData<string, string, string[]> Matches() => Rows(
        ("Có gần 26.000 lượt cán bộ và nhân dân tham gia các hoạt động tuyên truyền.", "gần 26.000 lượt cán bộ và nhân dân|26000||lượt cán bộ và nhân dân|approximately"),
        ("Đã xây dựng, củng cố 70 mô hình quần chúng làm công tác ANTT, trong đó có 50 mô hình hoạt động đạt hiệu quả khá.", "70 mô hình|70||mô hình|exact;;50 mô hình|50||mô hình|exact"),
        ("Năm 2020, toàn tỉnh tổ chức 698 hội nghị/116.869 lượt người tham gia ở các khu dân cư.", "698 hội nghị|698||hội nghị|exact;;116.869 lượt người|116869||lượt người|exact"),
        ("Người dân đã giao nộp 23 súng quân dụng, 276 súng tự chế, 650 viên đạn quân dụng, gần 30kg thuốc nổ, 185 hộp pháo…", "23 súng quân dụng|23||súng quân dụng|exact;;276 súng tự chế|276||súng tự chế|exact;;650 viên đạn quân dụng|650||viên đạn quân dụng|exact;;gần 30kg|30||kg|approximately;;185 hộp pháo|185||hộp pháo|exact"),
        ("UBND các cấp đã công nhận 1.069/1.144 khu dân cư; 113/128 xã, 14/15 phường, 7/8 thị trấn; 289/304 cơ quan, doanh nghiệp;", "1.069/1.144 khu dân cư|1069|1144|khu dân cư|exact;;113/128 xã|113|128|xã|exact;;14/15 phường|14|15|phường|exact;;7/8 thị trấn|7|8|thị trấn|exact;;289/304 cơ quan, doanh nghiệp|289|304|cơ quan, doanh nghiệp|exact"),
        ("Chủ tịch UBND tỉnh tặng cờ thi đua cho 3 tập thể, bằng khen cho 9 cá nhân và tập thể đã có thành tích xuất sắc.", "3 tập thể|3||tập thể|exact;;9 cá nhân và tập thể|9||cá nhân và tập thể|exact"),
        ("Huyện có 1.007 tổ an ninh nhân dân với hơn 40 ngàn thành viên; 10 đội dân phòng; 20 đội thanh niên xung kích...", "1.007 tổ an ninh nhân dân|1007||tổ an ninh nhân dân|exact;;hơn 40 ngàn thành viên|40000||thành viên|moreThan;;10 đội dân phòng|10||đội dân phòng|exact;;20 đội thanh niên xung kích|20||đội thanh niên xung kích|exact"),
        ("Đã tổ chức được gần 120 buổi tuyên truyền về các bộ luật thu hút trên 55.000 tham gia.", "gần 120 buổi tuyên truyền|120||buổi tuyên truyền|approximately;;trên 55.000|55000|||moreThan"),
        ("Qua ý kiến tham luận của Công an 13 huyện thị, thành phố và các đơn vị liên quan.", "13 huyện thị, thành phố|13||huyện thị, thành phố|exact"),
        ("Năm 2017, Ban chỉ đạo cần tham mưu tổ chức sơ kết 05 năm thực hiện Chỉ thị 09 của Ban Bí thư (Khóa XI).", "05 năm|5||năm|exact"),
        ("Tổng kinh phí là 2,5 tỷ đồng.", "2,5 tỷ đồng|2500000000||đồng|exact"),
        ("Tỷ lệ hộ gia đình đăng ký đạt 95,6%.", "95,6%|95.6||%|exact"),
        ("Đối tượng cướp số tiền 3.600.000 đồng của anh Hùng.", "3.600.000 đồng|3600000||đồng|exact"),
        ("Anh Hùng phải đưa cho tên cướp 3,6 triệu đồng.", "3,6 triệu đồng|3600000||đồng|exact"),
        ("Thu giữ tài sản trị giá trên 730 triệu đồng.", "trên 730 triệu đồng|730000000||đồng|moreThan"),
        ("Tổng vốn là hơn 1 tỷ 500 triệu đồng.", "hơn 1 tỷ 500 triệu đồng|1500000000||đồng|moreThan"),
        ("Khu vực này có 5ha lúa bị ngập.", "5ha|5||ha|exact"),
        ("Giá bán 300.000 đồng/chiếc.", "300.000 đồng/chiếc|300000||đồng/chiếc|exact"),
        ("nhất là khi khoảng 70 - 80% các vụ khiếu nại là về đất đai.", "khoảng 70|70||%|approximately;;80%|80||%|approximately"),
        ("Mỗi tổ có từ 5 đến 7 người.", "5|5||người|exact;;7 người|7||người|exact"),
        ("Mức giá từ 50 - 100 nghìn đồng.", "50|50000||đồng|exact;;100 nghìn đồng|100000||đồng|exact"),
        ("Phải có ít nhất 3 người.", "ít nhất 3 người|3||người|atLeast"),
        ("Công suất tối đa 85 mã lực.", "tối đa 85 mã lực|85||mã lực|atMost"),
        ("Tỷ lệ tái phạm giảm xuống dưới 10%.", "dưới 10%|10||%|lessThan"),
        ("Ông bị bắt chỉ chưa đầy 2 tuần sau đó.", "chưa đầy 2 tuần|2||tuần|lessThan"),
        ("Áp dụng cho doanh nghiệp có 100 lao động trở lên.", "100 lao động trở lên|100||lao động|atLeast"),
        ("Trên dưới 200 hộ dân đã ký cam kết.", "Trên dưới 200 hộ dân|200||hộ dân|approximately"),
        ("Bà Lê Thị Loan (28 tuổi) là vợ của Minh.", "28 tuổi|28||tuổi|exact"),
        ("Diện tích 1.500 m² đất.", "1.500 m²|1500||m²|exact"),
        ("Toàn xã có tổng số 1.200 hộ.", "1.200 hộ|1200||hộ|exact"),
        ("Công an đã cấp 500 thẻ căn cước.", "500 thẻ căn cước|500||thẻ căn cước|exact"),
        ("Lượng khách tăng 5 triệu lượt, cả năm đạt khoảng 15 triệu lượt.", "5 triệu lượt|5000000||lượt|exact;;khoảng 15 triệu lượt|15000000||lượt|approximately"),
        ("Bị thương 2 tài xế Nguyễn Văn Hoàng và Lê Tấn Hùng.", "2 tài xế|2||tài xế|exact"),
        ("Đã có 2.000 người đăng ký.", "2.000 người|2000||người|exact"),
        ("Trong năm có 2000 người tham gia.", "2000 người|2000||người|exact"),
        ("Giá vé 1,5 USD.", "1,5 USD|1.5||USD|exact"),
        ("Đội nhà thắng với một tỷ số đẹp; có 3 triệu chứng, tỷ lệ 5 tỷ lệ thuận.", "3 triệu chứng|3||triệu chứng|exact;;5 tỷ lệ thuận|5||tỷ lệ thuận|exact"),
        ("Tỷ lệ đạt 100 phần trăm; “50 hộ dân” được hỗ trợ.", "100 phần trăm|100||phần trăm|exact;;50 hộ dân|50||hộ dân|exact"),
        ("Tổ công tác bắt quả tang 01 đối tượng, thu giữ 02 gói ma túy.", "01 đối tượng|1||đối tượng|exact;;02 gói ma túy|2||gói ma túy|exact"),
        ("Đề án có hiệu lực từ ngày 5/3, với 1.234/1.500 hộ ký cam kết (đạt 82,3%).", "1.234/1.500 hộ|1234|1500|hộ|exact;;82,3%|82.3||%|exact"),
        ("Cách đây 5 năm, có tới 1/5 số hộ có người liên quan đến ma túy.", "5 năm|5||năm|exact;;1/5 số hộ|1|5|số hộ|exact"),
        ("Tỷ lệ 3/4 số xã đạt chuẩn, 2/3 số hộ dân đã ký.", "3/4 số xã|3|4|số xã|exact;;2/3 số hộ dân|2|3|số hộ dân|exact"),
        ("Đề nghị giải quyết dứt điểm 9 vụ tranh chấp đất đai kéo dài.", "9 vụ tranh chấp đất đai|9||vụ tranh chấp đất đai|exact"),
        ("Tập trung xử lý trọng điểm 12 tụ điểm ma túy.", "12 tụ điểm ma túy|12||tụ điểm ma túy|exact"),
        ("Hẻm 47 dài khoảng 600 m với 142 hộ dân.", "khoảng 600 m|600||m|approximately;;142 hộ dân|142||hộ dân|exact"),
        ("Ông nói: “Chúng tôi đã bắt 5 đối tượng”.", "5 đối tượng|5||đối tượng|exact"),
        ("Bà nói: “Trong 8 ngày diễn ra, đường hoa đón khách”.", "8 ngày|8||ngày|exact"),
        ("Ông cho biết: “Tập đoàn chuẩn bị 200.000 sản phẩm từ giữa năm”.", "200.000 sản phẩm|200000||sản phẩm|exact"),
        ("Đơn vị cử 30 cảnh sát, còn cảnh sát 20 người trực chốt.", "30 cảnh sát|30||cảnh sát|exact;;20 người trực chốt|20||người trực chốt|exact"),
        ("Bắt 12 vụ và 9 đối tượng; quận 2 có 15 vụ.", "12 vụ|12||vụ|exact;;9 đối tượng|9||đối tượng|exact;;15 vụ|15||vụ|exact"),
        ("Thu giữ (3 bánh) - 500 gam heroin.", "3 bánh|3||bánh|exact;;500 gam|500||gam|exact"));

    /// <summary>Each row: a paragraph in which no figure is found.</summary>
    public static TheoryData<string, string> NonMatches() => Titled(
        "Ngày 02/3/2017, Huyện Tuyên Hóa tổ chức Hội nghị tổng kết năm 2016.",
        "Ngày 14-01-2021, Ban Chỉ đạo 138 tỉnh tổ chức hội nghị.",
        "Ngày 8 tháng 3, UBND thành phố Đồng Hới tổ chức hội nghị.",
        "Sáng 4.8, Công an tỉnh đã tổ chức hội nghị.",
        "Sáng 7-2, Trung tướng Nguyễn Văn Sơn đến thăm.",
        "Báo cáo kết quả trong tháng 8/2017 và tháng 3/2019.",
        "Năm học 2019-2020, nhà trường đạt chuẩn; nhiệm kỳ 2015 - 2020.",
        "Thực hiện Chỉ thị 09 của Ban Bí thư và Chỉ thị số 09-CT/TW ngày 1-12-2011.",
        "Quán triệt Kết luận số 44-KL/TW ngày 22-1-2019 của Ban Bí thư.",
        "Theo Quyết định số 1234/QĐ-UBND và Nghị định 155/2016/NĐ-CP.",
        "Vi phạm Điểm b, Khoản 2, Điều 21 Nghị định 100.",
        "Báo cáo của Ban chỉ đạo 138 huyện và Ban Chỉ đạo 138 tỉnh.",
        "Xe lưu thông trên Quốc lộ 1A và QL 32 thì gặp nạn.",
        "Gia đình ở Tổ dân phố 5, phường Bắc Lý; thôn 3, xã Vạn Ninh; xóm 8.",
        "Chiến sĩ Sư đoàn 304 đến thăm.",
        "Tại Đại hội lần thứ XIII và Hội nghị Công an toàn quốc lần thứ 72.",
        "Các buổi học diễn ra vào thứ 2 hằng tuần.",
        "Người dân gọi 113 hoặc số điện thoại 0912.345.678 và 0912345678.",
        "Cập nhật lúc 23:34, khoảng 15h40 và 8h30 sáng.",
        "Đến 17 giờ 30 phút, đối tượng về nhà.",
        "Bị cáo Bùi Thị Chiên (SN 1977) và Lò Hữu Pành, sinh năm 1958.",
        "1. Tăng cường công tác tuyên truyền.",
        "Mỗi đơn vị phải có một mô hình; một số nơi chưa quan tâm.",
        "Hàng trăm người dân đã tham gia.",
        "Xe ô tô biển kiểm soát 25A - 023.14 bị tai nạn.",
        "Kết quả phòng, chống dịch COVID-19 và mạng 4G.",
        "Đồng chí Nguyễn Văn A nói, iPhone 7 và Nokia 6 đã bán hết.",
        "Kết quả xổ số là 07 08 10 12 15 16.",
        "Giải đấu SEA Games 29 diễn ra tại Malaysia.",
        "Bệnh viện Nhi đồng 1 (TP.HCM) tiếp nhận bệnh nhân.",
        "Đồng chí Đoàn Ngọc Lâm là Phó Chủ tịch UBND tỉnh.",
        "Tết Nguyên đán Đinh Dậu – 2017 đã qua; năm 2016 và 2017.",
        "Tỷ số chung cuộc là 2-1.",
        "Trong 6 tháng đầu năm 2017 và quý I/2017, tình hình ổn định.",
        "Giải U19 Đông Nam Á tại Myanmar (4-17/9) và (16-24/2).",
        "Đường thuộc khu dân cư liên phường 2, 3, 4, 5, 6 được điều chỉnh.",
        "Hoàng Anh Tuấn (ĐKTT: 49/166, ở tại 21/50/286 Lê Lai).",
        "Đến 27 tháng Chạp, may có người mua hoa.",
        "Tiếp tục thông tin! 7. BĐS Malaysia tăng giá.",
        "Hội thi diễn ra trong (từ 15 - 17/8) tại xã.",
        "Xây dựng mô hình “3 không” và thực hiện phương châm 4 tại chỗ; Đội 2 trực.",
        "Lực lượng chức năng bắt giữ hai đối tượng.",
        "Hai đối tượng đã bị bắt.",
        "Xã có hai mươi lăm hộ tham gia; trong quý xây dựng thêm ba mô hình.",
        "Với kinh phí ước tính khoảng bốn tỷ, cần hàng nghìn lượt người.",
        "Ra mắt mô hình tại hẻm 47 đường Quang Trung, ngõ 12 và ngách 5, kiệt 23.",
        "Mô hình “Ngõ an toàn (3 có)” tại phường Đông Hải 1 và “Bản ‘3 không’”.",
        "Người dân gọi số 113, lực lượng Cảnh sát 113 trực 24/7.",
        "Lãnh đạo các quận 2 và 9 khi đề cập; tổ 3 hoặc 4.",
        "Tại khu vực biên giới M 1370 (1)- 500 thuộc khu 4.",
        "Tổ công tác số 2 phương án 279 đã phá thành công chuyên án.");

    [Fact]
    public void Extract_NumberInTitle_IsNotAFigure()
    {
        var article = FigureTestArticles.FromParagraphs("Thu giữ 30kg thuốc nổ", "Công an tỉnh đã thu giữ 12 khẩu súng.");

        var figures = Extractor.Extract(article);

        Assert.Equal(["12 khẩu súng"], figures.Select(f => f.Text));
    }

    [Fact]
    public void Run_NumberInsideClaimedDate_IsSkipped()
    {
        var article = FigureTestArticles.FromParagraphs("Tiêu đề", "Hội nghị diễn ra 5 ngày, có 40 đại biểu.");
        var context = new ExtractionContext(article);
        var start = article.Text.IndexOf("5 ngày", StringComparison.Ordinal);
        context.Dates.Add(new DateMention { Text = "5 ngày", Value = "2017", Granularity = DateGranularity.Year, Inferred = false, Span = new SourceSpan(start, 6) });
        context.Claims.Claim(new SourceSpan(start, 6), EntityKinds.Date);

        Extractor.Run(context);

        Assert.Equal(["40 đại biểu"], context.Figures.Select(f => f.Text));
    }

    [Fact]
    public void Run_OrganizationClaim_SkipsNameNumberButNotCountedNoun()
    {
        var article = FigureTestArticles.FromParagraphs("Tiêu đề", "Ban Chỉ đạo 138 họp với Công an 13 huyện thị, thành phố.");
        var context = new ExtractionContext(article);
        foreach (var name in new[] { "Ban Chỉ đạo 138", "Công an 13 huyện" })
        {
            var start = article.Text.IndexOf(name, StringComparison.Ordinal);
            context.Organizations.Add(new OrganizationMention(name, name, new SourceSpan(start, name.Length)));
            context.Claims.Claim(new SourceSpan(start, name.Length), EntityKinds.Organization);
        }

        Extractor.Run(context);

        Assert.Equal(["13 huyện thị, thành phố"], context.Figures.Select(f => f.Text));
    }

    [Fact]
    public void Extract_SameFactTwice_CountsTwice()
    {
        var article = FigureTestArticles.FromParagraphs("Tiêu đề", "Trao Cờ thi đua cho 3 tập thể.", "Tặng cờ thi đua cho 3 tập thể.");

        var figures = Extractor.Extract(article);

        Assert.Equal([3d, 3d], figures.Select(f => f.Value));
    }

    [Fact]
    public void Pipeline_UseFigures_FindsFigures()
    {
        var article = FigureTestArticles.FromParagraphs("Tiêu đề", "Toàn tỉnh có 94 mô hình.");
        var pipeline = new TextMiningPipelineBuilder().UseFigures().Build();

        var analysis = pipeline.Analyze(article);

        var figure = Assert.Single(analysis.Figures);
        Assert.Equal(94, figure.Value);
        Assert.Equal("mô hình", figure.Unit);
    }

    [Fact]
    public void Extract_RandomText_NeverThrowsAndSpansIndexText()
    {
        const string alphabet = "0123456789.,/-–:%+()“” \u00A0abcđhkmngtyưươờiàáạảãêếệ";
        var random = new Random(20261121);
        var words = new[] { "triệu", "tỷ", "nghìn", "hơn", "gần", "khoảng", "năm", "ngày", "tháng", "số", "hai", "mươi", "mô hình", "người", "kg", "và", ",", "trở lên" };
        for (var n = 0; n < 300; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 200);
            for (var i = 0; i < length; i++)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append(' ').Append(words[random.Next(words.Length)]).Append(' ');
                }
                else
                {
                    builder.Append(alphabet[random.Next(alphabet.Length)]);
                }
            }

            var article = FigureTestArticles.FromParagraphs("Tiêu đề", builder.ToString());
            var figures = Extractor.Extract(article);
            Assert.All(figures, f =>
            {
                Assert.Equal(f.Text, article.Text.Substring(f.Span.Start, f.Span.Length));
                Assert.True(double.IsFinite(f.Value) && f.Value > 0);
            });
        }
    }

    [Theory]
    [InlineData("1.", 1 << 20)]
    [InlineData("12/", 1 << 20)]
    [InlineData("9", 1 << 20)]
    [InlineData("99999999999999999999", 1 << 20)]
    [InlineData("1 ", 1 << 18)]
    [InlineData("1.5 ", 1 << 18)]
    [InlineData("triệu ", 1 << 18)]
    [InlineData("hai mươi ", 1 << 18)]
    [InlineData("9 tỷ ", 1 << 18)]
    [InlineData("5 mô hình, ", 1 << 18)]
    public void Extract_LongRepeats_FinishesWithoutHanging(string unit, int length)
    {
        // Speed is measured by the benchmarks, not here: this only checks pathological input ends with valid spans.
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        var article = FigureTestArticles.FromParagraphs("Tiêu đề", text.ToString());

        var figures = Extractor.Extract(article);

        Assert.All(figures.Take(100), f => Assert.Equal(f.Text, article.Text.Substring(f.Span.Start, f.Span.Length)));
    }

    [Fact]
    public void Extract_VeryLongLineOfNumbersAndWords_FindsFiguresWithSpans()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 1 << 18; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"có {i % 997} mô hình, gần {i % 89},5 triệu đồng và {i % 31}/{(i % 31) + 3} xã; ");
        }

        var article = FigureTestArticles.FromParagraphs("Tiêu đề", text.ToString());

        var figures = Extractor.Extract(article);

        Assert.True(figures.Count > 5_000);
        Assert.All(figures.Take(100), f => Assert.Equal(f.Text, article.Text.Substring(f.Span.Start, f.Span.Length)));
    }

    protected override bool RowsListEverything => true;

    protected override (string Text, IReadOnlyList<Figure> Found) Find(string title, string paragraph)
    {
        var article = FigureTestArticles.FromParagraphs(title, paragraph);
        return (article.Text, Extractor.Extract(article));
    }

    protected override string Describe(Figure item) => Line(item);

    protected override IEnumerable<(SourceSpan Span, string Text)> Mentions(Figure item) => [(item.Span, item.Text)];

    private static TheoryData<string, string, string[]> Rows(params (string Paragraph, string Expected)[] rows)
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var (paragraph, expected) in rows)
        {
            data.Add(Title, paragraph, expected.Split(";;"));
        }

        return data;
    }

    private static TheoryData<string, string> Titled(params string[] paragraphs) => Paragraphs(Title, paragraphs);

    private static string Line(Figure f) => string.Join('|',
        f.Text,
        f.Value.ToString(CultureInfo.InvariantCulture),
        f.Total?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        f.Unit ?? string.Empty,
        ArticleJsonWriter.QualifierName(f.Qualifier));
}
