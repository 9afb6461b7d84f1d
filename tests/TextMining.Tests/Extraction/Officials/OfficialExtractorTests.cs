using System.Text;
using TextMining.Extraction;
using TextMining.Extraction.Officials;

namespace TextMining.Tests.Extraction.Officials;

public sealed class OfficialExtractorTests
{
    private static readonly TextMiningPipeline Pipeline = new TextMiningPipelineBuilder().UseOfficials().Build();

    public static TheoryData<string, string, string?, string?, string> Matches() => new()
    {
        // text, name, rank, honorific, positions joined by " | "
        { "Đồng chí Đại tá Trần Minh Thùy, Phó Giám đốc Công an tỉnh, Phó trưởng Ban chỉ đạo 138 tỉnh dự và chỉ đạo hội nghị.",
            "Trần Minh Thùy", "Đại tá", "Đồng chí", "Phó Giám đốc Công an tỉnh | Phó trưởng Ban chỉ đạo 138 tỉnh" },
        { "Phó giám đốc Công an tỉnh Bùi Hữu Danh lưu ý với huyện.", "Bùi Hữu Danh", null, null, "Phó giám đốc Công an tỉnh" },
        { "Đại tá Bùi Hữu Danh, Phó giám đốc Công an tỉnh, Trưởng đoàn kiểm tra của Tỉnh, đánh giá cao kết quả.",
            "Bùi Hữu Danh", "Đại tá", null, "Phó giám đốc Công an tỉnh | Trưởng đoàn kiểm tra của Tỉnh" },
        { "Đại tướng Tô Lâm - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an phát biểu.",
            "Tô Lâm", "Đại tướng", null, "Ủy viên Bộ Chính trị | Bộ trưởng Bộ Công an" },
        { "Đồng chí Đại tá Nguyễn Hữu Thiên – Phó Giám đốc Công an tỉnh chủ trì hội nghị.",
            "Nguyễn Hữu Thiên", "Đại tá", "Đồng chí", "Phó Giám đốc Công an tỉnh" },
        { "Trung tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Công an, dẫn đầu đoàn công tác.",
            "Nguyễn Văn Sơn", "Trung tướng", null, "Thứ trưởng Bộ Công an" },
        { "Thứ trưởng Nguyễn Văn Sơn phát biểu chỉ đạo.", "Nguyễn Văn Sơn", null, null, "Thứ trưởng" },
        { "Chủ tịch UBND tỉnh Trần Văn Chuyện dự hội nghị.", "Trần Văn Chuyện", null, null, "Chủ tịch UBND tỉnh" },
        { "Giám đốc Công an tỉnh Sóc Trăng Lê Minh Quang báo cáo.", "Lê Minh Quang", null, null, "Giám đốc Công an tỉnh Sóc Trăng" },
        { "Đồng chí Đoàn Ngọc Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh dự và chủ trì hội nghị.",
            "Đoàn Ngọc Lâm", null, "Đồng chí", "Ủy viên Ban Thường vụ Tỉnh ủy | Phó Chủ tịch Thường trực UBND tỉnh" },
        { "ông Nguyễn Văn An, Chủ tịch UBND xã Vạn Ninh cho biết.", "Nguyễn Văn An", null, null, "Chủ tịch UBND xã Vạn Ninh" },
        { "bà Trần Thị Bình - Phó Chủ tịch Hội LHPN huyện phát biểu.", "Trần Thị Bình", null, null, "Phó Chủ tịch Hội LHPN huyện" },
        { "Cùng dự có Ủy viên Bộ Chính trị, Phó Thủ tướng thường trực Trương Hòa Bình.",
            "Trương Hòa Bình", null, null, "Ủy viên Bộ Chính trị | Phó Thủ tướng thường trực" },
        { "Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hà Nội Hoàng Trung Hải dự.",
            "Hoàng Trung Hải", null, null, "Ủy viên Bộ Chính trị | Bí thư Thành ủy Thành phố Hà Nội" },
        { "Thượng tá Trịnh Hồng Sơn, Phó trưởng phòng An ninh Kinh tế, Công an TP. HCM đã trao quyết định.",
            "Trịnh Hồng Sơn", "Thượng tá", null, "Phó trưởng phòng An ninh Kinh tế" },
        { "Thiếu tá Nguyễn Văn Binh, Đội trưởng Đội Cảnh sát giao thông số 2 kiểm tra.",
            "Nguyễn Văn Binh", "Thiếu tá", null, "Đội trưởng Đội Cảnh sát giao thông số 2" },
        { "Đại tá Lê Văn Sao – Giám đốc Công an Hà Tĩnh đã báo cáo.", "Lê Văn Sao", "Đại tá", null, "Giám đốc Công an Hà Tĩnh" },
        { "Phó Bí thư Thường trực Tỉnh ủy Trần Nam Hồng và Phó Chủ tịch UBND tỉnh Dương Tất Thắng cùng dự.",
            "Trần Nam Hồng", null, null, "Phó Bí thư Thường trực Tỉnh ủy" },
        { "Phó Bí thư Thường trực Tỉnh ủy Trần Nam Hồng và Phó Chủ tịch UBND tỉnh Dương Tất Thắng cùng dự.",
            "Dương Tất Thắng", null, null, "Phó Chủ tịch UBND tỉnh" },
        { "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Võ Công Hàm phát biểu.",
            "Võ Công Hàm", null, null, "Bí thư Huyện ủy | Chủ tịch UBND huyện" },
        { "Giám đốc Sở Lao động - Thương binh và Xã hội Nguyễn Văn Hòa cho biết.",
            "Nguyễn Văn Hòa", null, null, "Giám đốc Sở Lao động - Thương binh và Xã hội" },
        { "Trung úy Ksor Nham, cán bộ Công an xã, tham gia.", "Ksor Nham", "Trung úy", null, "cán bộ Công an xã" },
        { "Thiếu tướng, PGS.TS Nguyễn Văn Anh, Giám đốc Học viện Cảnh sát nhân dân phát biểu.",
            "Nguyễn Văn Anh", "Thiếu tướng", null, "Giám đốc Học viện Cảnh sát nhân dân" },
        { "Đ/c Nguyễn Văn Bình, Phó trưởng phòng Xây dựng phong trào bảo vệ ANTQ Công an tỉnh dự.",
            "Nguyễn Văn Bình", null, "Đồng chí", "Phó trưởng phòng Xây dựng phong trào bảo vệ ANTQ Công an tỉnh" },
        { "Đồng chí Trần Thị Dung, Bí thư Huyện đoàn, Chủ tịch Hội LHPN xã Quảng Văn phát biểu.",
            "Trần Thị Dung", null, "Đồng chí", "Bí thư Huyện đoàn | Chủ tịch Hội LHPN xã Quảng Văn" },
        { "Trung tá Thái Duy Hiếu, Đội phó Đội Điều tra trọng án cho biết.", "Thái Duy Hiếu", "Trung tá", null, "Đội phó Đội Điều tra trọng án" },
        { "Tổng Giám đốc Hoàng Anh Gia Lai Nguyễn Văn Sự phát biểu.", "Nguyễn Văn Sự", null, null, "Tổng Giám đốc Hoàng Anh Gia Lai" },
        { "Thượng tá Đặng Minh Tâm Từng là cán bộ trinh sát giỏi.", "Đặng Minh Tâm", "Thượng tá", null, "" },
        { "Chủ tịch UBND xã Hà Lâm Trần Văn Nam phát biểu.", "Trần Văn Nam", null, null, "Chủ tịch UBND xã Hà Lâm" },
        { "Dự có đồng chí Trần Văn Bình, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.",
            "Trần Văn Bình", null, "Đồng chí", "Tỉnh ủy viên | Phó Chủ tịch UBND tỉnh" },
        { "Ông Lê Văn Cường, Trưởng ban công tác Mặt trận khu dân cư số 3 phát biểu.",
            "Lê Văn Cường", null, null, "Trưởng ban công tác Mặt trận khu dân cư số 3" },
        { "Đồng chí Nguyễn Văn Hùng - UVBTV Tỉnh ủy, PCT UBND tỉnh phát biểu.",
            "Nguyễn Văn Hùng", null, "Đồng chí", "UVBTV Tỉnh ủy | PCT UBND tỉnh" },
        { "Ngày 21/11/2019, Thứ trưởng Bộ Công an, Trung tướng Phan Đức Mạnh dẫn đầu đoàn công tác.",
            "Phan Đức Mạnh", "Trung tướng", null, "Thứ trưởng Bộ Công an" },
        { "Thừa ủy quyền của Giám đốc Công an tỉnh, Thượng tá Phạm Thế Tùng - Phó giám đốc Công an tỉnh trao thưởng.",
            "Phạm Thế Tùng", "Thượng tá", null, "Phó giám đốc Công an tỉnh" },
        { "Có các đồng chí: Thiếu tướng Trần Văn Kiên, Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ (Bộ Công an); Lê Thị Thanh Hằng, Phó Bí thư Thường trực Tỉnh ủy.",
            "Lê Thị Thanh Hằng", null, "Đồng chí", "Phó Bí thư Thường trực Tỉnh ủy" },
        { "Tham dự có ông Đồng Văn Hải, Trưởng thôn Bản Phố.", "Đồng Văn Hải", null, null, "Trưởng thôn Bản Phố" },
        { "Phát biểu tại Ngày hội, Phó Giám đốc Công an tỉnh Nghệ An, đồng chí Lê Văn Tuấn ghi nhận sự đoàn kết.",
            "Lê Văn Tuấn", null, "Đồng chí", "Phó Giám đốc Công an tỉnh Nghệ An" },
        { "Thiếu tướng, TS. Đỗ Văn Thịnh, nguyên Giám đốc Công an tỉnh đề xuất.", "Đỗ Văn Thịnh", "Thiếu tướng", null, "nguyên Giám đốc Công an tỉnh" },
        { "Đại tá Vũ Quang Hiệp, Phó GĐ CA tỉnh, Phó trưởng Ban Chỉ đạo 138 tỉnh dự.",
            "Vũ Quang Hiệp", "Đại tá", null, "Phó GĐ CA tỉnh | Phó trưởng Ban Chỉ đạo 138 tỉnh" },
        { "Bà Sơn Thị Sà Rươne, Chủ tịch UBND xã Viên An cho biết.", "Sơn Thị Sà Rươne", null, null, "Chủ tịch UBND xã Viên An" },
        { "Thiếu tướng Nguyễn Văn A, Giám đốc Công an tỉnh (Phó trưởng Ban Chỉ đạo 138 tỉnh) dự.",
            "Nguyễn Văn A", "Thiếu tướng", null, "Giám đốc Công an tỉnh" },
        // A sentence opener (Chiến, Từng …) ends a name only from the name's fourth word, counted from its surname.
        { "Bí thư Huyện ủy Mộc Châu Hà Trung Chiến và Phó Bí thư Huyện ủy Vân Hồ Lường Văn Huân đến thăm.",
            "Hà Trung Chiến", null, null, "Bí thư Huyện ủy Mộc Châu" },
        { "Chủ tịch UBND tỉnh Trần Văn Chiến phát biểu.", "Trần Văn Chiến", null, null, "Chủ tịch UBND tỉnh" },
        { "Giám đốc Công an tỉnh Sóc Trăng Lê Minh Quang Từng là cán bộ trinh sát.",
            "Lê Minh Quang", null, null, "Giám đốc Công an tỉnh Sóc Trăng" },
        // A compound word is never cut inside, even where one of its syllables is a clause word (động, không, triển).
        { "Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM cho biết.",
            "Lê Hoàng Châu", null, null, "Chủ tịch Hiệp hội Bất động sản TP.HCM" },
        { "Ông Nguyễn Văn Bình, Giám đốc Cảng vụ đường thủy nội địa cho biết.",
            "Nguyễn Văn Bình", null, null, "Giám đốc Cảng vụ đường thủy nội địa" },
        { "Ông Lê Văn Cường, Phó Giám đốc Cảng Hàng không quốc tế Nội Bài cho biết.",
            "Lê Văn Cường", null, null, "Phó Giám đốc Cảng Hàng không quốc tế Nội Bài" },
        { "Dự có các đồng chí: Nguyễn Phú Trọng, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương.",
            "Nguyễn Phú Trọng", null, "Đồng chí",
            "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam | Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương" },
        { "Ông Trần Văn Hòa, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện cho biết.",
            "Trần Văn Hòa", null, null, "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện" },
        { "Ông Nguyễn Anh Tuấn - Phó giám đốc Trung tâm phát triển quỹ đất cho biết.",
            "Nguyễn Anh Tuấn", null, null, "Phó giám đốc Trung tâm phát triển quỹ đất" },
        // In lower case "thông tin" is the clause verb (to inform): the position ends before it.
        { "Ông Lê Văn Tùng, Giám đốc Trung tâm Xúc tiến Đầu tư tỉnh thông tin thêm.",
            "Lê Văn Tùng", null, null, "Giám đốc Trung tâm Xúc tiến Đầu tư tỉnh" },
        // Police and border-guard units named with lower-case words (organizations.tsv).
        { "Thượng tá Đào Vịnh Thắng, Trưởng phòng Cảnh sát giao thông đường bộ - đường sắt cho biết.",
            "Đào Vịnh Thắng", "Thượng tá", null, "Trưởng phòng Cảnh sát giao thông đường bộ - đường sắt" },
        { "Đại tá Nguyễn Văn Diễn, Trưởng phòng Phòng chống ma túy và tội phạm Bộ đội Biên phòng Quảng Trị cho biết.",
            "Nguyễn Văn Diễn", "Đại tá", null, "Trưởng phòng Phòng chống ma túy và tội phạm Bộ đội Biên phòng Quảng Trị" },
        // Đại, Thượng, Thiếu are name words (Trần Đại Quang, Lâm Quang Đại, Tăng Chí Thượng); Đại diện, Đại hội … are compounds.
        { "Dự có các đồng chí: Nguyễn Phú Trọng, Tổng Bí thư; Chủ tịch nước Trần Đại Quang, Ủy viên Bộ Chính trị, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương.",
            "Trần Đại Quang", null, null, "Chủ tịch nước | Ủy viên Bộ Chính trị | Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương" },
        { "Thiếu tướng Lâm Quang Đại, Chính ủy Quân chủng Phòng không - Không quân phát biểu.",
            "Lâm Quang Đại", "Thiếu tướng", null, "Chính ủy Quân chủng Phòng không - Không quân" },
        { "Phó Giám đốc Sở Y tế TP Hồ Chí Minh Tăng Chí Thượng cho biết.", "Tăng Chí Thượng", null, null, "Phó Giám đốc Sở Y tế TP Hồ Chí Minh" },
        { "Thượng tá Nguyễn Văn Hùng Đại diện đơn vị nhận cờ.", "Nguyễn Văn Hùng", "Thượng tá", null, "" },
        // A unit noun written in lower case still opens a unit when the unit's capitalised name follows.
        { "Riêng về xây dựng, Giám đốc sở Xây dựng Trần Trọng Tuấn báo cáo.", "Trần Trọng Tuấn", null, null, "Giám đốc sở Xây dựng" },
        { "Thứ trưởng bộ Giáo dục và Đào tạo Bùi Văn Ga nhận định.", "Bùi Văn Ga", null, null, "Thứ trưởng bộ Giáo dục và Đào tạo" },
    };

