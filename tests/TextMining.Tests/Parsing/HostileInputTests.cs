using System.Text;
using TextMining.Export;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Parsing;

/// <summary>The hostile inputs of issue #9: invalid bytes, lone surrogates, noncharacters, stray bytes, multi-member gzip.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string GoodRecord = "{\"title\":\"Sau\",\"body\":\"Ngày 2/3/2017, Công an tỉnh Quảng Bình họp.\"}";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<ArticleReadResult> ReadJsonLines(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ArticleReader.ReadStream(stream, "in.jsonl", ArticleFormat.JsonLines).ToList();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void JsonLines_InvalidUtf8InsideString_ReplacedWithLineNumberAndNextRecordRead()
    {
        // {"title":"ok","body":"Ng\xc3\xa0y C\xf4ng an"} — \xf4 is Latin-1 ô, not UTF-8.
        var bad = Concat("{\"title\":\"ok\",\"body\":\"Ng"u8.ToArray(), [0xC3, 0xA0], "y C"u8.ToArray(), [0xF4], "ng an\"}\n"u8.ToArray());

        var results = ReadJsonLines(Concat(bad, Encoding.UTF8.GetBytes(GoodRecord + "\n")));

        Assert.Equal(2, results.Count);
        var first = results[0];
        Assert.True(first.Success);
        Assert.Equal("in.jsonl:1", first.Source);
        Assert.Equal("Ngày C\uFFFDng an", first.Article!.Paragraphs[0]);
        var warning = Assert.Single(first.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters);
        Assert.Contains("1 invalid character", warning.Message, StringComparison.Ordinal);
        Assert.True(results[1].Success);
        Assert.Equal("in.jsonl:2", results[1].Source);
        Assert.Equal("Sau", results[1].Article!.Title);
    }

    [Theory]
    [InlineData("title", "{\"title\":\"T§i\",\"body\":\"Thân bài.\"}")]
    [InlineData("a field the reader does not use", "{\"title\":\"ok\",\"category\":\"x§\",\"body\":\"Thân bài.\"}")]
    [InlineData("a property name", "{\"title\":\"ok\",\"c§\":1,\"body\":\"Thân bài.\"}")]
    [InlineData("a field after the body", "{\"title\":\"ok\",\"body\":\"Thân bài.\",\"z\":[\"§\"]}")]
    public void JsonLines_InvalidByteOutsideTheBody_CountedLikeOneInside(string where, string record)
    {
        // § marks where the record holds the byte 0xF4 (Latin-1 ô), which is not UTF-8.
        var bytes = Concat(record.Split('§').Select(Encoding.UTF8.GetBytes).SelectMany((part, i) => i == 0 ? part : [0xF4, .. part]).ToArray(), "\n"u8.ToArray());

        var results = ReadJsonLines(Concat(bytes, Encoding.UTF8.GetBytes(GoodRecord + "\n")));

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Success, where);
        var warning = Assert.Single(results[0].Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters);
        Assert.Contains("1 invalid character", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Thân bài.", results[0].Article!.Paragraphs[0]);
        Assert.Equal("Sau", results[1].Article!.Title);
    }

    [Fact]
    public void JsonLines_LoneSurrogateEscapeInTheBody_ReplacedWithWarning()
    {
        var results = ReadJsonLines(Encoding.UTF8.GetBytes("{\"title\":\"ok\",\"body\":\"Thân \\ud800bài.\"}\n" + GoodRecord + "\n"));

        Assert.Equal("Thân \uFFFDbài.", results[0].Article!.Paragraphs[0]);
        Assert.Contains(results[0].Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters);
        Assert.Equal("Sau", results[1].Article!.Title);
    }

    [Theory]
    [InlineData("{\"title\":\"\\ud800 x\",\"body\":\"Thân bài.\"}", "\uFFFD x")]
    [InlineData("{\"title\":\"a \\udc00\\ud800 b\",\"body\":\"Thân bài.\"}", "a \uFFFD\uFFFD b")]
    [InlineData("{\"title\":\"\\ufffe x \\uffff\",\"body\":\"Thân bài.\"}", "\uFFFD x \uFFFD")]
    [InlineData("{\"title\":\"\\ud83d\\ude00 \\\"q\\\" \\ud800\\n\",\"body\":\"Thân bài.\"}", "\U0001F600 \"q\" \uFFFD")]

    // In a property name: System.Text.Json throws as it compares names while looking up any field of the record.
    [InlineData("{\"t\\udfffx\":\"x\",\"title\":\"Tr\u01b0\u1edbc\",\"body\":\"Th\u00e2n b\u00e0i.\"}", "Trước")]
    [InlineData("{\"title\":\"Trước\",\"body\":\"Thân bài.\",\"\\ud800\":1}", "Trước")]
    [InlineData("{\"body\":\"Thân bài.\",\"\\udfff\\ud800\":{\"\\ud800\":\"\\udc00\"},\"title\":\"Trước\"}", "Trước")]
    public void JsonLines_LoneSurrogateOrNoncharacterEscape_ReplacedAndNextRecordRead(string record, string title)
    {
        var results = ReadJsonLines(Encoding.UTF8.GetBytes(record + "\n" + GoodRecord + "\n"));

        Assert.Equal(2, results.Count);
        Assert.Equal(title, results[0].Article!.Title);
        Assert.Equal("Thân bài.", results[0].Article!.Paragraphs[0]);
        Assert.Contains(results[0].Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("Sau", results[1].Article!.Title);
    }

    [Fact]
    public void Html_LoneSurrogateEscapesInJsonLd_PageReadWithTheRestOfItsMetadata()
    {
        const string page = """
            <html><head><title>Tin</title>
            <script type="application/ld+json">{"\udfffa":1,"@type":"NewsArticle","headline":"Công an xã \ud800 họp","datePublished":"2024-03-02T08:00:00+07:00","author":{"n\udc00":"x","name":"Lê Văn A"}}</script>
            </head><body><article><h1>Công an xã họp</h1><p>Ngày 2/3/2024, Công an xã Vạn Ninh tổ chức hội nghị.</p></article></body></html>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(page));

        var result = Assert.Single(ArticleReader.ReadStream(stream, "page.html"));

        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)), result.Article!.Published);
        Assert.Equal(["Lê Văn A"], result.Article.Authors);
    }

    [Fact]
    public void JsonLines_MostlyInvalidBytes_RecordRefusedOthersRead()
    {
        var garbage = Enumerable.Range(0, 60).Select(i => (byte)(0xF8 - (i % 5))).ToArray();
        var bad = Concat("{\"title\":\"x\",\"body\":\""u8.ToArray(), garbage, "\"}\n"u8.ToArray());

        var results = ReadJsonLines(Concat(bad, Encoding.UTF8.GetBytes(GoodRecord + "\n")));

        Assert.Equal(DiagnosticCodes.UndecodableBytes, Assert.Single(results[0].Diagnostics).Code);
        Assert.True(results[1].Success);
    }

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xFDD0)]
    [InlineData(0xFDEF)]
    [InlineData(0x1FFFE)]
    [InlineData(0x10FFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDFFF)]
    public void Normalize_NoncharacterOrLoneSurrogate_ReplacedNeverThrows(int codePoint)
    {
        var bad = codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
        var text = "Công an" + bad + "xã\u0301";

        var normalized = VietnameseText.Normalize(text);

        Assert.Equal("Công an\uFFFDxã\u0301".Normalize(NormalizationForm.FormC), normalized);
        Assert.Equal(normalized.Length, VietnameseText.Fold(normalized).Length);
    }

    [Fact]
    public void Normalize_AllSixtySixNoncharacters_Replaced()
    {
        var all = new StringBuilder();
        for (var c = 0xFDD0; c <= 0xFDEF; c++)
        {
            all.Append((char)c);
        }

        for (var plane = 0; plane <= 0x10; plane++)
        {
            all.Append(char.ConvertFromUtf32((plane << 16) | 0xFFFE)).Append(char.ConvertFromUtf32((plane << 16) | 0xFFFF));
        }

        Assert.Equal(new string('\uFFFD', 66), VietnameseText.Normalize(all.ToString()));
        Assert.Equal("a\U0001F600b", VietnameseText.Normalize("a\U0001F600b"));
    }

    [Fact]
    public void ReadFile_TextWithNoncharacter_ReadWithWarning()
    {
        var path = _folder.Write("a.txt", "Tiêu đề \uFFFE bài\n\nĐoạn một có \uFFFF chữ.\n");

        var result = Assert.Single(ArticleReader.ReadFile(path));

        Assert.True(result.Success);
        Assert.Equal("Tiêu đề \uFFFD bài", result.Article!.Title);
        Assert.Contains("2 invalid characters", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><head><title>Tiêu \uFFFE đề</title></head><body><article><h1>Tiêu \uFFFE đề</h1><p>Đoạn \uFFFF một dài đủ để là nội dung của bài báo này, có nhiều chữ.</p></article></body></html>")]
    [InlineData("<html><head><title>Tiêu &#xFFFE; đề</title></head><body><article><h1>Tiêu &#xFFFE; đề</h1><p>Đoạn &#65535; một dài đủ để là nội dung của bài báo này, có nhiều chữ.</p></article></body></html>")]
    public void ReadHtml_NoncharacterInTitleOrBody_ReadWithWarning(string html)
    {
        var result = ArticleReader.ReadHtml(html, "a.html");

        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        Assert.DoesNotContain('\uFFFE', result.Article!.Text);
        Assert.DoesNotContain('\uFFFF', result.Article.Text);
        Assert.Contains('\uFFFD', result.Article.Text);
    }

    [Fact]
    public void ReadFile_Utf8WithAFewStrayBytes_ReadWithReplacementsAndCount()
    {
        var text = "Công an tỉnh Quảng Bình tổng kết phong trào\n\nNgày 2/3/2017, Công an tỉnh Quảng Bình tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc.\n";
        var parts = text.Split("Quảng");
        var path = _folder.Write("stray.txt", Concat(Encoding.UTF8.GetBytes(parts[0]), [0xFF], Encoding.UTF8.GetBytes("Quảng" + parts[1]), [0xFE, 0xFF], Encoding.UTF8.GetBytes("Quảng" + parts[2])));

        var result = Assert.Single(ArticleReader.ReadFile(path));

        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        Assert.Equal("Công an tỉnh \uFFFDQuảng Bình tổng kết phong trào", result.Article!.Title);
        Assert.Contains("\uFFFD", result.Article!.Text, StringComparison.Ordinal);
        Assert.Contains("3 invalid characters", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MostlyUndecodable_Refused()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? (byte)'a' : (byte)(0x80 + (i % 7))).ToArray();
        var path = _folder.Write("junk.txt", bytes);

        var result = Assert.Single(ArticleReader.ReadFile(path));

        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.UndecodableBytes, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ReadFile_Utf16WithLoneSurrogate_ReplacedWithWarning()
    {
        // Encoding.Unicode would write the lone surrogate as U+FFFD: write the code units by hand.
        var text = "Tiêu đề\n\nĐoạn \uD800 một.\n";
        var bytes = Concat([0xFF, 0xFE], text.SelectMany(c => new[] { (byte)c, (byte)(c >> 8) }).ToArray());
        var result = Assert.Single(ArticleReader.ReadFile(_folder.Write("u16.txt", bytes)));

        Assert.True(result.Success);
        Assert.Equal("Đoạn \uFFFD một.", result.Article!.Paragraphs[0]);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters);
    }

    [Fact]
    public void ReadFile_MultiMemberGzip_ReadsEveryMemberWithoutError()
    {
        var path = _folder.Write("m.jsonl.gz", Concat(
            TempFolder.Gzip("{\"title\":\"Một\",\"body\":\"Đoạn một.\"}\n"),
            TempFolder.Gzip("{\"title\":\"Hai\",\"body\":\"Đoạn hai.\"}\n{\"title\":\"Ba\",\"body\":\"Đoạn ba.\"}\n")));

        var results = ArticleReader.ReadFile(path).ToList();

        Assert.All(results, r => Assert.True(r.Success, string.Join("; ", r.Diagnostics)));
        Assert.Equal(["Một", "Hai", "Ba"], results.Select(r => r.Article!.Title));
    }

    [Fact]
    public void ReadFile_MultiMemberGzipSecondTruncated_ReadsFirstThenInvalidGzip()
    {
        var second = TempFolder.Gzip(string.Concat(Enumerable.Repeat("{\"title\":\"Hai\",\"body\":\"Đoạn hai dài hơn một chút.\"}\n", 50)));
        var path = _folder.Write("m.jsonl.gz", Concat(TempFolder.Gzip("{\"title\":\"Một\",\"body\":\"Đoạn một.\"}\n"), second[..(second.Length - 5)]));

        var results = ArticleReader.ReadFile(path).ToList();

        Assert.Equal("Một", results[0].Article!.Title);
        Assert.Equal(DiagnosticCodes.InvalidGzip, results[^1].Diagnostics.Single().Code);
    }

    [Theory]
    [InlineData("empty.jsonl")]
    [InlineData("blank.jsonl")]
    [InlineData("empty.txt")]
    public void ReadFile_EmptyJsonLinesOrText_FailsTheSameWay(string name)
    {
        var path = _folder.Write(name, name.StartsWith("blank", StringComparison.Ordinal) ? "\n \n" : string.Empty);

        var result = Assert.Single(ArticleReader.ReadFile(path));

        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.EmptyInput, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData(TableFormat.JsonLines)]
    [InlineData(TableFormat.Csv)]
    public void TableExporter_LeavesTheCallersStreamOpen(TableFormat format)
    {
        var article = ArticleReader.ReadPlainText("Tiêu đề\n\nNgày 2/3/2017, Công an tỉnh Quảng Bình thu 26 khẩu súng.").Article!;
        var analysis = TextMiningPipeline.Default.Analyze(article);
        using var stream = new MemoryStream();

        TableExporter.Write([analysis], ExportTable.Articles, format, stream);

        Assert.True(stream.CanWrite);
        stream.WriteByte((byte)'\n');
        Assert.Contains(article.Id, Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    // The fuzz crash of the long run (chunk 19000): a noncharacter or lone surrogate, then later a valid
    // supplementary character (an emoji). Replacing the first split the pair of the second, and NFC threw.
    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xFDD0)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0x1FFFE)]
    public void InvalidCharacterBeforeAnEmoji_EveryReader_ReplacedAndThePairKept(int codePoint)
    {
        var bad = codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
        var text = "Tiêu đề " + bad + " bài \U0001F600\n\nNgày 2/3/2017, Công an xã \U0001F44D họp \u0301 \U0001F600.\n";
        var escaped = string.Concat(bad.Select(c => $"\\u{(int)c:x4}"));
        var record = "{\"title\":\"Tiêu " + escaped + " đề\",\"body\":\"Ngày 2/3/2017, Công an \U0001F600 xã họp.\"}\n";
        var html = "<html><head><title>Tiêu " + bad + " đề \U0001F600</title></head><body><article><h1>Tiêu " + bad + " đề \U0001F600</h1>" +
            "<p>Đoạn một \U0001F600 dài đủ để là nội dung của bài báo này, có nhiều chữ.</p></article></body></html>";

        Assert.Equal("a \uFFFD b \U0001F600", VietnameseText.ReplaceInvalid("a " + bad + " b \U0001F600", out var replaced));
        Assert.Equal(1, replaced);
        Assert.Equal("a \uFFFD b \U0001F600", VietnameseText.Normalize("a " + bad + " b \U0001F600"));
        var plain = ArticleReader.ReadPlainText(text, "a.txt");
        var jsonl = Assert.Single(ArticleReader.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(record)), "a.jsonl"));
        var page = ArticleReader.ReadHtml(html, "a.html");

        foreach (var result in new[] { plain, jsonl, page })
        {
            Assert.True(result.Success, result.Source + ": " + string.Join("; ", result.Diagnostics));
            Assert.Contains('\uFFFD', result.Article!.Title);
            Assert.Contains("\U0001F600", result.Article.Text, StringComparison.Ordinal);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters);
            TextMiningPipeline.Default.Analyze(result.Article);
        }
    }

    [Fact]
    public void ReadHtml_DeclaredCodePageThatSpellsANoncharacter_ReplacedWithWarning()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("gb18030")!;
        var page = "<html><head><meta charset=\"gb18030\"><title>Tiêu đề \uFFFE bài</title></head><body><article><h1>Tiêu đề \uFFFE bài</h1>" +
            "<p>Đoạn một dài đủ để là nội dung của bài báo này, có nhiều chữ \uFFFF.</p></article></body></html>";
        var bytes = gb18030.GetBytes(page);
        Assert.Equal(page, gb18030.GetString(bytes));
        var path = _folder.Write("gb.html", bytes);

        var result = Assert.Single(ArticleReader.ReadFile(path));

        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        Assert.Equal("Tiêu đề \uFFFD bài", result.Article!.Title);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCharacters);
    }
}
