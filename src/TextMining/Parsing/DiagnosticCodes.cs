namespace TextMining.Parsing;

/// <summary>The codes of every <see cref="Diagnostic"/> the library reports. Codes never change meaning.</summary>
public static class DiagnosticCodes
{
    /// <summary>The input is empty or holds only white space.</summary>
    public const string EmptyInput = "TM0001";

    /// <summary>The input looks binary (an image, an archive, an executable) rather than text.</summary>
    public const string BinaryInput = "TM0002";

    /// <summary>The input is larger than <see cref="ArticleReaderOptions.MaxInputBytes"/>.</summary>
    public const string InputTooLarge = "TM0003";

    /// <summary>The bytes are not valid in any encoding the reader recognises.</summary>
    public const string UndecodableBytes = "TM0004";

    /// <summary>The bytes were not UTF-8 and were decoded from a legacy encoding (warning).</summary>
    public const string LegacyEncoding = "TM0005";

    /// <summary>The text was not in Unicode NFC and was normalised (warning).</summary>
    public const string NotNormalized = "TM0006";

    /// <summary>The input could not be opened or read (missing file, permission, I/O error).</summary>
    public const string IoError = "TM0007";

    /// <summary>The file's extension or content names no format the reader knows.</summary>
    public const string UnknownFormat = "TM0008";

    /// <summary>A gzip stream is corrupt or truncated.</summary>
    public const string InvalidGzip = "TM0009";

    /// <summary>
    /// Bytes that are not valid UTF-8, lone surrogates or Unicode noncharacters (U+FFFE, U+FFFF, …) were replaced
    /// with U+FFFD; the message says how many (warning).
    /// </summary>
    public const string InvalidCharacters = "TM0010";

    /// <summary>The input holds no article: no title or no body text.</summary>
    public const string NoArticle = "TM0101";

    /// <summary>The article has no title; one was taken from elsewhere or left empty (warning).</summary>
    public const string MissingTitle = "TM0102";

    /// <summary>The HTML is malformed or truncated and was read leniently (warning).</summary>
    public const string MalformedHtml = "TM0103";

    /// <summary>A date, view count or other field had a value that could not be read (warning).</summary>
    public const string UnreadableField = "TM0104";

    /// <summary>A JSON Lines record is not valid JSON or lacks the fields of an article.</summary>
    public const string InvalidRecord = "TM0105";

    /// <summary>Extraction stopped early on pathological input (warning).</summary>
    public const string ExtractionLimit = "TM0201";
}
