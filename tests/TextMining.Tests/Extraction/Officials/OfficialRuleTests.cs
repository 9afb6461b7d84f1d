using TextMining.Extraction;
using TextMining.Extraction.Officials;

namespace TextMining.Tests.Extraction.Officials;

/// <summary>
/// One test per officials rule or lexicon row added for real articles (issue 11; docs/officials.md, rules 3–6): the
/// unit after a comma, names with the title before a comma or after the name, a namesake street inside a name, and the
/// lexicon rows for grassroots staff and long unit names. The sentences are made up for the tests.
/// </summary>
public sealed class OfficialRuleTests
{
    private static readonly TextMiningPipeline Pipeline = new TextMiningPipelineBuilder().UseOfficials().Build();

    // Rule 5: a unit after a comma that is not a title is not part of the position.
    [Fact]
    public void UnitAfterComma_IsDroppedFromThePosition()
    {
        var official = Single("Thiếu tá Lê Văn Khải, Phó Trưởng phòng Cảnh sát hình sự, Công an tỉnh Bình Định cho biết.");

        Assert.Equal("Lê Văn Khải", official.Name);
        Assert.Equal(["Phó Trưởng phòng Cảnh sát hình sự"], official.Positions);
    }

    [Fact]
    public void UnitAfterComma_NextTitleIsStillAPosition()
    {
        var official = Single("Thiếu tá Lê Văn Khải, Phó Trưởng phòng Cảnh sát hình sự, Công an tỉnh Bình Định, Phó trưởng Ban Chỉ đạo 138 tỉnh dự.");

        Assert.Equal(["Phó Trưởng phòng Cảnh sát hình sự", "Phó trưởng Ban Chỉ đạo 138 tỉnh"], official.Positions);
    }

    [Fact]
    public void UnitAfterComma_ListGoesOnAfterIt()
    {
        var officials = Analyze("Dự có đồng chí Lê Văn Khải, Trưởng phòng Cảnh sát hình sự, Công an tỉnh; Phạm Thị Lan, Phó Chủ tịch UBND tỉnh.");

        Assert.Equal(["Lê Văn Khải", "Phạm Thị Lan"], officials.Select(o => o.Name));
        Assert.Equal(["Phó Chủ tịch UBND tỉnh"], officials[1].Positions);
    }

    // Rule 6: title, the unit after a comma, then the rank and the name.
    [Fact]
    public void TitleUnitCommaRank_NameTakesTheTitle()
    {
        var official = Single("Trưởng phòng Cảnh sát hình sự, Công an tỉnh Bình Định, Thượng tá Lê Văn Khải cho biết.");

        Assert.Equal("Lê Văn Khải", official.Name);
        Assert.Equal("Thượng tá", official.Rank);
        Assert.Equal(["Trưởng phòng Cảnh sát hình sự"], official.Positions);
    }

    // Rule 6: a form of address between the title and the name, like a rank.
    [Fact]
    public void TitleCommaAddress_NameTakesTheTitle()
    {
        var official = Single("Chủ tịch UBND xã Phước Hòa, ông Trần Văn Lực cho biết xã có 12 tổ tự quản.");

        Assert.Equal("Trần Văn Lực", official.Name);
        Assert.Null(official.Honorific);
        Assert.Equal(["Chủ tịch UBND xã Phước Hòa"], official.Positions);
    }

    [Theory]
    [InlineData("Sau buổi làm việc với Chủ tịch UBND xã Phước Hòa, ông Trần Văn Lực trở về nhà.")]
    [InlineData("Theo quyết định của Chủ tịch UBND tỉnh, bà Trần Thị Lực nhận nhiệm vụ mới.")]
    [InlineData("Trong chuyến thăm của Bí thư Tỉnh ủy, anh Trần Văn Lực kể lại câu chuyện.")]
    public void TitleOfSomeoneElseCommaAddress_IsNotAnOfficial(string text)
    {
        Assert.Empty(Analyze(text));
    }

    // Rule 4b: a name with nothing before it, then the title after a comma or a dash.
    [Theory]
    [InlineData("Lê Thị Hoa, Chủ tịch Hội LHPN xã Phước Hòa cho biết hội có 40 hội viên.", "Lê Thị Hoa", "Chủ tịch Hội LHPN xã Phước Hòa")]
    [InlineData("Theo Phạm Văn Tài - Trưởng thôn Phú Mỹ, cả thôn có 3 tổ tự quản.", "Phạm Văn Tài", "Trưởng thôn Phú Mỹ")]
    [InlineData("Tham dự có Đỗ Quang Vinh, Phó Giám đốc Công an tỉnh.", "Đỗ Quang Vinh", "Phó Giám đốc Công an tỉnh")]
    public void NameThenTitle_IsAnOfficial(string text, string name, string position)
    {
        var official = Single(text);

        Assert.Equal(name, official.Name);
        Assert.Equal([position], official.Positions);
    }

    [Theory]
    [InlineData("Trường THPT Lương Thế Vinh, Hiệu trưởng nhà trường phát biểu.")]
    [InlineData("Trong lễ hội tết Đinh Dậu, Phó Chủ tịch UBND tỉnh đến thăm.")]
    [InlineData("Ông là giảng viên Trường Đại học Y Hà Nội, Phó Trưởng khoa Nội đã nghỉ hưu.")]
    [InlineData("Tại Quảng Bình, Chủ tịch UBND tỉnh yêu cầu các sở.")]
    [InlineData("Sở Giao thông Vận tải, Giám đốc sở cho biết.")]
    public void CapitalisedRunThatIsNotAName_ThenTitle_IsNotAnOfficial(string text)
    {
        Assert.Empty(Analyze(text));
    }

