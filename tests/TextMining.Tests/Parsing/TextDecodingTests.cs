using System.Text;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

public sealed class TextDecodingTests
{
    private const string Sample = "Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2016 ở Quảng Bình.";

    [Fact]
    public void Decode_Utf8_ReturnsTextWithoutWarnings()
    {
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes(Sample), isHtml: false);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Empty(decoded.Diagnostics);
    }

    public static TheoryData<string, byte[]> Boms() => new()
    {
        { "utf-8", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "utf-16LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16BE", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Boms))]
    public void Decode_ByteOrderMark_UsesThatEncoding(string encoding, byte[] bytes)
    {
        var decoded = TextDecoding.Decode(bytes, isHtml: false);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Fact]
    public void Decode_Windows1258_ComposesAndWarnsLegacyEncoding()
    {
        var bytes = LegacyBytes.Windows1258(Sample);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        var decoded = TextDecoding.Decode(bytes, isHtml: false);

        Assert.Equal(Sample, decoded.Text);
        Assert.True(decoded.Text!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("windows-1258", decoded.Encoding);
        Assert.Equal(DiagnosticCodes.LegacyEncoding, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_BytesThatAreNotPlausibleVietnamese_FailsUndecodable()
    {
        // C1 control positions of Windows-1258 and stray combining marks: not text in any encoding we know.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("abc "), 0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E, 0xD2, 0xDE, 0xEC, 0xF2, 0xFE];

        var decoded = TextDecoding.Decode(bytes, isHtml: false);

        Assert.False(decoded.Success);
        Assert.Equal(DiagnosticCodes.UndecodableBytes, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_AnInvalidByteAfterUtf8Bom_ReplacedWithWarning()
    {
        var decoded = TextDecoding.Decode([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28], isHtml: false);

        Assert.Equal("A\uFFFD(", decoded.Text);
        Assert.Equal(DiagnosticCodes.InvalidCharacters, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_MostlyInvalidBytesAfterUtf8Bom_FailsUndecodable()
    {
        var decoded = TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Enumerable.Repeat((byte)0xC3, 20), 0x41], isHtml: false);

        Assert.Equal(DiagnosticCodes.UndecodableBytes, Assert.Single(decoded.Diagnostics).Code);
    }

    public static TheoryData<string, byte[]> BinaryInputs() => new()
    {
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52] },
        { "NUL", [.. Encoding.ASCII.GetBytes("Tieu de\n"), 0x00, 0x00, 0x41] },
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46] },
        { "controls", [.. Enumerable.Repeat((byte)0x01, 10), .. Encoding.ASCII.GetBytes("text")] },
    };

    [Theory]
    [MemberData(nameof(BinaryInputs))]
    public void Decode_BinaryBytes_FailsBinaryInput(string what, byte[] bytes)
    {
        var decoded = TextDecoding.Decode(bytes, isHtml: false);

        Assert.False(decoded.Success, what);
        Assert.Equal(DiagnosticCodes.BinaryInput, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_Empty_FailsEmptyInput()
    {
        Assert.Equal(DiagnosticCodes.EmptyInput, Assert.Single(TextDecoding.Decode([], isHtml: false).Diagnostics).Code);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"windows-1258\"></head><body><p>{0}</p></body></html>")]
    [InlineData("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>{0}</body></html>")]
    public void Decode_HtmlDeclaringWindows1258_HonoursTheDeclaration(string template)
    {
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Sample);
        var bytes = LegacyBytes.Windows1258(html);

        var decoded = TextDecoding.Decode(bytes, isHtml: true);

        Assert.Contains(Sample, decoded.Text!, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.LegacyEncoding, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_HtmlDeclaringLatin1ButValidUtf8_KeepsUtf8()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body>" + Sample + "</body></html>";

        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes(html), isHtml: true);

        Assert.Contains(Sample, decoded.Text!, StringComparison.Ordinal);
        Assert.Empty(decoded.Diagnostics);
    }

    [Theory]
    [InlineData("Hội nghị bảo vệ an ninh", true)]
    [InlineData("“Toàn dân” – năm 2017…", true)]
    [InlineData("Ã¡Â»â€¡n Ã„â€˜", false)]
    [InlineData("a\u0301\u0301\u0301\u0301 b\u0309\u0309\u0309", false)]
    public void IsPlausibleVietnamese_Text_JudgesLetters(string text, bool expected)
    {
        Assert.Equal(expected, TextDecoding.IsPlausibleVietnamese(text.Normalize(NormalizationForm.FormC)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithoutBom_DetectsByteOrder(bool bigEndian)
    {
        var bytes = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(Sample);

        var decoded = TextDecoding.Decode(bytes, isHtml: false);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(bigEndian ? "utf-16BE" : "utf-16LE", decoded.Encoding);
    }

    [Fact]
    public void Decode_Utf8Mojibake_RepairsAndWarns()
    {
        var mojibake = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Sample));
        _ = TextDecoding.Windows1258;
        var cp1252 = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(Sample));

        foreach (var text in new[] { mojibake, cp1252 })
        {
            var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes(text), isHtml: false);

            Assert.Equal(Sample, decoded.Text);
            Assert.Equal(DiagnosticCodes.LegacyEncoding, Assert.Single(decoded.Diagnostics).Code);
        }
    }

    [Theory]
    [InlineData("Ông Ãn và bà Ãnh ở Åland.")]
    [InlineData("Hội nghị ở TP. Hồ Chí Minh, Ã¡ Ã¡ Ã¡ và ộ")]
    public void TryRepairMojibake_GenuineText_LeavesItAlone(string text)
    {
        Assert.False(TextDecoding.TryRepairMojibake(text, out var repaired));
        Assert.Same(text, repaired);
    }
}
