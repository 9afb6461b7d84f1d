using System.Text.RegularExpressions;

namespace TextMining.Parsing;

/// <summary>The text decoded from an input's bytes, or the error that stopped it, plus warnings.</summary>
/// <param name="Text">The decoded text (not yet normalised), or null on error.</param>
/// <param name="Encoding">The name of the encoding used (<c>utf-8</c>, <c>utf-16LE</c>, <c>windows-1258</c>, ...).</param>
/// <param name="Diagnostics">Warnings, or the one error when <paramref name="Text"/> is null.</param>
internal sealed record DecodedText(string? Text, string? Encoding, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Text is not null;

    public static DecodedText Fail(string code, string message) =>
        new(null, null, [new Diagnostic { Code = code, Message = message, Severity = DiagnosticSeverity.Error }]);
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

    /// <summary>Characters that open or close mojibake sequences (<c>Ã¡</c>, <c>Ä‘</c>, <c>Æ°</c>, <c>á»</c>, <c>áº</c>).</summary>
    private static readonly System.Buffers.SearchValues<char> MojibakeLeads = System.Buffers.SearchValues.Create("ÃÄÆÅ»º");
    private static readonly Dictionary<char, byte> Cp1252Specials = BuildCp1252Specials();
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
            return TryDecodeUtf8(bytes[3..]) is { } bomText ? new DecodedText(bomText, "utf-8", []) : DecodeUtf8Leniently(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: true);
        }

        if (Signature(bytes) is { } signature)
        {
            return DecodedText.Fail(DiagnosticCodes.BinaryInput, $"the input looks binary ({signature}), not text");
        }

        if (Utf16WithoutBom(bytes) is { } bigEndian)
        {
            return DecodeUtf16(bytes, bigEndian);
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
                // Some declarable code pages (GB18030, UTF-7) can spell noncharacters, which NFC refuses: replace them first.
                var text = VietnameseText.ReplaceInvalid(legacy.GetString(bytes), out var replaced).Normalize(NormalizationForm.FormC);
                var declaredWarning = Warning(DiagnosticCodes.LegacyEncoding, $"decoded from {legacy.WebName} as the page declares");
                return new DecodedText(text, legacy.WebName, replaced == 0
                    ? [declaredWarning]
                    : [declaredWarning, Warning(DiagnosticCodes.InvalidCharacters, ArticleBuilder.InvalidCharactersMessage(replaced, "the input"))]);
            }
        }

        if (TryDecodeUtf8(bytes) is { } utf8)
        {
            if (TryRepairMojibake(utf8, out var repaired))
            {
                return new DecodedText(repaired, "utf-8", [Warning(DiagnosticCodes.LegacyEncoding, "the text is UTF-8 that was once misread as Windows-1252 (mojibake such as \"Ã¡Â»\"); it was repaired")]);
            }

            return new DecodedText(utf8, "utf-8", []);
        }

        // UTF-8 but for a few stray bytes: clearly UTF-8 elsewhere, so not a legacy code page.
        var invalid = CountInvalidUtf8(bytes, out var multiByte);
        if (multiByte >= 4 * invalid)
        {
            return DecodeUtf8Leniently(bytes);
        }

        var candidate = Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC);
        if (IsPlausibleVietnamese(candidate))
        {
            return new DecodedText(candidate, "windows-1258", [Warning(DiagnosticCodes.LegacyEncoding, "the bytes are not UTF-8; decoded as Windows-1258")]);
        }

        return DecodeUtf8Leniently(bytes);
    }

    /// <summary>
    /// Whether text with <paramref name="invalid"/> undecodable sequences among <paramref name="chars"/>
    /// characters is mostly undecodable and so refused: more than 1 character in 20 and more than 4 in all.
    /// Fewer are replaced with U+FFFD and reported.
    /// </summary>
    internal static bool IsMostlyUndecodable(int invalid, int chars) => invalid > 4 && invalid * 20L > chars;

    /// <summary>
    /// Decodes bytes that are UTF-8 but for some invalid sequences, each becoming one U+FFFD; returns the
    /// re-encoded valid UTF-8, how many were replaced and how many characters the text has.
    /// </summary>
    internal static byte[] ReplaceInvalidUtf8(ReadOnlySpan<byte> bytes, out int invalid, out int chars)
    {
        var text = Encoding.UTF8.GetString(bytes);
        invalid = CountInvalidUtf8(bytes, out _);
        chars = text.Length;
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>
    /// Counts the invalid UTF-8 sequences as a lenient decoder replaces them (each maximal invalid subpart once),
    /// and the valid multi-byte characters.
    /// </summary>
    private static int CountInvalidUtf8(ReadOnlySpan<byte> bytes, out int multiByte)
    {
        var invalid = 0;
        multiByte = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
            }
            else if (rune.Value >= 0x80)
            {
                multiByte++;
            }

            bytes = bytes[consumed..];
        }

        return invalid;
    }

    private static DecodedText DecodeUtf8Leniently(ReadOnlySpan<byte> bytes)
    {
        var invalid = CountInvalidUtf8(bytes, out _);
        var text = Encoding.UTF8.GetString(bytes);
        if (IsMostlyUndecodable(invalid, text.Length))
        {
            return DecodedText.Fail(DiagnosticCodes.UndecodableBytes, $"the bytes are neither UTF-8 nor plausible Windows-1258 Vietnamese text ({invalid} of {text.Length} characters are invalid UTF-8)");
        }

        return new DecodedText(text, "utf-8", invalid == 0 ? [] : [Warning(DiagnosticCodes.InvalidCharacters, ArticleBuilder.InvalidCharactersMessage(invalid, "the input"))]);
    }

    /// <summary>Decodes UTF-16 code units; lone surrogates and an odd last byte become U+FFFD, counted in a warning.</summary>
    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var name = bigEndian ? "utf-16BE" : "utf-16LE";
        var units = new char[(bytes.Length + 1) / 2];
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            units[i / 2] = (char)(bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8));
        }

        var odd = (bytes.Length & 1) == 1 ? 1 : 0;
        if (odd == 1)
        {
            units[^1] = '\uFFFD';
        }

        var text = VietnameseText.ReplaceInvalid(new string(units), out var replaced);
        replaced += odd;
        if (IsMostlyUndecodable(replaced, text.Length))
        {
            return DecodedText.Fail(DiagnosticCodes.UndecodableBytes, $"the input is not valid {name}: {replaced} of its {text.Length} characters are invalid");
        }

        return new DecodedText(text, name, replaced == 0 ? [] : [Warning(DiagnosticCodes.InvalidCharacters, ArticleBuilder.InvalidCharactersMessage(replaced, "the input"))]);
    }

    /// <summary>
    /// Repairs double-encoded text: UTF-8 bytes once decoded as Windows-1252 (or Latin-1) and saved as UTF-8
    /// again (<c>Huyá»‡n</c> for <c>Huyện</c>). Tried only when such sequences are frequent; kept only when every
    /// character maps back to one byte, the bytes are valid UTF-8, and the result is plausible Vietnamese.
    /// </summary>
    internal static bool TryRepairMojibake(string text, out string repaired)
    {
        repaired = text;
        var first = text.AsSpan().IndexOfAny(MojibakeLeads);
        if (first < 0)
        {
            return false;
        }

        var telltales = 0;
        for (var i = Math.Max(0, first - 1); i + 1 < text.Length; i++)
        {
            if (text[i] is 'Ã' or 'Ä' or 'Æ' or 'Å' || (text[i] == 'á' && text[i + 1] is '»' or 'º'))
            {
                var next = text[i + 1];
                if (next is >= '\u0080' and <= '\u00BF' || Cp1252Specials.ContainsKey(next))
                {
                    telltales++;
                }
            }
        }

        if (telltales < 3)
        {
            return false;
        }

        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x100)
            {
                bytes[i] = (byte)c;
            }
            else if (Cp1252Specials.TryGetValue(c, out var b))
            {
                bytes[i] = b;
            }
            else
            {
                return false;
            }
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return false;
        }

        var candidate = StrictUtf8.GetString(bytes);
        if (!IsPlausibleVietnamese(candidate))
        {
            return false;
        }

        repaired = candidate;
        return true;
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
    /// Judges text decoded from a legacy code page: every non-ASCII character must be a letter of the Vietnamese
    /// alphabet (a vowel with its tone mark, or đ) or common typographic punctuation, and no word may hold more
    /// than three such letters (a syllable holds at most two: <c>người</c>); 2% noise is allowed. Other letters,
    /// uncomposed combining marks, C1 controls and replacement characters are noise.
    /// </summary>
    internal static bool IsPlausibleVietnamese(string text)
    {
        var nonAscii = 0;
        var bad = 0;
        var inWord = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (!char.IsLetter(c))
                {
                    inWord = 0;
                }

                continue;
            }

            nonAscii++;
            if (VietnameseText.IsVietnameseLetter(c))
            {
                inWord++;
                if (inWord > 3)
                {
                    bad++;
                }

                continue;
            }

            inWord = 0;
            if (!IsTypographic(c))
            {
                bad++;
            }
        }

        return bad * 50 <= nonAscii;
    }

    private static bool IsTypographic(char c) =>
        c is '\u00A0' or '“' or '”' or '‘' or '’' or '–' or '—' or '…' or '•' or '·' or '«' or '»' or '°' or '€';


    /// <summary>UTF-16 without a BOM: in the first KB, NUL in every other byte (and only there) for most characters.</summary>
    private static bool? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (head.Length < 8 || (bytes.Length & 1) != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        var pairs = head.Length / 2;
        if (oddZeros * 2 >= pairs && evenZeros == 0)
        {
            return false;
        }

        return evenZeros * 2 >= pairs && oddZeros == 0 ? true : null;
    }

    private static Dictionary<char, byte> BuildCp1252Specials()
    {
        var map = new Dictionary<char, byte>();
        var cp1252 = GetLegacyEncoding(1252);
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var c = cp1252.GetString([(byte)b]);
            if (c.Length == 1 && c[0] >= 0x100)
            {
                map[c[0]] = (byte)b;
            }
        }

        return map;
    }

    /// <summary>Decodes strict UTF-8 in one pass, or null when the bytes are not valid UTF-8.</summary>
    private static string? TryDecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
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

    private static Diagnostic Warning(string code, string message) => new() { Code = code, Message = message, Severity = DiagnosticSeverity.Warning };

    [GeneratedRegex(@"<meta\b[^>]{0,300}?charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]{2,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
