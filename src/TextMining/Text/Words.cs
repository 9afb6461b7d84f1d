using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TextMining.Text;

/// <summary>
/// The one definition of a word character for every extractor and the tokenizer: letters, digits and combining
/// marks (U+0300–U+036F, for text whose diacritics did not compose). Character classes come from a table for the
/// Latin and Vietnamese range, so the checks never allocate and cost an array read. All helpers work on
/// normalised text (<see cref="VietnameseText.Normalize"/>), whose only blanks are <c>' '</c>, <c>'\t'</c> and <c>'\n'</c>.
/// </summary>
internal static class Words
{
    private const int TableSize = 0x2000;
    private static readonly CharClass[] Classes = BuildClasses();

    /// <summary>Whether <paramref name="c"/> belongs to a word (a letter, a digit or a combining mark).</summary>
    public static bool IsWordChar(char c) => c < TableSize ? (Classes[c] & CharClass.Word) != 0 : char.IsLetterOrDigit(c);

    /// <summary>Whether <paramref name="c"/> is a letter (<see cref="char.IsLetter(char)"/>, from the table).</summary>
    public static bool IsLetter(char c) => c < TableSize ? (Classes[c] & CharClass.Letter) != 0 : char.IsLetter(c);

    /// <summary>Whether <paramref name="c"/> is an upper-case letter.</summary>
    public static bool IsUpper(char c) => c < TableSize ? (Classes[c] & CharClass.Upper) != 0 : char.IsUpper(c);

    /// <summary>Whether <paramref name="c"/> is a lower-case letter.</summary>
    public static bool IsLower(char c) => c < TableSize ? (Classes[c] & CharClass.Lower) != 0 : char.IsLower(c);

    /// <summary>The classes of <paramref name="c"/> (word, upper, lower, letter), to combine over a run.</summary>
    public static CharClass ClassOf(char c) => c < TableSize ? Classes[c] : Classify(c);

    /// <summary>
    /// The word, upper-case and lower-case characters of sixteen characters (<paramref name="block"/>, exactly 16) as
    /// bit masks, bit k for character k: ASCII compared in vector lanes, every other character read from the table.
    /// The same classes as <see cref="ClassOf"/> (a test compares every UTF-16 unit); for <c>Vector256</c> hardware.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (uint Word, uint Upper, uint Lower) ClassifyBlock(ReadOnlySpan<char> block)
    {
        var v = Vector256.Create(MemoryMarshal.Cast<char, ushort>(block));
        var upper = Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
        var lower = Vector256.LessThan(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var digit = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var word = (upper | lower | digit).ExtractMostSignificantBits();
        var up = upper.ExtractMostSignificantBits();
        var low = lower.ExtractMostSignificantBits();

        // Characters past ASCII (about one in five of Vietnamese text) are read from the table one by one.
        var others = Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0x80)).ExtractMostSignificantBits();
        while (others != 0)
        {
            var p = BitOperations.TrailingZeroCount(others);
            others &= others - 1;
            var c = (uint)ClassOf(block[p]);
            word |= (c & (uint)CharClass.Word) << p;
            up |= ((c & (uint)CharClass.Upper) >> 1) << p;
            low |= ((c & (uint)CharClass.Lower) >> 2) << p;
        }

