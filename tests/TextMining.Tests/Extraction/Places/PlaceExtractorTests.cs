using TextMining.Extraction.Places;
using TextMining.Parsing;
using TextMining.Tests.Extraction.Models;

namespace TextMining.Tests.Extraction.Places;

public sealed class PlaceExtractorTests
{
    private static readonly PlaceExtractor Extractor = new();

    [Theory]
    [InlineData("Mô hình ở xã Vạn Ninh được nhân rộng.", "xã Vạn Ninh", "Vạn Ninh", "xã", null)]
    [InlineData("Thôn nói không với pháo ở TX. Ba Đồn.", "TX. Ba Đồn", "Ba Đồn", "thị xã", "Quảng Bình")]
    [InlineData("Đội xe du lịch an toàn (TP. Đồng Hới).", "TP. Đồng Hới", "Đồng Hới", "thành phố", "Quảng Bình")]
    [InlineData("Huyện Tuyên Hóa tổ chức hội nghị.", "Huyện Tuyên Hóa", "Tuyên Hóa", "huyện", "Quảng Bình")]
    [InlineData("Đoàn làm việc với tỉnh Hà Tĩnh.", "tỉnh Hà Tĩnh", "Hà Tĩnh", "tỉnh", "Hà Tĩnh")]
    [InlineData("Đoàn làm việc với tỉnh Thanh Hoá.", "tỉnh Thanh Hoá", "Thanh Hoá", "tỉnh", "Thanh Hóa")]
    [InlineData("UBND thành phố Đồng Hới tổ chức hội nghị.", "thành phố Đồng Hới", "Đồng Hới", "thành phố", "Quảng Bình")]
    [InlineData("Thăm và làm việc với Công an tỉnh Sóc Trăng.", "tỉnh Sóc Trăng", "Sóc Trăng", "tỉnh", "Sóc Trăng")]
    [InlineData("Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Chuyện phát biểu.", "tỉnh Sóc Trăng", "Sóc Trăng", "tỉnh", "Sóc Trăng")]
    [InlineData("Khen thưởng của Công an TP.HCM.", "TP.HCM", "HCM", "thành phố", "Hồ Chí Minh")]
    [InlineData("Trụ sở ở quận 3.", "quận 3", "3", "quận", "Hồ Chí Minh")]
    [InlineData("Người dân phường Bình Trị Đông A hỗ trợ.", "phường Bình Trị Đông A", "Bình Trị Đông A", "phường", "Hồ Chí Minh")]
    [InlineData("Tỉnh Bà Rịa - Vũng Tàu có nhiều mô hình.", "Tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "tỉnh", "Bà Rịa - Vũng Tàu")]
    [InlineData("Giám đốc Công an Hà Tĩnh báo cáo.", "Hà Tĩnh", "Hà Tĩnh", "tỉnh", "Hà Tĩnh")]
    [InlineData("Thị trấn Vĩnh Bình tổ chức ngày hội.", "Thị trấn Vĩnh Bình", "Vĩnh Bình", "thị trấn", null)]
    [InlineData("Lực lượng ở tổ dân phố 5 tuần tra.", "tổ dân phố 5", "5", "tổ dân phố", null)]
    [InlineData("Người dân ấp Phnôm Pi tham gia.", "ấp Phnôm Pi", "Phnôm Pi", "ấp", null)]
    [InlineData("Người dân xã Việt Lâm Nguyễn Sỹ Nguyên cho biết.", "xã Việt Lâm", "Việt Lâm", "xã", "Hà Giang")]
    [InlineData("Lãnh đạo quận Bình Thạnh Đội Cảnh sát giao thông.", "quận Bình Thạnh", "Bình Thạnh", "quận", "Hồ Chí Minh")]
    [InlineData("Ngày hội ở buôn Tơng Jú (TP. Buôn Ma Thuột) tưng bừng.", "buôn Tơng Jú|TP. Buôn Ma Thuột", "Tơng Jú|Buôn Ma Thuột", "buôn|thành phố", "Đắk Lắk")]
    [InlineData("Đoàn kiểm tra phường Phú Hội.", "phường Phú Hội", "Phú Hội", "phường", "Huế")]
    public void Run_LevelledPlace_IsFound(string paragraph, string text, string name, string level, string? province)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var mentions = TestArticles.Run(article, Extractor).Places;

        Assert.Equal(text.Split('|'), mentions.Select(m => m.Text));
        Assert.Equal(name.Split('|'), mentions.Select(m => m.Name));
        Assert.Equal(level.Split('|'), mentions.Select(m => AdministrativeLevels.ToWord(m.Level)));
        Assert.All(mentions, m => Assert.Equal(province, m.Province));
        Assert.All(mentions, m => Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length)));
    }

    [Theory]
    [InlineData("Lãnh đạo tỉnh dự hội nghị.")]
    [InlineData("Báo cáo của Ban chỉ đạo 138 huyện và các ý kiến.")]
    [InlineData("Được sự quan tâm của huyện ủy, UBND huyện.")]
    [InlineData("Toàn tỉnh có 113/128 xã, 14/15 phường, 7/8 thị trấn.")]
    [InlineData("Lãnh đạo Công an huyện, thành phố, thị xã dự.")]
    [InlineData("Phó giám đốc Công an tỉnh Bùi Hữu Danh lưu ý.")]
    [InlineData("Chủ tịch UBND huyện Trần Văn Nam phát biểu.")]
    [InlineData("Thực hiện tư tưởng Hồ Chí Minh.")]
    [InlineData("Bà Nguyễn Hà Nam cho biết.")]
    [InlineData("chính quyền phường xã chưa duy trì thường xuyên.")]
    public void Run_NoNamedPlace_FindsNothing(string paragraph)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        Assert.Empty(TestArticles.Run(article, Extractor).Places);
    }

    [Fact]
    public void Run_ParentChain_GivesProvince()
    {
        var article = TestArticles.Build("Tiêu đề", "Chị trú tại ấp Phnôm Pi, xã Châu Lăng, huyện Tri Tôn, tỉnh An Giang.");

        var locations = TestArticles.Run(article, Extractor).Places;

        Assert.Equal(["ấp Phnôm Pi", "xã Châu Lăng", "huyện Tri Tôn", "tỉnh An Giang"], locations.Select(l => l.Text));
        Assert.All(locations, l => Assert.Equal("An Giang", l.Province));
    }

    [Fact]
    public void Run_BracketedParent_GivesProvinceWithoutSeparateMention()
    {
        var article = TestArticles.Build("Tiêu đề", "“Khu dân cư không có tệ nạn” (xã Vạn Ninh, Quảng Ninh).");

        var mention = Assert.Single(TestArticles.Run(article, Extractor).Places);

        // Quảng Ninh is a province holding a xã Vạn Ninh (in TP. Móng Cái) and a huyện of Quảng Bình holding one
        // directly: the district reading wins.
        Assert.Equal(("xã Vạn Ninh", "Quảng Bình"), (mention.Text, mention.Province));
    }

    [Fact]
    public void Run_ArticleNamesOneProvince_LowerLevelsGetIt()
    {
        var article = TestArticles.Build("Công an tỉnh An Giang khen thưởng", "Công an huyện Tri Tôn trao giấy khen.", "Bàn giao cho Công an xã Châu Lăng.");

        var locations = TestArticles.Run(article, Extractor).Places;

        Assert.Equal(["tỉnh An Giang", "huyện Tri Tôn", "xã Châu Lăng"], locations.Select(l => l.Text));
        Assert.All(locations, l => Assert.Equal("An Giang", l.Province));
    }

    [Fact]
    public void Run_ArticleNamesTwoProvinces_PlacesOutsideTheGazetteerStayUnknown()
    {
        var article = TestArticles.Build("Tiêu đề", "Đoàn của tỉnh Hà Tĩnh thăm tỉnh Quảng Bình và thôn Đông.");

        var locations = TestArticles.Run(article, Extractor).Places;

        Assert.Null(locations.Single(l => l.Level == AdministrativeLevel.Village).Province);
    }

    [Theory]
    [InlineData("Đoàn của tỉnh Hà Tĩnh thăm huyện Tuyên Hóa.", "huyện Tuyên Hóa", "Quảng Bình")]
    [InlineData("Công an tỉnh Quảng Ninh khen xã Vạn Ninh.", "xã Vạn Ninh", "Quảng Ninh")]
    [InlineData("Tỉnh Bắc Ninh biểu dương xã Vạn Ninh.", "xã Vạn Ninh", "Bắc Ninh")]
    [InlineData("Người dân huyện Vạn Ninh đón đoàn.", "huyện Vạn Ninh", "Khánh Hòa")]
    [InlineData("Mô hình của xã Vạn Ninh được nhân rộng.", "xã Vạn Ninh", null)]
    [InlineData("Mô hình ở xã Vạn Ninh, huyện Quảng Ninh.", "xã Vạn Ninh", "Quảng Bình")]
    [InlineData("Mô hình ở xã Vạn Ninh (huyện Quảng Ninh).", "xã Vạn Ninh", "Quảng Bình")]
    [InlineData("Mô hình ở xã Vạn Ninh, TP. Móng Cái và ở TP. Đồng Hới.", "xã Vạn Ninh", "Quảng Ninh")]
    [InlineData("Xã Cẩm Hòa, huyện Cẩm Xuyên tổ chức ngày hội.", "Xã Cẩm Hòa", "Hà Tĩnh")]
    [InlineData("Đoàn đến TX. Ba Đồn rồi thăm xã Quảng Văn.", "xã Quảng Văn", "Quảng Bình")]
    [InlineData("Huyện Tuyên Hoa (viết thiếu dấu) và TP. Đồng Hới.", "Huyện Tuyên Hoa", "Quảng Bình")]
    [InlineData("Công an phường Đông Hải 1, quận Hải An ra quân.", "phường Đông Hải 1", "Hải Phòng")]
    [InlineData("Ngày hội ở tỉnh Thừa Thiên Huế.", "tỉnh Thừa Thiên Huế", "Huế")]
    [InlineData("Ngày hội ở phường Đồng Hới, tỉnh Quảng Trị.", "phường Đồng Hới", "Quảng Trị")]
    public void Run_RepeatedOrUniqueName_GetsProvinceFromGazetteerAndContext(string paragraph, string text, string? province)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var mention = TestArticles.Run(article, Extractor).Places.First(l => l.Text == text);

        Assert.Equal(province, mention.Province);
    }

    [Fact]
    public void Run_SourceAddressNamesProvince_RepeatedNameTakesIt()
    {
        var builder = new ArticleBuilder("test") { Title = "Tiêu đề", Url = "https://baoquangbinh.vn/an-ninh/1.htm" };
        builder.AddBlock(ArticleBlockKind.Paragraph, "Mô hình của xã Vạn Ninh được nhân rộng.");
        var article = builder.Build().Article!;

        var mention = Assert.Single(TestArticles.Run(article, Extractor).Places);

        Assert.Equal("Quảng Bình", mention.Province);
    }

    [Theory]
    [InlineData("Tuyên Hóa", "huyện", null, "Quảng Bình")]
    [InlineData("Vạn Ninh", "xã", null, null)]
    [InlineData("Vạn Ninh", "huyện", null, "Khánh Hòa")]
    [InlineData("Thừa Thiên - Huế", "tỉnh", null, "Huế")]
    [InlineData("Đà Nẵng", "thành phố", null, "Đà Nẵng")]
    [InlineData("Đồng Hới", "thành phố", null, "Quảng Bình")]
    [InlineData("Đông", "thôn", null, null)]
    [InlineData("Vạn Ninh", "xã", "Thanh Hoá", "Thanh Hóa")]
    [InlineData("X", "xã", "Nước ngoài", "Nước ngoài")]
    public void ProvinceOf_NameAndLevel_GivesMarchProvince(string name, string level, string? province, string? expected)
    {
        Assert.Equal(expected, Gazetteer.ProvinceOf(name, level, province));
    }

    [Fact]
    public void ProvinceLexicon_HoldsBothLists()
    {
        Assert.Equal(63, ProvinceLexicon.All.Count(p => p.Name != "Huế"));
        Assert.Equal(34, ProvinceLexicon.All.Count(p => p.MergedInto is null));
        Assert.True(ProvinceLexicon.TryFind("Thừa Thiên - Huế", out var hue) && hue.MergedInto == "Huế");
    }

    [Fact]
    public void Run_RandomText_DoesNotThrow()
    {
        var random = new Random(7);
        const string alphabet = "xã tỉnh TP. TX huyện Hà Nội Quảng Bình Nguyễn ,.-()0123456789 abĐƯ\n";
        for (var n = 0; n < 200; n++)
        {
            var chars = new char[random.Next(1, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var article = TestArticles.Build("T", new string(chars));
            foreach (var m in TestArticles.Run(article, Extractor).Places)
            {
                Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length));
            }
        }
    }
}
