using TextMining.Tests.Extraction.Dates;

namespace TextMining.Tests.Extraction.Documents;

public sealed class DocumentExtractorTests
{
    public static TheoryData<string, string, string, string, string?, string?, string?> Matches() => new()
    {
        // paragraph, text, name, kind, number, issuer code, date
        { "thực hiện Chỉ thị số 09-CT/TW ngày 1-12-2011 của Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 1-12-2011", "Chỉ thị số 09-CT/TW", "Chỉ thị", "09", "CT/TW", "2011-12-01" },
        { "sơ kết 05 năm thực hiện Chỉ thị 09 của Ban Bí thư", "Chỉ thị 09", "Chỉ thị 09", "Chỉ thị", "09", null, null },
        { "kết quả thực hiện Chỉ thị số 09 của Ban Bí thư", "Chỉ thị số 09", "Chỉ thị số 09", "Chỉ thị", "09", null, null },
        { "quán triệt Kết luận số 44-KL/TW ngày 22-1-2019 của Ban Bí thư", "Kết luận số 44-KL/TW ngày 22-1-2019", "Kết luận số 44-KL/TW", "Kết luận", "44", "KL/TW", "2019-01-22" },
        { "theo Nghị quyết số 51-NQ/TW của Bộ Chính trị", "Nghị quyết số 51-NQ/TW", "Nghị quyết số 51-NQ/TW", "Nghị quyết", "51", "NQ/TW", null },
        { "ban hành Quyết định số 1234/QĐ-UBND về việc", "Quyết định số 1234/QĐ-UBND", "Quyết định số 1234/QĐ-UBND", "Quyết định", "1234", "QĐ-UBND", null },
        { "theo Nghị định 144/2021/NĐ-CP của Chính phủ", "Nghị định 144/2021/NĐ-CP", "Nghị định 144/2021/NĐ-CP", "Nghị định", "144/2021", "NĐ-CP", null },
        { "triển khai Kế hoạch số 12/KH-CAT của Công an tỉnh", "Kế hoạch số 12/KH-CAT", "Kế hoạch số 12/KH-CAT", "Kế hoạch", "12", "KH-CAT", null },
        { "hướng dẫn tại Thông tư 124/2021/TT-BCA", "Thông tư 124/2021/TT-BCA", "Thông tư 124/2021/TT-BCA", "Thông tư", "124/2021", "TT-BCA", null },
        { "theo quyết định số 19 ngày 18-3-2015 của Cơ quan CSĐT", "quyết định số 19 ngày 18-3-2015", "Quyết định số 19", "Quyết định", "19", null, "2015-03-18" },
        { "thực hiện Quyết định 522/QĐ-TTg ngày 14 tháng 5 năm 2018 của Thủ tướng", "Quyết định 522/QĐ-TTg ngày 14 tháng 5 năm 2018", "Quyết định 522/QĐ-TTg", "Quyết định", "522", "QĐ-TTg", "2018-05-14" },
        { "Nghị định số 131/2018 ngày 29/9/2018 của Chính phủ", "Nghị định số 131/2018 ngày 29/9/2018", "Nghị định số 131/2018", "Nghị định", "131/2018", null, "2018-09-29" },
        { "Nghị quyết số 39-NQ/TW, ngày 20-1-1962 của Bộ Chính trị", "Nghị quyết số 39-NQ/TW, ngày 20-1-1962", "Nghị quyết số 39-NQ/TW", "Nghị quyết", "39", "NQ/TW", "1962-01-20" },
        { "theo Thông báo kết luận số 15-TB/TW của Ban Bí thư", "Thông báo kết luận số 15-TB/TW", "Thông báo kết luận số 15-TB/TW", "Thông báo kết luận", "15", "TB/TW", null },
        { "Nghị quyết số 343/2017/UBTVQH14 của Ủy ban", "Nghị quyết số 343/2017/UBTVQH14", "Nghị quyết số 343/2017/UBTVQH14", "Nghị quyết", "343/2017", "UBTVQH14", null },
        { "thi hành Luật Công an nhân dân năm 2018 trong", "Luật Công an nhân dân", "Luật Công an nhân dân", "Luật", null, null, null },
        { "vi phạm Bộ luật Hình sự, bị khởi tố", "Bộ luật Hình sự", "Bộ luật Hình sự", "Bộ luật", null, null, null },
        { "tuyên truyền Luật Phòng, chống ma túy cho", "Luật Phòng, chống ma túy", "Luật Phòng, chống ma túy", "Luật", null, null, null },
        { "Luật Thuế TTĐB sửa đổi", "Luật Thuế TTĐB", "Luật Thuế TTĐB", "Luật", null, null, null },
        { "nội dung của Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; kỹ năng", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Luật", null, null, null },
        { "quán triệt Nghị quyết Trung ương 4 khóa XII về", "Nghị quyết Trung ương 4", "Nghị quyết Trung ương 4", "Nghị quyết", null, null, null },
        { "thực hiện Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội XII", "Nghị quyết Đại hội XII", "Nghị quyết", null, null, null },
        { "triển khai Kế hoạch 2467 của Công an tỉnh", "Kế hoạch 2467", "Kế hoạch 2467", "Kế hoạch", "2467", null, null },
        { "sửa đổi Luật Công an nhân dân đáp ứng yêu cầu", "Luật Công an nhân dân", "Luật Công an nhân dân", "Luật", null, null, null },
    };

    public static TheoryData<string> NonMatches() => new()
    {
        "Cơ quan điều tra ra Quyết định khởi tố vụ án hình sự",
        "ra quyết định khởi tố hình sự 75 tin",
        "sớm có kế hoạch kiểm tra theo chuyên đề",
        "xây dựng Kế hoạch 5 năm của tỉnh",
        "Kết luận 3 điểm quan trọng",
        "thực hiện tốt kế hoạch bảo vệ Đại hội Đảng toàn quốc lần thứ XIII",
        "Luật sư Nguyễn Văn A bào chữa",
        "sinh viên trường Đại học Luật TP.HCM",
        "theo báo Pháp Luật TP.HCM đã thông tin",
        "đúng quy định của UBND tỉnh",
        "Thông báo 3 điểm mới",
        "số 44-KL/TW",
        "theo Kế hoạch 2021 của tỉnh",
        "Nghị quyết số",
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void Run_Reference_ExtractsFields(string paragraph, string text, string name, string kind, string? number, string? code, string? date)
    {
        var analysis = TestArticles.AnalyzeParagraph(paragraph);

        var reference = Assert.Single(analysis.Documents);
        Assert.Equal(text, reference.Text);
        Assert.Equal(name, reference.Name);
        Assert.Equal(kind, TextMining.Extraction.Documents.DocumentLexicon.ToWord(reference.Kind));
        Assert.Equal(number, reference.Number);
        Assert.Equal(code, reference.IssuerCode);
        Assert.Equal(date, reference.Date);
        Assert.Equal(text, analysis.Article.Text.Substring(reference.Span.Start, reference.Span.Length));
    }

    [Theory]
    [MemberData(nameof(NonMatches))]
    public void Run_NotAReference_ExtractsNothing(string paragraph)
    {
        Assert.Empty(TestArticles.AnalyzeParagraph(paragraph).Documents);
    }

    [Fact]
    public void Run_SameDocumentTwice_OneMentionEachWithTheFirstName()
    {
        var analysis = TestArticles.AnalyzeParagraph("5 năm thực hiện Chỉ thị số 09 của Ban Bí thư; theo tinh thần Chỉ thị 09 là huy động");

        Assert.Equal(["Chỉ thị số 09", "Chỉ thị 09"], analysis.Documents.Select(d => d.Text));
        Assert.All(analysis.Documents, d => Assert.Equal("Chỉ thị số 09", d.Name));
    }

    [Fact]
    public void Run_ShortThenFullMention_NameHasIssuerCode()
    {
        var analysis = TestArticles.AnalyzeParagraph("Chỉ thị 09 đã đi vào cuộc sống. Chỉ thị số 09-CT/TW ngày 1-12-2011 của Ban Bí thư");

        Assert.Equal(2, analysis.Documents.Count);
        Assert.All(analysis.Documents, d => Assert.Equal("Chỉ thị số 09-CT/TW", d.Name));
    }

    [Fact]
    public void Run_NumberWithYearThenShortNumber_SameName()
    {
        var analysis = TestArticles.AnalyzeParagraph("Theo Nghị định 68/2026/NĐ-CP của Chính phủ. Nghị định số 68 nêu rõ");

        Assert.Equal(2, analysis.Documents.Count);
        Assert.All(analysis.Documents, d => Assert.Equal("Nghị định 68/2026/NĐ-CP", d.Name));
    }

    [Theory]
    [MemberData(nameof(TestArticles.Seeds), MemberType = typeof(TestArticles))]
    public void Run_AnnotatedArticle_DocumentNamesMatchGold(string seed)
    {
        var gold = TestArticles.Strings(TestArticles.Gold(seed), "documents");
        var analysis = TestArticles.Analyze(TestArticles.Seed(seed));
        var names = analysis.Documents.Select(d => d.Name).Distinct().ToArray();

        // Every gold document is found; every numbered reference found is in the gold. Laws cited by name are
        // checked by the theories above (a09 cites one that its gold leaves out).
        Assert.All(gold, name => Assert.Contains(name, names));
        Assert.All(analysis.Documents.Where(d => d.Number is not null), d => Assert.Contains(d.Name, gold));
        Assert.All(analysis.Documents, d => Assert.Equal(d.Text, analysis.Article.Text.Substring(d.Span.Start, d.Span.Length)));
    }

    [Fact]
    public void Run_GarbageInput_NeverThrows()
    {
        var random = new Random(11);
        const string alphabet = "0123456789/-. ,ABCĐQTWNsốChỉ thịLuật\n";
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(1, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var analysis = TestArticles.AnalyzeParagraph(new string(chars));

            Assert.All(analysis.Documents, d => Assert.Equal(d.Text, analysis.Article.Text.Substring(d.Span.Start, d.Span.Length)));
        }

        var longLine = string.Concat(Enumerable.Repeat("Chỉ thị số 09-CT/TW ngày 1-12-2011, Luật Đất đai ", 5_000));
        Assert.Equal(DocumentExtractorLimit, TestArticles.AnalyzeParagraph(longLine).Documents.Count);
    }

    private static int DocumentExtractorLimit => TextMining.Extraction.Documents.DocumentExtractor.MaxDocuments;
}