    // Rules 4b and 7: named with only a form of address, the office given elsewhere in the article.
    [Fact]
    public void AddressOnlyMention_OfficeElsewhere_IsOneOfficial()
    {
        var article = SeedArticles.Build(
            "Tin",
            "Đêm qua, ông Lê Văn Hải nhận được tin báo của người dân.",
            "Theo Lê Văn Hải, Trưởng thôn Phú Mỹ, cả thôn có 3 tổ tự quản. Ông Hải cho biết thêm về mô hình.");

        var official = Assert.Single(Pipeline.Analyze(article).Officials);

        Assert.Equal("Lê Văn Hải", official.Name);
        Assert.Equal(["Trưởng thôn Phú Mỹ"], official.Positions);
        Assert.Equal(["ông Lê Văn Hải", "Lê Văn Hải", "Ông Hải"], official.Mentions.Select(m => m.Text));
    }

    // Rule 4: a street named after a person starts a longer name after a rank, honorific or form of address.
    [Fact]
    public void NamesakeStreetThenGivenName_AfterRank_IsAName()
    {
        var official = Single("Đại tá Trần Phú Lâm, Giám đốc Công an tỉnh phát biểu.");

        Assert.Equal("Trần Phú Lâm", official.Name);
        Assert.Equal(["Giám đốc Công an tỉnh"], official.Positions);
    }

    [Theory]
    [InlineData("Trụ sở ở đường Trần Phú, phường Lê Lợi, do Công an tỉnh quản lý.")]
    [InlineData("Chủ tịch UBND phường Trần Phú phát biểu khai mạc.")]
    public void NamesakeStreet_AloneIsStillAPlace(string text)
    {
        Assert.Empty(Analyze(text));
    }

    // titles.tsv: cán bộ Công an (flag after: a position only after the name).
    [Fact]
    public void CanBoCongAn_AfterTheName_IsAPosition()
    {
        var official = Single("Thượng úy Lê Minh Tâm, cán bộ Công an xã Tân Lập, cho biết người dân đã trình báo.");

        Assert.Equal(["cán bộ Công an xã Tân Lập"], official.Positions);
    }

    [Theory]
    [InlineData("Ông Lê Minh Tâm, cán bộ hưu trí ở thôn Đông, đã giao nộp vũ khí.")]
    [InlineData("Kẻ gian giả danh cán bộ Công an Lê Minh Tâm gọi điện cho người dân.")]
    public void CanBo_NotAfterTheNameOrWithoutPolice_IsNoPosition(string text)
    {
        Assert.Empty(Analyze(text));
    }

    // titles.tsv: Bảo vệ khu phố, the neighbourhood guard.
    [Fact]
    public void BaoVeKhuPho_AfterADash_IsAPosition()
    {
        var official = Single("Ông Trần Văn Bảy - bảo vệ khu phố 3, phường Tân Định - đã báo cho công an.");

        Assert.Equal("Trần Văn Bảy", official.Name);
        Assert.Equal(["bảo vệ khu phố 3"], official.Positions);
    }

    [Fact]
    public void BaoVeKhuPho_WithNoName_IsNotAnOfficial()
    {
        Assert.Empty(Analyze("Lực lượng bảo vệ khu phố đã tuần tra suốt đêm."));
    }

    // organizations.tsv: Ban Tuyên giáo và Dân vận (the 2025 merged Party commission).
    [Fact]
    public void BanTuyenGiaoVaDanVan_IsOneUnit()
    {
        var official = Single("Đồng chí Trần Văn Hòa, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự hội nghị.");

        Assert.Equal(["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"], official.Positions);
    }

    // organizations.tsv: Ban Chỉ đạo thực hiện, phong trào toàn dân bảo vệ (the movement inside a unit's name).
    [Fact]
    public void BanChiDaoThucHienPhongTrao_IsOneUnit()
    {
        var official = Single("Ông Lê Văn Tám, Phó trưởng Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh; bà Hồ Thị Nga cùng dự.");

        Assert.Equal(["Phó trưởng Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh"], official.Positions);
    }

    [Fact]
    public void CucPhongTraoToanDanBaoVe_IsOneUnit()
    {
        var official = Single("Thiếu tướng Hồ Văn Lâm, Cục trưởng Cục phong trào toàn dân bảo vệ an ninh Tổ quốc, Bộ Công an dự.");

        Assert.Equal(["Cục trưởng Cục phong trào toàn dân bảo vệ an ninh Tổ quốc"], official.Positions);
    }

    private static Official Single(string text)
    {
        var officials = Analyze(text);
        return Assert.Single(officials);
    }

    private static IReadOnlyList<Official> Analyze(string text)
    {
        var analysis = Pipeline.Analyze(SeedArticles.Build("Tin", text));
        foreach (var mention in analysis.Officials.SelectMany(o => o.Mentions))
        {
            Assert.Equal(mention.Text, analysis.Article.Text.Substring(mention.Span.Start, mention.Span.Length));
        }

        return analysis.Officials;
    }
}
