namespace TextMining.Extraction.Locations;

/// <summary>
/// Character-level helpers the place, organisation and model scanners share: word boundaries, capitalised
/// name runs. All work on normalised text (single spaces) and never allocate.
/// </summary>
internal static class WordScanner
{
    private const byte Word = 1;
    private const byte Upper = 2;
    private const byte Lower = 4;
    private const int TableSize = 0x2000;
    private static readonly byte[] Classes = BuildClasses();

    /// <summary>Whether <paramref name="c"/> belongs to a word (a letter or a digit).</summary>
    public static bool IsWordChar(char c) => c < TableSize ? (Classes[c] & Word) != 0 : char.IsLetterOrDigit(c);

    /// <summary>Whether <paramref name="c"/> is an upper-case letter.</summary>
    public static bool IsUpper(char c) => c < TableSize ? (Classes[c] & Upper) != 0 : char.IsUpper(c);

    /// <summary>Whether <paramref name="c"/> is a lower-case letter.</summary>
    public static bool IsLower(char c) => c < TableSize ? (Classes[c] & Lower) != 0 : char.IsLower(c);

    /// <summary>Whether <paramref name="c"/> is an ASCII digit.</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Whether a word may start at <paramref name="index"/> (the previous character is not a word character).</summary>
    public static bool IsWordStart(string text, int index) => index == 0 || !IsWordChar(text[index - 1]);

    /// <summary>Whether a word may end just before <paramref name="index"/>.</summary>
    public static bool IsWordEnd(string text, int index) => index >= text.Length || !IsWordChar(text[index]);

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

    /// <summary>Skips plain spaces (never line breaks) from <paramref name="index"/>.</summary>
    public static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return index;
    }

    /// <summary>Skips plain spaces backwards: the index just after the last non-space before <paramref name="index"/>.</summary>
    public static int SkipSpacesBack(string text, int index)
    {
        while (index > 0 && text[index - 1] == ' ')
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

    /// <summary>
    /// Reads a proper name starting at <paramref name="start"/>: capitalised words separated by one space or by a
    /// hyphen (<c>Bà Rịa - Vũng Tàu</c>), at most <paramref name="maxWords"/> words. Only the first word may be an
    /// abbreviation (<c>HCM</c>). Returns the end (exclusive) of the name, or <paramref name="start"/> when no name starts there.
    /// </summary>
    public static int ReadProperName(string text, int start, int maxWords, bool allowNumber = false)
    {
        if (start >= text.Length || !IsWordStart(text, start))
        {
            return start;
        }

        var first = text[start];
        if (IsDigit(first))
        {
            if (!allowNumber)
            {
                return start;
            }

            var numberEnd = WordEnd(text, start);
            return numberEnd;
        }

        if (!IsUpper(first))
        {
            return start;
        }

        var end = WordEnd(text, start);
        var words = 1;
        while (words < maxWords)
        {
            var next = end;
            if (next + 1 < text.Length && text[next] == ' ' && IsUpper(text[next + 1]))
            {
                next++;
            }
            else if (next + 3 < text.Length && text[next] == ' ' && text[next + 1] == '-' && text[next + 2] == ' ' && IsUpper(text[next + 3]))
            {
                next += 3;
            }
            else if (next + 1 < text.Length && text[next] == '-' && IsUpper(text[next + 1]))
            {
                next++;
            }
            else
            {
                break;
            }

            var wordEnd = WordEnd(text, next);
            if (wordEnd == next || IsAllCaps(text.AsSpan(next, wordEnd - next)))
            {
                break;
            }

            end = wordEnd;
            words++;
        }

        return end;
    }

    private static byte[] BuildClasses()
    {
        var table = new byte[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = (byte)((char.IsLetterOrDigit(c) ? Word : 0) | (char.IsUpper(c) ? Upper : 0) | (char.IsLower(c) ? Lower : 0));
        }

        return table;
    }
}
