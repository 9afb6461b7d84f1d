using System.Text;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

/// <summary>Every kind of bad input gives a diagnostic, never an exception.</summary>
public sealed class ArticleReaderBadInputTests : IDisposable
{
    private const string Article = "Hội nghị bảo vệ an ninh Tổ quốc\n\nSáng 4.8, Công an tỉnh tổ chức hội nghị đánh giá phong trào toàn dân bảo vệ an ninh Tổ quốc.\n\nXuân Hoài – Việt Hùng\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ArticleReadResult Single(string path, ArticleReaderOptions? options = null) =>
        Assert.Single(ArticleReader.ReadFile(path, options: options));

    private static void AssertFails(ArticleReadResult result, string code)
    {
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void ReadFile_EmptyFile_FailsEmptyInput() =>
        AssertFails(Single(_folder.Write("empty.txt", [])), DiagnosticCodes.EmptyInput);

    [Theory]
    [InlineData("ws.txt")]
    [InlineData("ws.html")]
    [InlineData("ws.dat")]
    public void ReadFile_WhiteSpaceOnlyFile_FailsEmptyInput(string name) =>
        AssertFails(Single(_folder.Write(name, " \n\t\r\n\u00A0\n")), DiagnosticCodes.EmptyInput);

    [Fact]
    public void ReadFile_PngBytesNamedTxt_FailsBinaryInput() =>
        AssertFails(Single(_folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01])), DiagnosticCodes.BinaryInput);

    [Fact]
    public void ReadFile_NulBytes_FailsBinaryInput() =>
        AssertFails(Single(_folder.Write("nul.txt", [.. Encoding.UTF8.GetBytes("Tiêu đề\n"), 0, 0, 0, 0x41])), DiagnosticCodes.BinaryInput);

    [Fact]
    public void ReadFile_OverSizeLimit_FailsInputTooLargeWithoutReading()
    {
        var path = _folder.Write("big.txt", Article);

        var result = Single(path, ArticleReaderOptions.Default.WithMaxInputBytes(16));

        AssertFails(result, DiagnosticCodes.InputTooLarge);
        Assert.True(Single(path, ArticleReaderOptions.Default.WithMaxInputBytes(4096)).Success);
    }

    [Fact]
    public void ReadStream_OverSizeLimit_FailsInputTooLarge()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Article));

        var result = Assert.Single(ArticleReader.ReadStream(stream, "-", options: ArticleReaderOptions.Default.WithMaxInputBytes(16)));

        AssertFails(result, DiagnosticCodes.InputTooLarge);
    }

    [Fact]
    public void WithMaxInputBytes_LessThanOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleReaderOptions.Default.WithMaxInputBytes(0));
    }

    [Theory]
    [InlineData("<html><head><title>Tiêu đề</title></head><body><article><p>Sáng nay, hội nghị")]
    [InlineData("<html><body><div><p>Đoạn văn <b>chưa đóng")]
    [InlineData("<")]
    [InlineData("<!DOCTYPE html><html")]
    public void ReadFile_TruncatedHtml_DoesNotThrow(string html)
    {
        var result = Single(_folder.Write("cut.html", html));

        Assert.Equal(result.Success, result.Article is not null);
        Assert.NotNull(result.Diagnostics);
    }

    [Fact]
    public void ReadFile_NfdText_ComposesAndWarnsNotNormalized()
    {
        var path = _folder.Write("nfd.txt", Article.Normalize(NormalizationForm.FormD));

        var result = Single(path);

        Assert.Equal("Hội nghị bảo vệ an ninh Tổ quốc", result.Article!.Title);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NotNormalized && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void ReadFile_Windows1258Bytes_DecodesAndWarnsLegacyEncoding()
    {
        var path = _folder.Write("legacy.txt", LegacyBytes.Windows1258(Article));

        var result = Single(path);

        Assert.Equal("Hội nghị bảo vệ an ninh Tổ quốc", result.Article!.Title);
        Assert.Equal(["Xuân Hoài", "Việt Hùng"], result.Article.Authors);
        Assert.Equal(DiagnosticCodes.LegacyEncoding, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void ReadFile_Utf16WithBom_Decodes()
    {
        var path = _folder.Write("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article)]);

        var result = Single(path);

        Assert.Equal("Hội nghị bảo vệ an ninh Tổ quốc", result.Article!.Title);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ReadFile_InvalidGzip_FailsInvalidGzip() =>
        AssertFails(Single(_folder.Write("broken.jsonl.gz", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xFF, 0xFF, 0xFF])), DiagnosticCodes.InvalidGzip);

    [Fact]
    public void ReadFile_MissingFile_FailsIoError()
    {
        var path = Path.Combine(_folder.Path, "missing.txt");

        var result = Single(path);

        AssertFails(result, DiagnosticCodes.IoError);
        Assert.Equal(path, result.Source);
    }

    [Fact]
    public void ReadFile_Folder_FailsIoError() => AssertFails(Single(_folder.Path), DiagnosticCodes.IoError);

    [Fact]
    public void ReadFile_UnknownExtensionPlainText_SniffsPlainText()
    {
        var result = Single(_folder.Write("article.dat", Article));

        Assert.Equal("Hội nghị bảo vệ an ninh Tổ quốc", result.Article!.Title);
    }

    [Fact]
    public void ReadFile_UnknownExtensionJson_SniffsJsonLines()
    {
        var path = _folder.Write("records.dat", "{\"title\":\"Một\",\"body\":\"Đoạn một.\"}\n{\"title\":\"Hai\",\"body\":\"Đoạn hai.\"}\n");

        var results = ArticleReader.ReadFile(path).ToList();

        Assert.Equal(["Một", "Hai"], results.Select(r => r.Article!.Title));
        Assert.Equal(path + ":2", results[1].Source);
    }

    [Fact]
    public void ReadFile_UnknownExtensionGzip_SniffsJsonLines()
    {
        var path = _folder.Write("records.bin", TempFolder.Gzip("{\"title\":\"Một\",\"body\":\"Đoạn một.\"}\n"));

        Assert.Equal("Một", Single(path).Article!.Title);
    }

    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", ArticleFormat.Html)]
    [InlineData("  \n<!DOCTYPE html>", ArticleFormat.Html)]
    [InlineData("{\"body\":\"x\"}", ArticleFormat.JsonLines)]
    [InlineData("Tiêu đề\n\nThân bài", ArticleFormat.PlainText)]
    [InlineData("", ArticleFormat.PlainText)]
    public void Sniff_Content_PicksFormat(string content, ArticleFormat expected)
    {
        Assert.Equal(expected, DocumentReader.Sniff(Encoding.UTF8.GetBytes(content)));
        Assert.Equal(expected, DocumentReader.Sniff([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(content)]));
    }

    [Fact]
    public void ReadFile_Null_ThrowsEagerly()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleReader.ReadFile(null!));
        Assert.Throws<ArgumentNullException>(() => ArticleReader.ReadStream(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => ArticleReader.ReadInputs(null!));
        Assert.Throws<ArgumentNullException>(() => ArticleReader.ReadHtml(null!));
    }

    [Fact]
    public void ReadFile_RandomBytes_NeverThrow()
    {
        var random = new Random(42);
        for (var i = 0; i < 60; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            var name = (i % 4) switch { 0 => "r.txt", 1 => "r.html", 2 => "r.jsonl", _ => "r.jsonl.gz" };
            var path = _folder.Write(name, i % 4 == 3 ? [0x1F, 0x8B, .. bytes] : bytes);

            foreach (var result in ArticleReader.ReadFile(path))
            {
                Assert.Equal(result.Success, result.Article is not null);
            }
        }
    }
}