    public static TheoryData<string> NonMatches() => new()
    {
        "Nhân dịp này, Bộ trưởng Bộ Công an tặng bằng khen cho 8 tập thể.",
        "Lãnh đạo UBND thành phố phát biểu chỉ đạo tại hội nghị.",
        "Đồng chí Phó Giám đốc Công an tỉnh yêu cầu nhiệm vụ trước mắt.",
        "Trường THPT Lương Thế Vinh, đường Nguyễn Huệ, phường Lê Lợi, xã Hoàng Hoa Thám.",
        "Việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh được đẩy mạnh.",
        "anh Nguyễn Văn Tâm, người dân thôn Đông, đã giao nộp vũ khí.",
        "Tặng Giấy khen của Giám đốc Công an tỉnh cho các tập thể.",
        "Thừa ủy quyền của Bộ trưởng Bộ Công an, lãnh đạo Công an tỉnh trao Bằng khen.",
        "Chủ tịch UBND TP. Hồ Chí Minh yêu cầu các sở, ngành.",
        "Thủ tướng nhấn mạnh an ninh trật tự cần giải quyết tại chỗ.",
        "Ngô Quang Văn",
        "tài xế Nguyễn Văn Hoàng và Lê Tấn Hùng của hãng Mai Linh.",
        "Trưởng Công an huyện Lạc Thủy cho biết vụ việc đang được điều tra.",
        "Chủ tịch UBND xã Hà Lâm phát biểu tại buổi lễ.",
        "Chủ tịch UBND thành phố Đồng Hới phát biểu khai mạc.",
        "Thừa ủy quyền của Giám đốc Công an tỉnh, lãnh đạo phòng trao bằng khen.",
        "Chủ tịch Thượng viện Hà Lan phát biểu.",
        "Giám đốc sở cho biết Trần Văn Nam đã bị bắt.",
        "Chủ tịch Đại hội Thể dục thể thao tỉnh phát biểu.",
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void Run_Match_ExtractsNameRankHonorificPositionsAndSpans(string text, string name, string? rank, string? honorific, string positions)
    {
        var analysis = Pipeline.Analyze(SeedArticles.Build("Tin", text));

        var official = Assert.Single(analysis.Officials, o => o.Name == name);
        Assert.Equal(rank, official.Rank);
        Assert.Equal(honorific, official.Honorific);
        Assert.Equal(positions.Length == 0 ? [] : positions.Split(" | "), official.Positions);
        AssertSpans(analysis);
    }

    /// <summary>
    /// Names right after a place word, found by the officials stage on its own. In a pipeline the places stage runs
    /// first (officials need it: a name never starts inside a place) and today reads <c>xã Châu Lăng Lê Văn Bình</c>
    /// as one place, so <c>TextMiningPipeline.Default</c> misses these officials — a gap of the place extractor that
    /// <c>UseOfficials()</c> hid while it ran without places.
    /// </summary>
    public static TheoryData<string, string, string> StageAloneMatches() => new()
    {
        // text, name, positions
        { "Chủ tịch UBND xã Châu Lăng Lê Văn Bình phát biểu.", "Lê Văn Bình", "Chủ tịch UBND xã Châu Lăng" },
        { "Bí thư Chi bộ thôn Y Thanh Hà Niê Kdăm phát biểu.", "Y Thanh Hà Niê Kdăm", "Bí thư Chi bộ thôn" },
    };

    [Theory]
    [MemberData(nameof(StageAloneMatches))]
    public void Run_StageAlone_NameAfterAPlaceWord_IsFound(string text, string name, string positions)
    {
        var article = SeedArticles.Build("Tin", text);

        var official = Assert.Single(Models.TestArticles.Run(article, new OfficialExtractor()).Officials, o => o.Name == name);

        Assert.Equal([positions], official.Positions);
        Assert.All(official.Mentions, m => Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length)));
    }

    [Theory]
    [MemberData(nameof(NonMatches))]
    public void Run_NonMatch_FindsNoOfficial(string text)
    {
        var analysis = Pipeline.Analyze(SeedArticles.Build("Tin", text));

        Assert.Empty(analysis.Officials);
    }

    [Theory]
    [InlineData("Tham dự có các đồng chí: Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh; Trần Thị Bình, Phó Chủ tịch UBND tỉnh.")]
    [InlineData("Tham dự có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh; Trần Thị Bình, Phó Chủ tịch UBND tỉnh.")]
    public void Run_List_ExtractsEveryPerson(string text)
    {
        var analysis = Pipeline.Analyze(SeedArticles.Build("Tin", text));

        Assert.Collection(
            analysis.Officials,
            a =>
            {
                Assert.Equal("Nguyễn Văn An", a.Name);
                Assert.Equal("Đồng chí", a.Honorific);
                Assert.Equal(["Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"], a.Positions);
            },
            b =>
            {
                Assert.Equal("Trần Thị Bình", b.Name);
                Assert.Equal(["Phó Chủ tịch UBND tỉnh"], b.Positions);
            });
        AssertSpans(analysis);
    }

    [Fact]
    public void Run_LaterMentions_MergeIntoOnePerson()
    {
        var article = SeedArticles.Build(
            "Tin",
            "Phó Giám đốc Công an tỉnh Trần Minh Thùy dự hội nghị.",
            "Đại tá Thùy đánh giá cao kết quả; đồng chí Trần Minh Thùy, Phó trưởng Ban chỉ đạo 138 tỉnh nhấn mạnh.",
            "Ông Mai Văn Ninh, Phó Chủ tịch UBND huyện cho biết. Theo ông Ninh, phong trào phát triển.");

        var analysis = Pipeline.Analyze(article);

        Assert.Equal(2, analysis.Officials.Count);
        var thuy = analysis.Officials[0];
        Assert.Equal("Trần Minh Thùy", thuy.Name);
        Assert.Equal("Đại tá", thuy.Rank);
        Assert.Equal("Đồng chí", thuy.Honorific);
        Assert.Equal(["Phó Giám đốc Công an tỉnh", "Phó trưởng Ban chỉ đạo 138 tỉnh"], thuy.Positions);
        Assert.Equal(["Phó Giám đốc Công an tỉnh Trần Minh Thùy", "Đại tá Thùy", "đồng chí Trần Minh Thùy"], thuy.Mentions.Select(m => m.Text));
        Assert.Equal(["Ông Mai Văn Ninh", "ông Ninh"], analysis.Officials[1].Mentions.Select(m => m.Text));
        AssertSpans(analysis);
    }

    [Fact]
    public void Run_ShorterPositionLater_IsDeduplicated()
    {
        var article = SeedArticles.Build(
            "Tin",
            "Đồng chí Đoàn Ngọc Lâm, Phó Chủ tịch Thường trực UBND tỉnh trao Cờ thi đua.",
            "Đồng chí Đoàn Ngọc Lâm, Phó Chủ tịch Thường trực UBND phát biểu. Đồng chí Đoàn Ngọc Lâm, phó chủ tịch thường trực UBND tỉnh kết luận.");

        var official = Assert.Single(Pipeline.Analyze(article).Officials);

        Assert.Equal(["Phó Chủ tịch Thường trực UBND tỉnh"], official.Positions);
        Assert.Equal(3, official.Mentions.Count);
    }

    public static TheoryData<string, string, string, string> SameOfficeTwice() => new()
    {
        // headline, first paragraph, second paragraph, expected positions joined by " | "
        { "Tin", "Đồng chí Trần Văn Chuyện - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự.",
            "Đồng chí Trần Văn Chuyện, Chủ tịch UBND tỉnh Sóc Trăng, đánh giá cao.", "Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh" },
        { "Tin", "Thủ tướng Nguyễn Xuân Phúc chủ trì hội nghị.", "Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.", "Thủ tướng" },
        { "Tin", "Đồng chí Đoàn Ngọc Lâm, Phó Chủ tịch UBND tỉnh dự.", "Đồng chí Đoàn Ngọc Lâm, Phó Chủ tịch UBND phát biểu.",
            "Phó Chủ tịch UBND tỉnh" },
        // The headline abbreviates: the body's wording comes first.
        { "Thứ trưởng Nguyễn Văn Sơn chỉ đạo công tác", "Trung tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Công an, dẫn đầu đoàn.",
            "Thứ trưởng Nguyễn Văn Sơn phát biểu.", "Thứ trưởng Bộ Công an" },
        // Different offices stay apart.
        { "Tin", "Đồng chí Lê Văn A, Bí thư Huyện ủy dự.", "Đồng chí Lê Văn A, Chủ tịch UBND huyện phát biểu.",
            "Bí thư Huyện ủy | Chủ tịch UBND huyện" },
    };

    [Theory]
    [MemberData(nameof(SameOfficeTwice))]
    public void Run_SameOfficeWithMoreOrFewerWords_KeepsFirstBodyWording(string title, string first, string second, string positions)
    {
        var analysis = Pipeline.Analyze(SeedArticles.Build(title, first, second));

        var official = Assert.Single(analysis.Officials);
        Assert.Equal(positions.Split(" | "), official.Positions);
        AssertSpans(analysis);
    }

    [Fact]
    public void Run_AmbiguousGivenName_IsNotMerged()
    {
        var article = SeedArticles.Build(
            "Tin",
            "Đại tá Nguyễn Văn Sơn, Giám đốc Công an tỉnh và Thượng tá Trịnh Hồng Sơn, Phó trưởng phòng Tham mưu dự. Ông Sơn cho biết.");

        var analysis = Pipeline.Analyze(article);

        Assert.Equal(["Nguyễn Văn Sơn", "Trịnh Hồng Sơn"], analysis.Officials.Select(o => o.Name));
        Assert.All(analysis.Officials, o => Assert.Single(o.Mentions));
    }

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var name in SeedArticles.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_Seed_EqualsGold(string seed)
    {
        var analysis = Pipeline.Analyze(SeedArticles.Load(seed));
        var gold = SeedArticles.GoldOfficials(seed);

        Assert.Equal(gold.Select(g => g.Name), analysis.Officials.Select(o => o.Name));
        foreach (var (name, rank, positions) in gold)
        {
            var official = analysis.Officials.Single(o => o.Name == name);
            Assert.Equal(rank, official.Rank);
            Assert.Equal(positions, official.Positions);
        }

        AssertSpans(analysis);
    }

    [Fact]
    public void Run_RandomText_DoesNotThrow()
    {
        var random = new Random(1234);
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẠĐƯỜNGUYỄNTRẦNĐạitáPhóGiámđốc ,.;:-–()'’\n0123456789";
        for (var round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 400);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var analysis = Pipeline.Analyze(SeedArticles.Build("Tin", builder.ToString()));
            Assert.Empty(analysis.Diagnostics);
            AssertSpans(analysis);
        }
    }

    [Fact]
    public void Run_RandomTriggerSoup_DoesNotThrow()
    {
        var random = new Random(42);
        string[] words = ["Đồng chí", "Đại tá", "ông", "bà", "Phó", "Giám đốc", "Công an", "tỉnh", "Nguyễn", "Văn", "An", "Trần", "Thị",
            ",", ";", "-", "(", ")", ":", "Chủ tịch", "UBND", "xã", "Hà", "Nội", "Ban", "chỉ đạo", "138", "của", "và", "kiêm", "dự", "Y", "H'Hen"];
        for (var round = 0; round < 300; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => words[random.Next(words.Length)]));
            var analysis = Pipeline.Analyze(SeedArticles.Build("Tin", text));
            Assert.Empty(analysis.Diagnostics);
            AssertSpans(analysis);
            Assert.All(analysis.Officials, o => Assert.False(string.IsNullOrWhiteSpace(o.Name)));
        }
    }

    [Fact]
    public void Run_PathologicalInput_FindsNobody()
    {
        var oneMegabyteLine = string.Concat(Enumerable.Repeat("Đồng chí Đại tá Phó Giám đốc Công an tỉnh ", 1_000_000 / 42));
        var capitalised = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => i % 3 == 0 ? "Nguyễn" : "Văn"));
        var first = Pipeline.Analyze(SeedArticles.Build("Tin", oneMegabyteLine));
        var second = Pipeline.Analyze(SeedArticles.Build("Tin", capitalised));

        // Speed is measured by OfficialBenchmarks; here the bounded parse must finish and find nobody.
        Assert.Empty(first.Officials);
        Assert.Empty(second.Officials);
    }

    [Fact]
    public void Lexicon_EveryFileLoads()
    {
        var lexicon = OfficialLexicon.Instance;

        var ranks = new List<TextMining.Text.PhraseMatch<Phrase>>();
        lexicon.Triggers.MatchAll("đại tá nguyễn văn a", 0, ranks);
        Assert.Contains(ranks, p => p.Value.Canonical == "Đại tá" && p.Value.Kind == PhraseKind.Rank && p.End == 6);
        Assert.True(lexicon.Surnames.HasPhraseStartingWith("nguyễn"));
        Assert.True(lexicon.Units.HasPhraseStartingWith("ubnd"));
        Assert.True(lexicon.IsVerb("dự"));
        Assert.True(lexicon.IsNonName("việc"));
    }

    private static void AssertSpans(ArticleAnalysis analysis)
    {
        foreach (var official in analysis.Officials)
        {
            Assert.NotEmpty(official.Mentions);
            foreach (var mention in official.Mentions)
            {
                Assert.Equal(mention.Text, analysis.Article.Text.Substring(mention.Span.Start, mention.Span.Length));
            }
        }
    }
}
