using System.Text;
using TextMining.Parsing;
using TextMining.Parsing.Html;

namespace TextMining.Tests.Parsing;

public sealed class HtmlArticleParserTests
{
    /// <summary>Text that is page furniture and must never reach the article's paragraphs.</summary>
    private static readonly string[] BoilerplateStarts =
    [
        "Chia sẻ", "Bình luận", "Xem thêm", "Tin liên quan", "Đọc thêm", "Trở lại", "Từ khoá", "Từ khóa", "Theo dõi",
        "Tổng biên tập", "Giấy phép", "Email", "Hotline", "Điện thoại", "Copyright", "Bản quyền", ">>",
    ];

    private static readonly string[] BoilerplateAnywhere = ["©", "All rights reserved", "@", "Giấy phép số", "Copy link"];

    public static TheoryData<string, string, string?, string, string, int, int, string?, string?> Fixtures() => new()
    {
        // file, title, published (ISO as the JSON writes it), authors joined by |, lead start, paragraphs (incl. lead), captions, sourceTag, dateline
        {
            "vnexpress-like.html", "Công an Hà Nội tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc", "2026-03-08T07:10:00+07:00",
            "Xuân Hoài|Việt Hùng", "Hà Nội - Năm 2025, toàn thành phố xây dựng mới 312 mô hình", 7, 2, null, "Chủ nhật, 8/3/2026, 07:10 (GMT+7)"
        },
        {
            "tuoitre-like.html", "Quảng Trị khen thưởng 20 mô hình tự quản về an ninh trật tự", "2026-03-08T09:15:00+07:00",
            "Nguyễn Văn An|Lê Thị Bình", "Ban Chỉ đạo 138 tỉnh Quảng Trị vừa khen thưởng", 6, 2, null, "08/03/2026 09:15 GMT+7"
        },
        {
            "dantri-like.html", "Hà Tĩnh: Ra mắt mô hình \"Thôn bình yên\" ở vùng biên", "2026-03-08T10:20:41+07:00",
            "Trần Đức Thắng", "(Dân trí) - Công an huyện Hương Sơn phối hợp", 6, 1, "Dân trí", "Chủ nhật, 08/03/2026 - 10:20"
        },
        {
            "unknown-site.html", "Xã Tân Lập được công nhận đạt chuẩn an toàn về an ninh trật tự", "2026-03-05T08:30:00+07:00",
            "Hoàng Minh Tuấn|Đỗ Thu Trang", "Ngày 4/3, UBND huyện Đồng Phú tổ chức lễ công bố", 4, 0, null, "Cập nhật lúc 08:30, Thứ Năm, 05/03/2026 (GMT+7)"
        },
        {
            "legacy-table.html", "Nhiều mô hình hay trong bảo vệ an ninh trật tự", "2017-04-21T23:34:00",
            "Nhật Quang|Tuyết Mai", "(ĐN)- Làm việc với Huyện ủy Thống Nhất", 3, 1, "ĐN", "Thứ Sáu, 21/04/2017 - 23:34"
        },
        {
            "wordpress-like.html", "Phường 5 ra mắt mô hình \"Camera an ninh\"", "2026-02-14T09:00:00+00:00",
            "Nguyễn Thành", "Sáng 14/2, Công an phường 5", 3, 1, null, "Đăng ngày 14/02/2026"
        },
        {
            "truncated.html", "Công an Hà Nội tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc", "2026-03-08T07:10:00+07:00",
            string.Empty, "Hà Nội - Năm 2025, toàn thành phố", 4, 1, null, "Chủ nhật, 8/3/2026, 07:10 (GMT+7)"
        },
    };

    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Fixtures())
        {
            data.Add((string)file[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_Fixture_ReadsMetadataAndBlocks(
        string file, string title, string? published, string authors, string leadStart, int paragraphs, int captions, string? sourceTag, string? dateline)
    {
        var article = ReadFixture(file);

        Assert.Equal(title, article.Title);
        Assert.Equal(published, article.PublishedIso);
        Assert.Equal(authors, string.Join('|', article.Authors));
        Assert.NotNull(article.Lead);
        Assert.StartsWith(leadStart, article.Lead, StringComparison.Ordinal);
        Assert.Equal(paragraphs, article.Paragraphs.Count);
        Assert.Equal(captions, article.Captions.Count);
        Assert.Equal(sourceTag, article.SourceTag);
        Assert.Equal(dateline, article.Dateline);
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Parse_Fixture_LeavesOutBoilerplate(string file)
    {
        var article = ReadFixture(file);

        AssertNoBoilerplate(article);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Bài viết rất hay", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Xem nhiều", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p is "Thời sự" or "Pháp luật" or "Trang chủ");
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Parse_Fixture_BlockSpansIndexText(string file)
    {
        var article = ReadFixture(file);

        Assert.Equal(article.Title, article.Text[..article.Title.Length]);
        foreach (var block in article.Blocks)
        {
            Assert.Equal(block.Text, article.Text.Substring(block.Span.Start, block.Span.Length));
        }
    }

    [Fact]
    public void Parse_VnexpressLike_KeepsCaptionsInReadingOrderAndDropsLinkOnlyParagraph()
    {
        var article = ReadFixture("vnexpress-like.html");

        var kinds = article.Blocks.Select(b => b.Kind).ToArray();
        Assert.Equal(
            [ArticleBlockKind.Title, ArticleBlockKind.Dateline, ArticleBlockKind.Paragraph, ArticleBlockKind.Paragraph, ArticleBlockKind.Paragraph,
             ArticleBlockKind.Caption, ArticleBlockKind.Paragraph, ArticleBlockKind.Paragraph, ArticleBlockKind.Paragraph, ArticleBlockKind.Caption,
             ArticleBlockKind.Paragraph],
            kinds);
        Assert.Equal("Toàn cảnh hội nghị tổng kết tại trụ sở Công an thành phố. Ảnh: Ngọc Thành", article.Captions[0]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Danh sách 312 mô hình", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Xuân Hoài", StringComparison.Ordinal));
        Assert.Equal("https://vnexpress.net/cong-an-ha-noi-tong-ket-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-5100001.html", article.Url);
    }

    [Fact]
    public void Parse_DantriLike_LeadFromDescriptionIsNotRepeated()
    {
        var article = ReadFixture("dantri-like.html");

        Assert.Single(article.Paragraphs, p => p.StartsWith("(Dân trí)", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("heroin", StringComparison.Ordinal));
        Assert.Contains("Nhân rộng ra các xã biên giới", article.Paragraphs);
    }

    [Fact]
    public void Parse_UnknownSite_WarnsAboutInvalidJsonLdAndTakesOffsetFromDateline()
    {
        var result = HtmlArticleParser.Parse(File.ReadAllText(FixturePath("unknown-site.html")), "unknown-site.html", null);

        Assert.True(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnreadableField && d.Severity == DiagnosticSeverity.Warning);
        Assert.True(result.Article!.PublishedHasOffset);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 8, 30, 0, TimeSpan.FromHours(7)), result.Article.Published);
        Assert.Equal("https://congan.example.vn/tin-tuc/xa-tan-lap-dat-chuan-an-toan-anh-ninh-trat-tu-1234.html", result.Article.Url);
    }

    [Fact]
    public void Parse_Truncated_WarnsMalformedAndKeepsWhatWasRead()
    {
        var result = HtmlArticleParser.Parse(File.ReadAllText(FixturePath("truncated.html")), "truncated.html", null);

        Assert.True(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MalformedHtml);
    }

    [Fact]
    public void Parse_MenuAndLinkList_FailsWithNoArticle()
    {
        var result = HtmlArticleParser.Parse(File.ReadAllText(FixturePath("no-article.html")), "no-article.html", null);

        Assert.False(result.Success);
        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NoArticle && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2026-03-07\">", "07/03/2026 08:06 GMT+7", "2026-03-07T08:06:00+07:00")]
    [InlineData("<meta property=\"article:published_time\" content=\"2026-03-07T08:06:00\">", "07/03/2026 08:06 GMT+7", "2026-03-07T08:06:00+07:00")]
    [InlineData("<meta property=\"article:published_time\" content=\"2026-03-07T01:06:00Z\">", "07/03/2026 08:06 GMT+7", "2026-03-07T01:06:00+00:00")]
    [InlineData("<meta property=\"article:published_time\" content=\"2026-03-06T22:00:00\">", "07/03/2026 08:06 GMT+7", "2026-03-06T22:00:00")]
    [InlineData("", "Thứ Sáu, 21/04/2017 - 23:34", "2017-04-21T23:34:00")]
    [InlineData("<meta name=\"pubdate\" content=\"không rõ\">", "21/04/2017 23:34 GMT+7", "2017-04-21T23:34:00+07:00")]
    public void Parse_Published_CombinesMetadataAndDateline(string meta, string dateline, string expected)
    {
        var html = $"""
            <html><head><title>Hội nghị sơ kết phong trào</title>{meta}</head>
            <body><h1>Hội nghị sơ kết phong trào</h1><div class="date">{dateline}</div><div class="content">
            <p>Ngày 3/3, Công an huyện tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc, có 120 đại biểu dự.</p>
            </div></body></html>
            """;

        var article = HtmlArticleParser.Parse(html, "x.html", null).Article!;

        Assert.Equal(expected, article.PublishedIso);
        Assert.Equal(dateline, article.Dateline);
    }

    [Fact]
    public void Parse_SiteWideDescription_IsNotTakenAsLead()
    {
        const string html = """
            <html><head><title>Hội nghị sơ kết phong trào</title>
            <meta name="description" content="Trang thông tin điện tử tổng hợp về thể thao, giải trí, du lịch và ẩm thực mới nhất trong ngày."></head>
            <body><h1>Hội nghị sơ kết phong trào</h1><div class="content">
            <p>Ngày 3/3, Công an huyện tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc, có 120 đại biểu dự.</p>
            <p>Năm qua, nhân dân cung cấp 450 nguồn tin, giúp lực lượng công an xử lý 37 vụ việc vi phạm pháp luật.</p>
            </div></body></html>
            """;

        var article = HtmlArticleParser.Parse(html, "x.html", null).Article!;

        Assert.StartsWith("Ngày 3/3, Công an huyện", article.Lead, StringComparison.Ordinal);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Parse_UrlArgument_WinsOverCanonical()
    {
        var result = HtmlArticleParser.Parse(File.ReadAllText(FixturePath("vnexpress-like.html")), "x", "https://example.org/a.html");

        Assert.Equal("https://example.org/a.html", result.Article!.Url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("<html>")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<p")]
    [InlineData("<<<>>>")]
    [InlineData("</div></div></p>")]
    [InlineData("<script>var a = '<p>không phải bài</p>';</script>")]
    [InlineData("<p>Chỉ một đoạn văn ngắn.</p>")]
    [InlineData("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":</script></head><body><p>x</p></body></html>")]
    [InlineData("<title>Tiêu đề</title><div><div><div><p>Đoạn văn có dấu phẩy, đủ dài để được chấm điểm như một đoạn nội dung.")]
    [InlineData("\u0000\u0001<\u0002>\uFFFD")]
    public void Parse_BadHtml_DoesNotThrow(string html)
    {
        var result = HtmlArticleParser.Parse(html, "bad.html", null);

        Assert.Equal(result.Success, result.Article is not null);
        Assert.True(result.Success || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Parse_RandomMarkup_NeverThrows()
    {
        string[] pieces =
        [
            "<div class=\"content\">", "</div>", "<p>", "</p>", "<p class=\"Normal\" style=\"text-align:right\">", "<strong>", "</strong>",
            "<a href=\"/x\">", "</a>", "<br>", "<script>", "</script>", "<!--", "-->", "<h1>", "</h1>", "<figcaption>", "</figcaption>",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[", "<meta property=\"og:title\" content=\"",
            "\">", "Công an xã, Ban Chỉ đạo 138, mô hình tự quản", "Thứ Sáu, 21/04/2017 - 23:34", "&#7871;&amp;&lt;", "(ĐN)- ",
            "Xuân Hoài - Việt Hùng", "<", ">", "\"", "'", "<table class=\"picture\"><tr><td class=\"Image\">", "</td></tr></table>",
            "<p class=\"sapo\">", "<nav>", "</nav>", "<time datetime=\"2026-13-45T99:99\">", "</time>", "\u0000", "\uD800",
        ];
        var random = new Random(138);
        for (var i = 0; i < 300; i++)
        {
            var html = new StringBuilder();
            var count = random.Next(1, 60);
            for (var j = 0; j < count; j++)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }

            var result = HtmlArticleParser.Parse(html.ToString(), "random.html", null);

            Assert.Equal(result.Success, result.Article is not null);
            if (result.Article is { } article)
            {
                Assert.All(article.Blocks, b => Assert.Equal(b.Text, article.Text.Substring(b.Span.Start, b.Span.Length)));
            }
        }
    }

    [Fact]
    public void Parse_EmptyInput_FailsWithEmptyInput()
    {
        var result = HtmlArticleParser.Parse("  ", "empty.html", null);

        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.EmptyInput, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Parse_TenThousandNestedDivs_FlattensAndFinishes()
    {
        var html = "<html><head><title>Sâu</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000))
            + "<p>Công an xã phối hợp với Ban Chỉ đạo 138, tổ chức hội nghị triển khai mô hình tự quản ở cơ sở.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";

        var result = HtmlArticleParser.Parse(html, "deep.html", null);

        Assert.True(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ExtractionLimit);
        Assert.Contains("Ban Chỉ đạo 138", result.Article!.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedNesting_Finishes()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div><span>", 10_000)) + "<p>Nội dung</p>";

        var result = HtmlArticleParser.Parse(html, "deep.html", null);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ExtractionLimit);
    }

    [Fact]
    public void Parse_FiveMegabytePage_ReadsAllParagraphs()
    {
        var builder = new StringBuilder("<html><head><title>Trang lớn</title></head><body><article>");
        for (var i = 1; builder.Length < 5_000_000; i++)
        {
            builder.Append("<p>Công an xã ").Append(i).Append(" phối hợp với Ban Chỉ đạo 138 tổ chức hội nghị, triển khai mô hình tự quản, bảo đảm an ninh trật tự ở cơ sở.</p>\n");
        }

        builder.Append("</article></body></html>");

        var result = HtmlArticleParser.Parse(builder.ToString(), "big.html", null);

        Assert.True(result.Success);
        Assert.True(result.Article!.Paragraphs.Count > 30_000);
    }

    [Fact]
    public void Parse_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlArticleParser.Parse(null!, "x", null));
        Assert.Throws<ArgumentNullException>(() => HtmlArticleParser.Parse("<p>x</p>", null!, null));
    }

    [Theory]
    [InlineData("Khánh Ly đến viếng mộ Trịnh Công Sơn - VnExpress Giải Trí", null, "vnexpress", "Khánh Ly đến viếng mộ Trịnh Công Sơn")]
    [InlineData("Cách các nước đối phó cú sốc năng lượng - Báo VnExpress Kinh doanh", null, "vnexpress", "Cách các nước đối phó cú sốc năng lượng")]
    [InlineData("Quảng Trị khen thưởng mô hình | Báo Tuổi Trẻ", null, "tuoitre", "Quảng Trị khen thưởng mô hình")]
    [InlineData("Tiêu đề bài - Trang tin bất kỳ", "Tiêu đề bài", "example", "Tiêu đề bài")]
    [InlineData("Giá vàng giảm, vẫn cao hơn thế giới - 20 triệu đồng", null, "dantri", "Giá vàng giảm, vẫn cao hơn thế giới - 20 triệu đồng")]
    [InlineData("Hội nghị 138 - tổng kết năm 2025", null, "vnexpress", "Hội nghị 138 - tổng kết năm 2025")]
    public void StripSiteSuffix_Title_RemovesOnlySiteNames(string title, string? heading, string site, string expected)
    {
        Assert.Equal(expected, HtmlArticleParser.StripSiteSuffix(title, heading, [site]));
    }

    [Theory]
    [InlineData("Giang Huy - Hoàng Phương", "Giang Huy|Hoàng Phương")]
    [InlineData("Hà Thu (tổng hợp)", "Hà Thu")]
    [InlineData("Tâm Giao\nẢnh: Cao Trung Hiếu", "Tâm Giao")]
    [InlineData("Theo Hồ Hương", "Hồ Hương")]
    [InlineData("Nhật Quang – Tuyết Mai", "Nhật Quang|Tuyết Mai")]
    [InlineData("NHẬT XUÂN, NGHI VŨ", "NHẬT XUÂN|NGHI VŨ")]
    [InlineData("Hỗ trợ doanh nghiệp", "")]
    [InlineData("Đồng USD duy trì đà tăng", "")]
    [InlineData("Ngày mai, phiên tòa tiếp tục làm việc.", "")]
    [InlineData("và 1 tác giả khác", "")]
    public void BylineParser_Parse_ReadsNamesOnlyFromBylines(string byline, string expected)
    {
        Assert.Equal(expected, string.Join('|', BylineParser.Parse(byline)));
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","headline":"A","author":"Trần Văn A"}""", "Trần Văn A")]
    [InlineData("""{"@type":"Article","headline":"A","author":{"@type":"Person","name":"Trần Văn A"}}""", "Trần Văn A")]
    [InlineData("""{"@type":"NewsArticle","headline":"A","author":[{"@type":"Person","name":"A B"},{"@type":"Person","name":"C D"}]}""", "A B|C D")]
    [InlineData("""{"@graph":[{"@type":"WebPage"},{"@type":"ReportageNewsArticle","headline":"A","author":{"name":"E F"}}]}""", "E F")]
    [InlineData("""[{"@type":"Organization","name":"Báo X"},{"@type":["NewsArticle"],"headline":"A","author":[{"@type":"Organization","name":"Báo X"}]}]""", "")]
    public void JsonLdArticle_Read_FindsArticleAndAuthors(string json, string authors)
    {
        var article = JsonLdArticle.Read([json]);

        Assert.True(article.Found);
        Assert.Equal("A", article.Headline);
        Assert.Equal(authors, string.Join('|', article.Authors));
    }

    [Theory]
    [InlineData("""{"@type":"WebSite","name":"Báo X"}""")]
    [InlineData("""{"@type":"BreadcrumbList","itemListElement":[]}""")]
    [InlineData("not json at all")]
    [InlineData("")]
    public void JsonLdArticle_Read_NonArticle_FindsNothing(string json)
    {
        Assert.False(JsonLdArticle.Read([json]).Found);
    }

    [Fact]
    public void JsonLdArticle_Read_InvalidArticleJson_PicksKeysLeniently()
    {
        var article = JsonLdArticle.Read(["""{"@type":"NewsArticle","headline":"Hội nghị \"138\"","datePublished":"2026-03-05T08:30:00+07:00","author": """]);

        Assert.Equal(1, article.InvalidBlocks);
        Assert.Equal("Hội nghị \"138\"", article.Headline);
        Assert.Equal("2026-03-05T08:30:00+07:00", article.DatePublished);
    }

    [Theory]
    [InlineData("Chi&amp;#7871;n s&amp;#7921;", "Chiến sự")]
    [InlineData("Ch&#237;nh s&#225;ch", "Chính sách")]
    [InlineData("Không có thực thể", "Không có thực thể")]
    [InlineData("A &amp; B", "A & B")]
    public void JsonLdArticle_Decode_UndoesSingleAndDoubleEntities(string raw, string expected)
    {
        Assert.Equal(expected, JsonLdArticle.Decode(raw));
    }

    internal static void AssertNoBoilerplate(Article article)
    {
        foreach (var paragraph in article.Paragraphs.Concat(article.Captions))
        {
            foreach (var start in BoilerplateStarts)
            {
                Assert.False(
                    paragraph.StartsWith(start, StringComparison.OrdinalIgnoreCase) && (paragraph.Length < start.Length + 20 || paragraph.AsSpan(start.Length).TrimStart().StartsWith(":")),
                    $"boilerplate '{start}' in: {paragraph}");
            }

            foreach (var part in BoilerplateAnywhere)
            {
                Assert.False(paragraph.Contains(part, StringComparison.OrdinalIgnoreCase), $"boilerplate '{part}' in: {paragraph}");
            }
        }
    }

    private static Article ReadFixture(string file)
    {
        var result = HtmlArticleParser.Parse(File.ReadAllText(FixturePath(file)), file, null);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        return result.Article!;
    }

    private static string FixturePath(string file) => Path.Combine(RepoPaths.Assets, "html", file);
}
