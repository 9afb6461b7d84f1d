using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextMining.Text;

/// <summary>
/// The one text normaliser of the library: every reader, extractor and the search analyser go through it.
/// </summary>
/// <remarks>
/// <para><see cref="Normalize"/> produces the canonical form that articles store (NFC, one kind of space,
/// <c>\n</c> line ends, no BOM or invisible characters). Offsets in results always index that form.</para>
/// <para><see cref="ToMatchingKey"/> and <see cref="Fold(string)"/> map a normalised string to a key of exactly the
/// same length, one character for one character, so a match found in a key is a match at the same
/// offsets in the text.</para>
/// </remarks>
public static class VietnameseText
{
    private const char Bom = '\uFEFF';
    private const char ReplacementChar = '\uFFFD';
    private const string Vowels = "aăâeêioôơuưy";

    // Cluster flags of a lower-case character (KeyTable's upper half). A second vowel of a cluster has one of the
    // four Second flags; a first vowel (o or u with any tone but ũ: the tone pass never started at it, lũy already has
    // the placement luỹ is moved to) has, four bits up, the Second flags of the vowels after which its tone may move:
    // a toned first takes its seconds with or without a tone, an untoned one only toned seconds.
    private const uint SecondOfOaOe = 1;
    private const uint TonedSecondOfOaOe = 2;
    private const uint SecondOfUy = 4;
    private const uint TonedSecondOfUy = 8;
    private const int FirstShift = 4;

    /// <summary>The characters the lookup tables cover: below it are all of Vietnamese and the punctuation of news.</summary>
    internal const int TableSize = 0x3000;
    private static readonly char[] FoldTable = BuildFoldTable();

    // For each character below TableSize: 0 when it is not a lower-case Vietnamese vowel, else
    // (index in Vowels + 1) * 8 + tone. ComposeTable[(vowel index) * 6 + tone] gives the character back.
    private static readonly byte[] ToneTable = BuildToneTables(out ComposeTable);
    private static readonly char[] ComposeTable;

    // KeyEntry of every character below TableSize (after ToneTable, which it reads).
    private static readonly uint[] KeyTable = BuildKeyTable();

    // One bit per UTF-16 unit that Normalize has to look at: one that cleaning changes (NeedsCleaningChar) or one
    // outside the ranges that are NFC by themselves (ComposesAlone). Text with none of them is already normalised.
    private static readonly ulong[] NormalizeStops = BuildNormalizeStops();

    /// <summary>
    /// Returns the canonical form of <paramref name="text"/>: Unicode NFC; CRLF and CR to LF; BOM, zero-width and
    /// control characters (other than LF and tab) removed; every other Unicode space to a plain space;
    /// the look-alike <c>Ð</c> (U+00D0) to <c>Đ</c>; lone surrogates and the 66 noncharacters (U+FDD0–U+FDEF and
    /// every code point ending in FFFE or FFFF) to U+FFFD. Never throws for content.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The normalised text; the same instance when nothing changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Normalize(string text) => NormalizeCounting(text, out _);