        return (word, up, low);
    }

    /// <summary>Whether <paramref name="c"/> is an ASCII digit.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    /// <summary>Whether a word may start at <paramref name="index"/> (the previous character is not a word character).</summary>
    public static bool IsWordStart(string text, int index) => index <= 0 || !IsWordChar(text[index - 1]);

    /// <summary>Whether a word may end just before <paramref name="index"/>.</summary>
    public static bool IsWordEnd(string text, int index) => index >= text.Length || !IsWordChar(text[index]);

    /// <summary>The start of the first word at or after <paramref name="index"/>, or the text's length when none is left.</summary>
    public static int NextWordStart(string text, int index)
    {
        while (index < text.Length && !IsWordChar(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The end (exclusive) of the run of word characters starting at <paramref name="start"/>.</summary>
    public static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The end of the word that starts at <paramref name="start"/>, with an apostrophe or <c>&amp;</c> kept inside
    /// when a letter follows (<c>H'Hen</c>, <c>GD&amp;ĐT</c>).
    /// </summary>
    public static int GluedWordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) || (IsGlue(c) && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>The conjunction <c>và</c> (and) as it stands in a matching key: it joins list items, names and positions.</summary>
    public const string And = "và";

    /// <summary>Whether <paramref name="word"/> is exactly <see cref="And"/> (lower case, as in a matching key).</summary>
    public static bool IsAnd(ReadOnlySpan<char> word) => word.SequenceEqual(And);

    /// <summary>Skips plain spaces (never line breaks) from <paramref name="index"/>.</summary>
    public static int SkipSpaces(string text, int index) => SkipSpaces(text, index, text.Length);

    /// <summary>Skips plain spaces (never line breaks) from <paramref name="index"/>, not past <paramref name="limit"/>.</summary>
    public static int SkipSpaces(string text, int index, int limit)
    {
        while (index < limit && text[index] == ' ')
        {
            index++;
        }

        return index;
    }

    /// <summary>Skips plain spaces backwards: the index just after the last non-space before <paramref name="index"/>.</summary>
    public static int SkipSpacesBack(string text, int index) => SkipSpacesBack(text, index, 0);

    /// <summary>Skips plain spaces backwards, not before <paramref name="floor"/>.</summary>
    public static int SkipSpacesBack(string text, int index, int floor)
    {
        while (index > floor && text[index - 1] == ' ')
        {
            index--;
        }

        return index;
    }

    /// <summary>Whether every letter of the word is upper case and it has at least two letters (an abbreviation such as <c>UBND</c>).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (IsLower(c))
            {
                return false;
            }

            if (IsUpper(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>Whether <paramref name="key"/> (a matching key) at <paramref name="index"/> is the word <paramref name="word"/>, whole.</summary>
    public static bool IsWordAt(string text, string key, int index, string word) =>
        index >= 0 && index + word.Length <= key.Length && key.AsSpan(index, word.Length).SequenceEqual(word)
        && IsWordStart(text, index) && IsWordEnd(text, index + word.Length);

    /// <summary>
    /// Reads a proper name starting at <paramref name="start"/>: capitalised words separated by one space or by a
    /// hyphen (<c>Bà Rịa - Vũng Tàu</c>), at most <paramref name="maxWords"/> words. Only the first word may be an
    /// abbreviation (<c>HCM</c>); with <paramref name="allowNumber"/> a number alone is a name (<c>quận 3</c>).
    /// </summary>
    /// <returns>The end (exclusive) of the name, or <paramref name="start"/> when no name starts there.</returns>
    public static int ReadProperName(string text, int start, int maxWords, bool allowNumber = false)
    {
        if (start >= text.Length || !IsWordStart(text, start))
        {
            return start;
        }

        var first = text[start];
        if (IsDigit(first))
        {
            return allowNumber ? WordEnd(text, start) : start;
        }

        if (!IsUpper(first))
        {
            return start;
        }

        var end = WordEnd(text, start);
        for (var words = 1; words < maxWords; words++)
        {
            var next = NextNameWord(text, end);
            var wordEnd = next < 0 ? next : WordEnd(text, next);
            if (next < 0 || wordEnd == next || IsAllCaps(text.AsSpan(next, wordEnd - next)))
            {
                break;
            }

            end = wordEnd;
        }

        return end;
    }

    /// <summary>Where the next capitalised word of a name starts after <paramref name="end"/> (a space, <c> - </c> or <c>-</c> between), or -1.</summary>
    private static int NextNameWord(string text, int end)
    {
        if (end + 1 < text.Length && text[end] == ' ' && IsUpper(text[end + 1]))
        {
            return end + 1;
        }

        if (end + 3 < text.Length && text[end] == ' ' && text[end + 1] == '-' && text[end + 2] == ' ' && IsUpper(text[end + 3]))
        {
            return end + 3;
        }

        return end + 1 < text.Length && text[end] == '-' && IsUpper(text[end + 1]) ? end + 1 : -1;
    }

    /// <summary>Whether <paramref name="c"/> glues two parts of one word when a letter follows (<c>H'Hen</c>, <c>GD&amp;ĐT</c>).</summary>
    public static bool IsGlue(char c) => c is '\'' or '\u2019' or '&';

    private static CharClass[] BuildClasses()
    {
        var table = new CharClass[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }

    private static CharClass Classify(char c)
    {
        var word = char.IsLetterOrDigit(c) || (c >= 0x0300 && c <= 0x036F);
        return (word ? CharClass.Word : CharClass.None) | (char.IsUpper(c) ? CharClass.Upper : CharClass.None)
            | (char.IsLower(c) ? CharClass.Lower : CharClass.None) | (char.IsLetter(c) ? CharClass.Letter : CharClass.None);
    }

    /// <summary>What <see cref="ClassOf"/> knows of a character.</summary>
    [Flags]
    internal enum CharClass : byte
    {
        None = 0,

        /// <summary>A letter, a digit or a combining mark (U+0300–U+036F).</summary>
        Word = 1,

        /// <summary>An upper-case letter.</summary>
        Upper = 2,

        /// <summary>A lower-case letter.</summary>
        Lower = 4,

        /// <summary>A letter.</summary>
        Letter = 8,
    }
}
