using TextMining.Extraction.Locations;
using TextMining.Tests.Extraction.Models;

namespace TextMining.Tests.Extraction.Locations;

public sealed class LocationExtractorTests
{
    private static readonly LocationExtractor Extractor = new();

    [Theory]
    [InlineData("Mô hình ở xã Vạn Ninh được nhân rộng.", "xã Vạn Ninh", "Vạn Ninh", "xã", null)]
    [InlineData("Thôn nói không với pháo ở TX. Ba Đồn.", "TX. Ba Đồn", "Ba Đồn", "thị xã", null)]
    [InlineData("Đội xe du lịch an toàn (TP. Đồng Hới).", "TP. Đồng Hới", "Đồng Hới", "thành phố", null)]
    [InlineData("Huyện Tuyên Hóa tổ chức hội nghị.", "Huyện Tuyên Hóa", "Tuyên Hóa", "huyện", null)]
    [InlineData("Đoàn làm việc với tỉnh Hà Tĩnh.", "tỉnh Hà Tĩnh", "Hà Tĩnh", "tỉnh", "Hà Tĩnh")]
    [InlineData("Đoàn làm việc với tỉnh Thanh Hoá.", "tỉnh Thanh Hoá", "Thanh Hoá", "tỉnh", "Thanh Hóa")]
    [InlineData("UBND thành phố Đồng Hới tổ chức hội nghị.", "thành phố Đồng Hới", "Đồng Hới", "thành phố", null)]
    [InlineData("Thăm và làm việc với Công an tỉnh Sóc Trăng.", "tỉnh Sóc Trăng", "Sóc Trăng", "tỉnh", "Sóc Trăng")]
    [InlineData("Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Chuyện phát biểu.", "tỉnh Sóc Trăng", "Sóc Trăng", "tỉnh", "Sóc Trăng")]
    [InlineData("Khen thưởng của Công an TP.HCM.", "TP.HCM", "HCM", "thành phố", "Hồ Chí Minh")]
    [InlineData("Trụ sở ở quận 3.", "quận 3", "3", "quận", null)]
    [InlineData("Người dân phường Bình Trị Đông A hỗ trợ.", "phường Bình Trị Đông A", "Bình Trị Đông A", "phường", null)]
    [InlineData("Tỉnh Bà Rịa - Vũng Tàu có nhiều mô hình.", "Tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "tỉnh", "Bà Rịa - Vũng Tàu")]
    [InlineData("Giám đốc Công an Hà Tĩnh báo cáo.", "Hà Tĩnh", "Hà Tĩnh", "tỉnh", "Hà Tĩnh")]
    [InlineData("Thị trấn Vĩnh Bình tổ chức ngày hội.", "Thị trấn Vĩnh Bình", "Vĩnh Bình", "thị trấn", null)]
    [InlineData("Lực lượng ở tổ dân phố 5 tuần tra.", "tổ dân phố 5", "5", "tổ dân phố", null)]
    [InlineData("Người dân ấp Phnôm Pi tham gia.", "ấp Phnôm Pi", "Phnôm Pi", "ấp", null)]
    [InlineData("Người dân xã Việt Lâm Nguyễn Sỹ Nguyên cho biết.", "xã Việt Lâm", "Việt Lâm", "xã", null)]
    [InlineData("Lãnh đạo quận Bình Thạnh Đội Cảnh sát giao thông.", "quận Bình Thạnh", "Bình Thạnh", "quận", null)]
    [InlineData("Ngày hội ở buôn Tơng Jú (TP. Buôn Ma Thuột) tưng bừng.", "buôn Tơng Jú|TP. Buôn Ma Thuột", "Tơng Jú|Buôn Ma Thuột", "buôn|thành phố", null)]
    [InlineData("Đoàn kiểm tra phường Phú Hội.", "phường Phú Hội", "Phú Hội", "phường", null)]
    public void Run_LevelledPlace_IsFound(string paragraph, string text, string name, string level, string? province)
    {
        var article = TestArticles.Build("Tiêu đề", paragraph);

        var mentions = TestArticles.Run(article, Extractor).Locations;

        Assert.Equal(text.Split('|'), mentions.Select(m => m.Text));
        Assert.Equal(name.Split('|'), mentions.Select(m => m.Name));
        Assert.Equal(level.Split('|'), mentions.Select(m => m.Level));
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

        Assert.Empty(TestArticles.Run(article, Extractor).Locations);
    }

    [Fact]
    public void Run_ParentChain_GivesProvince()
    {
        var article = TestArticles.Build("Tiêu đề", "Chị trú tại ấp Phnôm Pi, xã Châu Lăng, huyện Tri Tôn, tỉnh An Giang.");

        var locations = TestArticles.Run(article, Extractor).Locations;

        Assert.Equal(["ấp Phnôm Pi", "xã Châu Lăng", "huyện Tri Tôn", "tỉnh An Giang"], locations.Select(l => l.Text));
        Assert.All(locations, l => Assert.Equal("An Giang", l.Province));
    }

    [Fact]
    public void Run_BracketedParent_GivesProvinceWithoutSeparateMention()
    {
        var article = TestArticles.Build("Tiêu đề", "“Khu dân cư không có tệ nạn” (xã Vạn Ninh, Quảng Ninh).");

        var mention = Assert.Single(TestArticles.Run(article, Extractor).Locations);

        Assert.Equal(("xã Vạn Ninh", "Quảng Ninh"), (mention.Text, mention.Province));
    }

    [Fact]
    public void Run_ArticleNamesOneProvince_LowerLevelsGetIt()
    {
        var article = TestArticles.Build("Công an tỉnh An Giang khen thưởng", "Công an huyện Tri Tôn trao giấy khen.", "Bàn giao cho Công an xã Châu Lăng.");

        var locations = TestArticles.Run(article, Extractor).Locations;

        Assert.Equal(["tỉnh An Giang", "huyện Tri Tôn", "xã Châu Lăng"], locations.Select(l => l.Text));
        Assert.All(locations, l => Assert.Equal("An Giang", l.Province));
    }

    [Fact]
    public void Run_ArticleNamesTwoProvinces_LowerLevelsStayUnknown()
    {
        var article = TestArticles.Build("Tiêu đề", "Đoàn của tỉnh Hà Tĩnh thăm tỉnh Quảng Bình và huyện Tuyên Hóa.");

        var locations = TestArticles.Run(article, Extractor).Locations;

        Assert.Null(locations.Single(l => l.Level == "huyện").Province);
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
            foreach (var m in TestArticles.Run(article, Extractor).Locations)
            {
                Assert.Equal(m.Text, article.Text.Substring(m.Span.Start, m.Span.Length));
            }
        }
    }
}
