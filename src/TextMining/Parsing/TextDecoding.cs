using System.Text;
using System.Text.RegularExpressions;
using TextMining.Text;

namespace TextMining.Parsing;

/// <summary>The text decoded from an input's bytes, or the error that stopped it, plus warnings.</summary>
/// <param name="Text">The decoded text (not yet normalised), or null on error.</param>
/// <param name="Encoding">The name of the encoding used (<c>utf-8</c>, <c>utf-16LE</c>, <c>windows-1258</c>, ...).</param>
/// <param name="Diagnostics">Warnings, or the one error when <paramref name="Text"/> is null.</param>
internal sealed record DecodedText(string? Text, string? Encoding, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Text is not null;

    public static DecodedText Fail(string code, string message) =>
        new(null, null, [new Diagnostic(code, message, DiagnosticSeverity.Error)]);
}

/// <summary>
/// Turns an input's bytes into text, the one place that decides encodings: a BOM wins (UTF-8, UTF-16 LE/BE);
/// for HTML a <c>&lt;meta charset&gt;</c> in the first KB is honoured; valid UTF-8 is UTF-8; anything else is
/// tried as Windows-1258 and kept only when the result is plausible Vietnamese text. Binary bytes are refused.
/// </summary>
internal static partial class TextDecoding
{
    /// <summary>How many leading bytes are inspected for binary signatures and control characters.</summary>
    private const int SniffBytes = 8192;

    /// <summary>How many leading bytes of an HTML page are searched for a declared charset.</summary>
    private const int CharsetScanBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<bool> ProviderRegistration = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    private static readonly Lazy<Encoding> Windows1258Lazy = new(() => GetLegacyEncoding(1258));

    /// <summary>The Windows-1258 code page, from the framework's code-pages provider (registered once).</summary>
    public static Encoding Windows1258 => Windows1258Lazy.Value;

    /// <summary>Decodes <paramref name="bytes"/>; never throws for bad content.</summary>
    /// <param name="bytes">The whole input.</param>
    /// <param name="isHtml">Whether to honour a charset declared in the markup.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool isHtml)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Fail(DiagnosticCodes.EmptyInput, "the input is empty");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(bytes[3..], StrictUtf8, "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16BE");
        }

        if (LooksBinary(bytes, out var what))
        {
            return DecodedText.Fail(DiagnosticCodes.BinaryInput, $"the input looks binary ({what}), not text");
        }

        if (isHtml && DeclaredCharset(bytes) is { } declared && !IsUtf8Name(declared))
        {
            var legacy = TryGetEncoding(declared);
            if (legacy is not null && !IsValidUtf8WithNonAscii(bytes))
            {
                var text = legacy.GetString(bytes);
                return new DecodedText(text, legacy.WebName, [Warning(DiagnosticCodes.LegacyEncoding, $"decoded from {legacy.WebName} as the page declares")]);
            }
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8", []);
        }

        var candidate = Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC);
        if (IsPlausibleVietnamese(candidate))
        {
            return new DecodedText(candidate, "windows-1258", [Warning(DiagnosticCodes.LegacyEncoding, "the bytes are not UTF-8; decoded as Windows-1258")]);
        }

        return DecodedText.Fail(DiagnosticCodes.UndecodableBytes, "the bytes are neither UTF-8 nor plausible Windows-1258 Vietnamese text");
    }

    /// <summary>
    /// Whether the leading bytes look binary: a known file signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, PE),
    /// a NUL byte, or more than 1% control bytes.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, out string what)
    {
        what = Signature(bytes) ?? string.Empty;
        if (what.Length > 0)
        {
            return true;
        }

        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.IndexOf((byte)0) >= 0)
        {
            what = "NUL bytes";
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controls++;
            }
        }

        if (controls * 100 > head.Length)
        {
            what = "control bytes";
            return true;
        }

        return false;
    }

    /// <summary>Whether the bytes open with the gzip signature.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>
    /// Judges text decoded from a legacy code page: every non-ASCII character must be a Latin letter of the
    /// Vietnamese alphabet (with its diacritics) or common typographic punctuation, allowing 2% noise;
    /// uncomposed combining marks, C1 controls and replacement characters count as noise.
    /// </summary>
    internal static bool IsPlausibleVietnamese(string text)
    {
        var nonAscii = 0;
        var bad = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            if (IsVietnameseLetter(c) || IsTypographic(c))
            {
                continue;
            }

            bad++;
        }

        return bad * 50 <= nonAscii;
    }

    private static bool IsVietnameseLetter(char c)
    {
        if (!char.IsLetter(c))
        {
            return false;
        }

        if (c is 'đ' or 'Đ')
        {
            return true;
        }

        var folded = VietnameseText.FoldChar(c);
        return folded is >= 'a' and <= 'z';
    }

    private static bool IsTypographic(char c) =>
        c is '\u00A0' or '“' or '”' or '‘' or '’' or '–' or '—' or '…' or '•' or '·' or '«' or '»' or '°' or '€' or '±' or '×' or '§' or '©' or '®' or '™' or '„' or '‚' or '†' or '‡' or '‰' or '¢' or '£' or '¥' or '¦' or '¨' or 'ª' or '¬' or '¯' or '²' or '³' or '´' or 'µ' or '¶' or '¸' or '¹' or 'º' or '¼' or '½' or '¾' or '¿' or '¡' or '÷';

    private static DecodedText DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes), name, []);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Fail(DiagnosticCodes.UndecodableBytes, $"the input starts with a {name} byte-order mark but holds invalid {name} bytes");
        }
    }

    private static bool IsValidUtf8WithNonAscii(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) && bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    private static string? Signature(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "PNG image";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG image";
        }

        if (b.StartsWith("GIF8"u8))
        {
            return "GIF image";
        }

        if (b.StartsWith("%PDF-"u8))
        {
            return "PDF document";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 0x03, 0x04]))
        {
            return "ZIP archive";
        }

        if (IsGzip(b))
        {
            return "gzip data";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']))
        {
            return "ELF executable";
        }

        return b.Length > 64 && b.StartsWith("MZ"u8) && b[2..64].IndexOf((byte)0) >= 0 ? "Windows executable" : null;
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetScanBytes)]);
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static bool IsUtf8Name(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static Encoding? TryGetEncoding(string name)
    {
        EnsureProvider();
        try
        {
            var encoding = Encoding.GetEncoding(name);

            // A page that declares UTF-16 but was served as bytes we could sniff is not UTF-16: ignore the claim.
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding GetLegacyEncoding(int codePage)
    {
        EnsureProvider();
        return Encoding.GetEncoding(codePage);
    }

    private static void EnsureProvider() => _ = ProviderRegistration.Value;

    private static Diagnostic Warning(string code, string message) => new(code, message, DiagnosticSeverity.Warning);

    [GeneratedRegex(@"<meta\b[^>]{0,300}?charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]{2,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
