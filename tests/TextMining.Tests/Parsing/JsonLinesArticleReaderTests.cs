using System.Text;
using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

public sealed class JsonLinesArticleReaderTests
{
    private const string Lead = "Sáng 7-2, Trung tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Công an, làm việc với Công an tỉnh Sóc Trăng.";
    private const string Rest = "Về phía tỉnh có đồng chí Trần Văn Chuyện. Báo cáo cho biết tình hình ổn định.";

    private static string Record(string? title = "Tiêu đề", string? body = Lead + "\n" + Rest, string? author = null, object? published = null, string? url = "http://www.baomoi.com/a/c/1.epi") =>
        JsonSerializer.Serialize(new { id = "x-1", source = "baomoi.com", url, title, author, published, category = (string?)null, body });

    private static List<ArticleReadResult> Read(string content, string name = "in.jsonl")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return ArticleReader.ReadStream(stream, name, ArticleFormat.JsonLines).ToList();
    }

    [Fact]
    public void ReadStream_Record_MapsFields()
    {
        var result = Assert.Single(Read(Record(author: "Xuân Hoài – Việt Hùng", published: "2017-04-21T23:34:00+07:00") + "\n"));

        var article = result.Article!;
        Assert.Equal("in.jsonl:1", result.Source);
        Assert.Equal("in.jsonl:1", article.Source);
        Assert.Equal("Tiêu đề", article.Title);
        Assert.Equal("http://www.baomoi.com/a/c/1.epi", article.Url);
        Assert.Equal([Lead, Rest], article.Paragraphs);
        Assert.Equal(["Xuân Hoài", "Việt Hùng"], article.Authors);
        Assert.Equal("2017-04-21T23:34:00+07:00", article.PublishedIso);
        Assert.Empty(article.Diagnostics);
    }

    [Theory]
    [InlineData("20201001", "2020-10-01", false)]
    [InlineData("2017-04-21T23:34:00+07:00", "2017-04-21T23:34:00+07:00", true)]
    [InlineData("2017-04-21T16:34:00Z", "2017-04-21T16:34:00+00:00", true)]
    [InlineData("2017-04-21", "2017-04-21", false)]
    [InlineData("2017-04-21T23:34:00", "2017-04-21T23:34:00", false)]
    [InlineData("21/04/2017 23:34", "2017-04-21T23:34:00", false)]
    public void ReadStream_Published_ReadsEveryForm(string published, string iso, bool hasOffset)
    {
        var article = Assert.Single(Read(Record(published: published))).Article!;

        Assert.Equal(iso, article.PublishedIso);
        Assert.Equal(hasOffset, article.PublishedHasOffset);
    }

    [Fact]
    public void ReadStream_PublishedAsNumber_ReadsYyyymmdd()
    {
        Assert.Equal("2020-10-01", Assert.Single(Read(Record(published: 20201001))).Article!.PublishedIso);
    }

    [Theory]
    [InlineData("hôm qua")]
    [InlineData("20201341")]
    public void ReadStream_UnreadablePublished_WarnsAndKeepsArticle(string published)
    {
        var article = Assert.Single(Read(Record(published: published))).Article!;

        Assert.Null(article.Published);
        Assert.Equal(DiagnosticCodes.UnreadableField, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void ReadStream_BadLines_FailAloneWithLocatorAndReadingContinues()
    {
        var content = string.Join('\n', Record(), "{not json", "", Record(body: null), "[1,2]", Record(body: "   "), Record(title: "Cuối")) + "\n";

        var results = Read(content, "data.jsonl");

        Assert.Equal(["data.jsonl:1", "data.jsonl:2", "data.jsonl:4", "data.jsonl:5", "data.jsonl:6", "data.jsonl:7"], results.Select(r => r.Source));
        Assert.Equal([true, false, false, false, false, true], results.Select(r => r.Success));
        Assert.All(results.Where(r => !r.Success), r => Assert.Equal(DiagnosticCodes.InvalidRecord, Assert.Single(r.Diagnostics).Code));
        Assert.Equal("Cuối", results[^1].Article!.Title);
    }

    [Fact]
    public void ReadStream_RecordOverLimit_FailsInputTooLargeAndContinues()
    {
        var content = Record(body: new string('a', 5000)) + "\n" + Record() + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        var results = ArticleReader.ReadStream(stream, "big.jsonl", ArticleFormat.JsonLines, ArticleReaderOptions.Default.WithMaxInputBytes(1000)).ToList();

        Assert.Equal(DiagnosticCodes.InputTooLarge, Assert.Single(results[0].Diagnostics).Code);
        Assert.Equal("big.jsonl:1", results[0].Source);
        Assert.True(results[1].Success);
    }

    [Fact]
    public void ReadStream_NoTitleFirstLineMatchesSlug_TakesItWithoutWarning()
    {
        var body = "Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á\nNăm 2020, Vinamilk dẫn đầu Top 10 thương hiệu mạnh.\nBảng xếp hạng do Nielsen thực hiện.";
        var url = "https://dantri.com.vn/kinh-doanh/vinamilk-lot-top-1000-thuong-hieu-hang-dau-chau-a-20201001163534963.htm";

        var article = Assert.Single(Read(Record(title: null, body: body, url: url, published: "20201001"))).Article!;

        Assert.Equal("Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void ReadStream_NoTitleHeadlineLikeFirstLine_TakesItWithWarning()
    {
        var body = "Đem ong dú từ rừng về nhà thuần dưỡng\nCách đây 5 năm, anh Tín vào rừng.\nAnh bắt đầu nuôi ong.";

        var article = Assert.Single(Read(Record(title: null, body: body, url: "https://dantri.com.vn/x/khac-123.htm"))).Article!;

        Assert.Equal("Đem ong dú từ rừng về nhà thuần dưỡng", article.Title);
        Assert.Equal(DiagnosticCodes.MissingTitle, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void ReadStream_NoTitleFirstLineIsASentence_LeavesTitleEmptyWithWarning()
    {
        var article = Assert.Single(Read(Record(title: null))).Article!;

        Assert.Equal(string.Empty, article.Title);
        Assert.Equal([Lead, Rest], article.Paragraphs);
        Assert.Equal(DiagnosticCodes.MissingTitle, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void ReadStream_NoAuthorLastLineIsByline_TakesAuthors()
    {
        var article = Assert.Single(Read(Record(body: Lead + "\n" + Rest + "\nNguyễn Hành"))).Article!;

        Assert.Equal(["Nguyễn Hành"], article.Authors);
        Assert.DoesNotContain("Nguyễn Hành", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStream_NoAuthorBylineGluedToBody_TakesAuthorsAndCutsThem()
    {
        var article = Assert.Single(Read(Record(body: Lead + "\n" + Rest + "./. Vũ Dũng/VOV"))).Article!;

        Assert.Equal(["Vũ Dũng"], article.Authors);
        Assert.Equal([Lead, Rest + "./."], article.Paragraphs);
        Assert.DoesNotContain("Vũ Dũng", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStream_AuthorFieldAndGluedName_KeepsFieldAndBody()
    {
        var article = Assert.Single(Read(Record(author: "Xuân Hoài", body: Lead + "\n" + Rest + " Vũ Dũng"))).Article!;

        Assert.Equal(["Xuân Hoài"], article.Authors);
        Assert.Equal([Lead, Rest + " Vũ Dũng"], article.Paragraphs);
    }

    [Fact]
    public void ReadStream_ShortUnpunctuatedLineAfterLead_IsCaption()
    {
        var article = Assert.Single(Read(Record(body: Lead + "\nThứ trưởng phát biểu tại buổi làm việc\n" + Rest))).Article!;

        Assert.Equal(["Thứ trưởng phát biểu tại buổi làm việc"], article.Captions);
    }

    [Fact]
    public void ReadStream_LineWithPhotoCredit_IsCaption()
    {
        var article = Assert.Single(Read(Record(body: Lead + "\nBánh lái và các chân vịt của Titanic. Ảnh: Wikipedia\n" + Rest))).Article!;

        Assert.Equal(["Bánh lái và các chân vịt của Titanic. Ảnh: Wikipedia"], article.Captions);
    }

    [Fact]
    public void ReadStream_SourceTagOpensLead_IsStripped()
    {
        var article = Assert.Single(Read(Record(body: "(PLO)- " + Lead + "\n" + Rest))).Article!;

        Assert.Equal("PLO", article.SourceTag);
        Assert.Equal(Lead, article.Lead);
    }

    [Fact]
    public void ReadStream_NfdRecord_ComposesAndWarns()
    {
        var article = Assert.Single(Read(Record(body: (Lead + "\n" + Rest).Normalize(NormalizationForm.FormD)))).Article!;

        Assert.Equal(Lead, article.Lead);
        Assert.Equal(DiagnosticCodes.NotNormalized, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void ReadFile_Gzip_StreamsEveryRecord()
    {
        using var folder = new TempFolder();
        var records = string.Join('\n', Enumerable.Range(1, 50).Select(i => Record(title: "Bài " + i))) + "\n";
        var path = folder.Write("a.jsonl.gz", TempFolder.Gzip(records));

        var results = ArticleReader.ReadFile(path).ToList();

        Assert.Equal(50, results.Count);
        Assert.All(results, r => Assert.True(r.Success));
        Assert.Equal(path + ":50", results[^1].Source);
        Assert.Equal("Bài 50", results[^1].Article!.Title);
    }

    [Fact]
    public void ReadFile_TruncatedGzip_EndsWithInvalidGzip()
    {
        using var folder = new TempFolder();
        var records = string.Join('\n', Enumerable.Range(1, 200).Select(i => Record(title: "Bài " + i, body: Lead + " " + i + "\n" + Rest))) + "\n";
        var gz = TempFolder.Gzip(records);
        var path = folder.Write("cut.jsonl.gz", gz[..(gz.Length / 2)]);

        var results = ArticleReader.ReadFile(path).ToList();

        Assert.Equal(DiagnosticCodes.InvalidGzip, Assert.Single(results[^1].Diagnostics).Code);
        Assert.StartsWith(path + ":", results[^1].Source, StringComparison.Ordinal);
        Assert.All(results[..^1], r => Assert.True(r.Success));
    }

    [Fact]
    public void ReadFile_GzipVariants_SameResultsAsTheStreamingDecoder()
    {
        // A file (seekable) is decoded by zlib and checked against its trailer; a stream that cannot seek goes to
        // SharpZipLib directly. Whole, cut anywhere, several members, bytes after the member, a flipped byte: both
        // end with the same error (or none), and every record either gives is a true record, in order. Before a cut
        // the file may recover more records: zlib gives the data it decoded before the input ended, SharpZipLib
        // throws with some of it still buffered.
        using var folder = new TempFolder();
        var records = string.Join('\n', Enumerable.Range(1, 12).Select(i => Record(title: "Bài " + i, body: Lead + " " + i + "\n" + Rest))) + "\n";
        var gz = TempFolder.Gzip(records);
        var truth = ArticleReader.ReadFile(folder.Write("whole.jsonl.gz", gz)).Select(r => r.Article!.Text).ToList();
        List<byte[]> variants = [gz, [.. gz, .. gz], [.. gz, .. gz[..(gz.Length / 2)]], [.. gz, 0, 0, 0, 0], [.. gz, .. "junk"u8.ToArray()]];
        for (var cut = 1; cut < gz.Length; cut += Math.Max(1, gz.Length / 40))
        {
            variants.Add(gz[..cut]);
        }

        foreach (var at in new[] { 12, gz.Length / 3, gz.Length - 6, gz.Length - 2 })
        {
            var flipped = (byte[])gz.Clone();
            flipped[at] ^= 0x5A;
            variants.Add(flipped);
        }

        for (var i = 0; i < variants.Count; i++)
        {
            var path = folder.Write($"v{i}.jsonl.gz", variants[i]);
            using var pipe = new NonSeekableStream(new MemoryStream(variants[i]));

            var fromFile = ArticleReader.ReadFile(path).ToList();
            var fromPipe = ArticleReader.ReadStream(pipe, path, ArticleFormat.JsonLines).ToList();

            Assert.Equal(Errors(fromPipe), Errors(fromFile));
            var fileTexts = fromFile.Where(r => r.Success).Select(r => r.Article!.Text).ToList();
            var pipeTexts = fromPipe.Where(r => r.Success).Select(r => r.Article!.Text).ToList();
            Assert.True(fileTexts.Count >= pipeTexts.Count, $"variant {i}");
            Assert.Equal(pipeTexts, fileTexts.Take(pipeTexts.Count));
            Assert.Equal(Enumerable.Range(0, fileTexts.Count).Select(k => truth[k % truth.Count]), fileTexts);
        }
    }

    private static List<string> Errors(List<ArticleReadResult> results) =>
        results.Where(r => !r.Success).SelectMany(r => r.Diagnostics).Select(d => d.Code + ": " + d.Message).ToList();

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"Công an tỉnh Quảng Bình\"")]
    [InlineData("\"dòng 1\\ndòng 2\\t\\\"trích\\\" \\\\ \\/\"")]
    [InlineData("\"\\u0110\\u1ed3ng H\\u1edbi \\ud83d\\ude00 \\u0000\"")]
    [InlineData("\"\\ud800 lone\"")]
    [InlineData("\"lone \\udc00\"")]
    public void ReadString_Literal_GivesWhatGetStringGives(string literal)
    {
        var bytes = Encoding.UTF8.GetBytes(literal);

        Assert.Equal(Decode(() => JsonDocument.Parse(bytes).RootElement.GetString()!), Decode(() => JsonLinesArticleReader.ReadString(bytes)));
    }

    [Theory]
    [InlineData(new byte[] { 0x22, 0x61, 0xFF, 0x62, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xE1, 0xBB, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })]
    [InlineData(new byte[] { 0x22, 0x5C, 0x6E, 0xC3, 0x28, 0x22 })]
    public void ReadString_InvalidUtf8_ThrowsAsGetStringDoes(byte[] literal)
    {
        Assert.Throws<InvalidOperationException>(() => JsonDocument.Parse(literal).RootElement.GetString());
        Assert.Throws<InvalidOperationException>(() => JsonLinesArticleReader.ReadString(literal));
    }

    [Fact]
    public void ReadString_LongBodyOfEscapesAndVietnamese_GivesWhatGetStringGives()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => i % 7 == 0 ? "\\n" : i % 5 == 0 ? "Đồng " : "xã ạ "));
        var bytes = Encoding.UTF8.GetBytes("\"" + text + "\"");

        Assert.Equal(JsonDocument.Parse(bytes).RootElement.GetString(), JsonLinesArticleReader.ReadString(bytes));
    }

    /// <summary>The string, or the exception's type when reading throws.</summary>
    private static string Decode(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException e)
        {
            return e.GetType().Name;
        }
    }

    /// <summary>A stream that cannot seek, as a pipe.</summary>
    private sealed class NonSeekableStream(Stream inner) : ForwardReadStream
    {
        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public void ReadFile_CorruptGzip_GivesInvalidGzipNotException()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.jsonl.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        var result = Assert.Single(ArticleReader.ReadFile(path));

        Assert.Equal(DiagnosticCodes.InvalidGzip, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ReadStream_EndlessStream_IsReadLazily()
    {
        using var stream = new EndlessStream(Encoding.UTF8.GetBytes(Record() + "\n"));

        var results = ArticleReader.ReadStream(stream, "endless.jsonl", ArticleFormat.JsonLines).Take(5).ToList();

        Assert.Equal(5, results.Count);
        Assert.Equal("endless.jsonl:5", results[^1].Source);
        Assert.True(stream.BytesServed < 1024 * 1024);
    }

    [SharedFact]
    [Trait("Category", "SharedCorpus")]
    public void ReadFile_SharedMovementCorpora_ReadEveryRecord()
    {
        foreach (var (name, count) in new[] { ("movement-baomoi.jsonl.gz", 7), ("movement-dantri.jsonl.gz", 1) })
        {
            var results = ArticleReader.ReadFile(Path.Combine(RepoPaths.Shared!, "corpus", name)).ToList();

            Assert.Equal(count, results.Count);
            Assert.All(results, r => Assert.True(r.Success, string.Join("; ", r.Diagnostics)));
        }
    }

    /// <summary>Repeats one record forever: reading it all would never end.</summary>
    private sealed class EndlessStream(byte[] record) : Stream
    {
        public long BytesServed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesServed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = record[(int)((BytesServed + i) % record.Length)];
            }

            BytesServed += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