    /// <summary>As <see cref="Normalize(string)"/>, also saying how many invalid characters became U+FFFD.</summary>
    internal static string NormalizeCounting(string text, out int replaced)
    {
        ArgumentNullException.ThrowIfNull(text);
        replaced = 0;
        if (!HasNormalizeStop(text))
        {
            // Nearly every line of Vietnamese news: one table test per character, no cleaning, no ICU call.
            return text;
        }

        if (NeedsCleaning(text))
        {
            text = Clean(text, out replaced);
        }

        // Cleaned text holds no U+2000 or U+2001, so outside ComposesAlone's ranges nothing can change.
        // (The stop test above already ran: only the range test is left to do.)
        return !HasCharNotComposingAlone(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A cheap pre-check before the costly <see cref="string.IsNormalized(NormalizationForm)"/>: false when every
    /// character is in a range that is always NFC-stable on its own and no combining mark is present (ASCII,
    /// Latin-1 to IPA below U+0300, the precomposed Vietnamese letters U+1E00–U+1EFF, general punctuation and
    /// currency signs), which is nearly all Vietnamese news text. U+2000 and U+2001 (which NFC maps to U+2002 and
    /// U+2003) are in that range: <see cref="Normalize"/> has made them spaces before it asks.
    /// </summary>
    internal static bool MayNeedComposition(string text) => HasNormalizeStop(text) && HasCharNotComposingAlone(text);

    /// <summary>Whether some character of <paramref name="text"/> is outside <see cref="ComposesAlone"/>'s ranges.</summary>
    private static bool HasCharNotComposingAlone(string text)
    {
        foreach (var c in text)
        {
            if (!ComposesAlone(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds a character in <see cref="NormalizeStops"/>.</summary>
    private static bool HasNormalizeStop(ReadOnlySpan<char> text)
    {
        ref var stops = ref MemoryMarshal.GetArrayDataReference(NormalizeStops);
        var i = 0;

        // Sixteen characters per test: the bits are OR-ed without a branch, as stops are rare.
        for (; i + 16 <= text.Length; i += 16)
        {
            ulong any = 0;
            for (var k = i; k < i + 16; k++)
            {
                var c = text[k];
                any |= Unsafe.Add(ref stops, c >> 6) & (1UL << c);
            }

            if (any != 0)
            {
                return true;
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if ((Unsafe.Add(ref stops, c >> 6) & (1UL << c)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ComposesAlone(char c) => c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2000' and <= '\u20CF';

    private static ulong[] BuildNormalizeStops()
    {
        var stops = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (NeedsCleaningChar((char)c) || !ComposesAlone((char)c))
            {
                stops[c >> 6] |= 1UL << c;
            }
        }

        return stops;
    }

    /// <summary>
    /// Replaces lone surrogates and noncharacters with U+FFFD (and nothing else), so that the text can be
    /// normalised or encoded; returns the same instance when there are none.
    /// </summary>
    internal static string ReplaceInvalid(string text, out int replaced)
    {
        replaced = 0;
        var first = IndexOfInvalid(text, 0);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var width = InvalidWidth(text, i);
            if (width > 0)
            {
                builder.Append(ReplacementChar);
                replaced++;
                i += width - 1;
                continue;
            }

            builder.Append(text[i]);
            if (char.IsHighSurrogate(text[i]))
            {
                // A valid pair (InvalidWidth said so): copy its low half too, which alone would read as a lone one.
                builder.Append(text[++i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The index of the first lone surrogate or noncharacter at or after <paramref name="start"/>, or -1.</summary>
    private static int IndexOfInvalid(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            // Every invalid character is at or above U+D800: jump to the next such unit (a vector search).
            var next = text.AsSpan(i).IndexOfAnyInRange('\uD800', '\uFFFF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var c = text[i];
            if (c > '\uDFFF' && c < '\uFDD0')
            {
                continue;
            }

            if (InvalidWidth(text, i) > 0)
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>
    /// 0 when the character at <paramref name="i"/> starts valid text; else how many UTF-16 units form the
    /// invalid character there (1 for a lone surrogate or a BMP noncharacter, 2 for a supplementary noncharacter).
    /// </summary>
    private static int InvalidWidth(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return 1;
            }

            var codePoint = char.ConvertToUtf32(c, text[i + 1]);
            return (codePoint & 0xFFFE) == 0xFFFE ? 2 : 0;
        }

        return char.IsLowSurrogate(c) || c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF' ? 1 : 0;
    }

    /// <summary>
    /// Collapses runs of spaces and tabs into one space and trims the ends. Line breaks are kept.
    /// </summary>
    /// <param name="text">Normalised text.</param>
    /// <returns>The collapsed text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string CollapseSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t')
            {
                pendingSpace = builder.Length > 0 && builder[^1] != '\n';
                continue;
            }

            if (c == '\n')
            {
                pendingSpace = false;
                builder.Append(c);
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Returns the matching key of normalised text: lower case, with the tone mark of <c>oa</c>, <c>oe</c> and
    /// <c>uy</c> placed one way (<c>hoá</c> and <c>hóa</c> both give <c>hóa</c>; <c>thuỷ</c> and <c>thủy</c> give
    /// <c>thủy</c>). The key has the same length as the input.
    /// </summary>
    /// <param name="normalizedText">Text already passed through <see cref="Normalize"/>.</param>
    /// <returns>The key.</returns>
    /// <example><c>ToMatchingKey("Thanh Hoá")</c> is <c>"thanh hóa"</c>.</example>
    /// <exception cref="ArgumentNullException"><paramref name="normalizedText"/> is null.</exception>
    public static string ToMatchingKey(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return string.Create(normalizedText.Length, normalizedText, static (span, source) => WriteMatchingKey(source, span));
    }

    /// <summary>
    /// Writes the matching key of <paramref name="source"/> into <paramref name="key"/> (as long) in one pass: each
    /// character lower-cased, and the tone of a cluster moved (<see cref="UnifyTone"/>) when its two vowels are read.
    /// <see cref="LowerRun"/> does the common case; the loop here takes what stops it, then lets it go on.
    /// </summary>
    internal static void WriteMatchingKey(ReadOnlySpan<char> source, Span<char> key)
    {
        var i = LowerRun(source, key, 0, 0);
        var handled = -1;
        uint handledEntry = 0;
        while (i < source.Length)
        {
            // The entry before i: the one written here when it was i, else (a character LowerRun passed) its own.
            var previous = i == 0 ? 0 : i - 1 == handled ? handledEntry : Entry(source[i - 1]);
            var entry = Entry(source[i]);
            key[i] = (char)entry;
            if (MayBeCluster(previous, entry) && UnifyTone(source, key, i - 1))
            {
                // The cluster's second vowel starts no cluster.
                entry = 0;
            }

            (handled, handledEntry) = (i, entry);
            i = LowerRun(source, key, i + 1, entry);
        }
    }

    /// <summary>
    /// Lower-cases from <paramref name="i"/> on (<paramref name="previous"/> the entry before it) until the end, a
    /// character beyond the table, or a pair that may be a cluster; returns where it stopped. No calls: the loop keeps
    /// everything in registers.
    /// </summary>
    private static int LowerRun(ReadOnlySpan<char> source, Span<char> key, int i, uint previous)
    {
        var table = KeyTable;
        for (; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= table.Length)
            {
                break;
            }

            var entry = table[c];
            key[i] = (char)entry;
            if (MayBeCluster(previous, entry))
            {
                break;
            }

            previous = entry;
        }

        return i;
    }

    /// <summary>Whether characters with key entries <paramref name="first"/> and <paramref name="second"/> may be a cluster whose tone moves.</summary>
    private static bool MayBeCluster(uint first, uint second) => ((first >> FirstShift) & second & (0xFu << 16)) != 0;

    private static uint Entry(char c) => c < TableSize ? KeyTable[c] : KeyEntry(c);

    /// <summary>The character's lower case (low 16 bits) and the lower case's cluster flags (high 16 bits).</summary>
    /// <remarks>Not inlined, as <see cref="UnifyTone"/>: rare, they would take the key loop's registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint KeyEntry(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower | (ClusterFlags(lower) << 16);
    }

    /// <summary>The cluster flags (<see cref="SecondOfOaOe"/> …) of a lower-case character.</summary>
    private static uint ClusterFlags(char c)
    {
        var vowel = VowelOf(c);
        if (vowel < 0)
        {
            return 0;
        }

        var toned = (vowel & 7) != 0;
        return Vowels[vowel >> 3] switch
        {
            'o' => (toned ? SecondOfOaOe | TonedSecondOfOaOe : TonedSecondOfOaOe) << FirstShift,
            'u' when c != 'ũ' => (toned ? SecondOfUy | TonedSecondOfUy : TonedSecondOfUy) << FirstShift,
            'a' or 'e' => toned ? TonedSecondOfOaOe : SecondOfOaOe,
            'y' => toned ? TonedSecondOfUy : SecondOfUy,
            _ => 0,
        };
    }

    /// <summary>
    /// Returns the folded key of normalised text: lower case, no diacritics, <c>đ</c> as <c>d</c>.
    /// The key has the same length as the input.
    /// </summary>
    /// <param name="normalizedText">Text already passed through <see cref="Normalize"/>.</param>
    /// <returns>The folded key.</returns>
    /// <example><c>Fold("Tuyên Hóa")</c> is <c>"tuyen hoa"</c>.</example>
    /// <exception cref="ArgumentNullException"><paramref name="normalizedText"/> is null.</exception>
    public static string Fold(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return string.Create(normalizedText.Length, normalizedText, static (span, source) => Fold(source, span));
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>, character by character (<see cref="FoldChar"/>).</summary>
    /// <param name="source">Normalised text.</param>
    /// <param name="destination">At least as long as <paramref name="source"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    internal static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("the destination is shorter than the source", nameof(destination));
        }

        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = FoldChar(source[i]);
        }
    }

    /// <summary>Folds one character: lower case, no diacritics, <c>đ</c> as <c>d</c>.</summary>
    /// <param name="c">A character of normalised text.</param>
    /// <returns>The folded character.</returns>
    public static char FoldChar(char c) => c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>Whether <paramref name="text"/> contains any Vietnamese diacritic (including <c>đ</c>).</summary>
    /// <param name="text">Normalised text.</param>
    /// <returns><see langword="true"/> when folding would change a letter other than by case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool HasDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c > 0x7F && char.IsLetter(c) && FoldChar(c) != char.ToLowerInvariant(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a non-ASCII letter of Vietnamese: <c>đ</c>/<c>Đ</c> or a vowel with a
    /// quality or tone mark, in either case (used to judge whether decoded bytes read as Vietnamese).
    /// </summary>
    internal static bool IsVietnameseLetter(char c)
    {
        if (c < 0x80 || c >= TableSize)
        {
            return false;
        }

        var lower = (char)KeyTable[c];
        return lower == 'đ' || ToneTable[lower] != 0;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (NeedsCleaningChar(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsCleaningChar(char c) =>
        c != '\n'
        && (c < ' ' || c == Bom || c == '\u00D0' || c == '\u00A0' || (c >= '\u007F' && IsSpecialSpaceOrInvisible(c))
            || c is (>= '\uD800' and <= '\uDFFF') or (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF');

    private static bool IsSpecialSpaceOrInvisible(char c) =>
        c is '\u00A0' or '\u00AD' or '\u1680' or (>= '\u2000' and <= '\u200F') or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u2060' or '\u3000' or '\uFEFF'
        || char.IsControl(c);

    private static string Clean(string text, out int replaced)
    {
        text = ReplaceInvalid(text, out replaced);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                case '\u00D0':
                    builder.Append('\u0110');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or Bom:
                    break;
                default:
                    if (c < ' ' || char.IsControl(c))
                    {
                        break;
                    }

                    builder.Append(IsSpecialSpaceOrInvisible(c) || char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Puts the tone of the clusters oa, oe, uy on the first vowel when the syllable ends there
    /// (hóa, khỏe, thủy) and on the second when a consonant follows (hoán, khoẻn is not Vietnamese,
    /// thuyết), so both spellings in use give one key. Works in place on the lower-case key, whose characters up to
    /// <paramref name="i"/> + 1 are written (the one after is lowered here from <paramref name="source"/>); says
    /// whether the cluster at <paramref name="i"/> changed.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool UnifyTone(ReadOnlySpan<char> source, Span<char> text, int i)
    {
        var first = VowelOf(text[i]);
        var second = VowelOf(text[i + 1]);
        if (first < 0 || second < 0)
        {
            return false;
        }

        var firstBase = Vowels[first >> 3];
        var secondBase = Vowels[second >> 3];
        if ((firstBase, secondBase) is not (('o', 'a') or ('o', 'e') or ('u', 'y')))
        {
            return false;
        }

        var firstTone = first & 7;
        var secondTone = second & 7;
        var tone = firstTone != 0 ? firstTone : secondTone;
        if (tone == 0 || (firstTone != 0 && secondTone != 0))
        {
            return false;
        }

        // The vowel before the cluster belongs to the same nucleus; "qu" makes u a consonant; "gu" likewise.
        if (i > 0 && (text[i - 1] == 'q' || (firstBase == 'u' && text[i - 1] == 'g') || VowelOf(text[i - 1]) >= 0))
        {
            return false;
        }

        var after = i + 2 < source.Length ? Lower(source[i + 2]) : ' ';
        if (VowelOf(after) >= 0)
        {
            // oai, oay, uya, uyê, oeo: a longer nucleus, tone placement is not ambiguous in practice.
            return false;
        }

        var onFirst = !char.IsLetter(after);
        text[i] = ComposeTable[((first >> 3) * 6) + (onFirst ? tone : 0)];
        text[i + 1] = ComposeTable[((second >> 3) * 6) + (onFirst ? 0 : tone)];
        return true;
    }

    private static char Lower(char c) => (char)Entry(c);

    /// <summary>(vowel index * 8) + tone for a lower-case Vietnamese vowel, else -1.</summary>
    private static int VowelOf(char c)
    {
        if (c >= TableSize)
        {
            return -1;
        }

        var entry = ToneTable[c];
        return entry == 0 ? -1 : entry - 8;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < table.Length; i++)
        {
            var c = char.ToLowerInvariant((char)i);
            if (c is 'đ')
            {
                table[i] = 'd';
                continue;
            }

            if (c < 0x80 || char.IsSurrogate(c) || !char.IsLetter(c))
            {
                table[i] = c;
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) ? decomposed[0] : c;
        }

        return table;
    }

    private static uint[] BuildKeyTable()
    {
        var table = new uint[TableSize];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = KeyEntry((char)i);
        }

        return table;
    }

    private static byte[] BuildToneTables(out char[] compose)
    {
        // Tone marks in Vietnamese order: none, grave, acute, hook above, tilde, dot below.
        ReadOnlySpan<char> toneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
        var table = new byte[TableSize];
        compose = new char[Vowels.Length * 6];
        for (var v = 0; v < Vowels.Length; v++)
        {
            for (var tone = 0; tone < toneMarks.Length; tone++)
            {
                var composed = tone == 0
                    ? Vowels[v]
                    : (Vowels[v].ToString() + toneMarks[tone]).Normalize(NormalizationForm.FormC)[0];
                table[composed] = (byte)(((v + 1) * 8) + tone);
                compose[(v * 6) + tone] = composed;
            }
        }

        return table;
    }

    /// <summary>Culture used for Vietnamese-sensitive comparisons and formatting.</summary>
    internal static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");
}
