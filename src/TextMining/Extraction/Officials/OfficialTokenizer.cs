namespace TextMining.Extraction.Officials;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>One word, number or punctuation mark of the text around a trigger.</summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Length in UTF-16 units.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Capitalised">The first letter is upper case.</param>
/// <param name="AllCaps">Every letter is upper case and there are at least two (<c>UBND</c>).</param>
/// <param name="SpaceBefore">Whitespace separates it from the token before.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool Capitalised, bool AllCaps, bool SpaceBefore)
{
    public int End => Start + Length;

    public bool IsCapitalisedWord => Kind == TokenKind.Word && Capitalised;
}

/// <summary>
/// Splits one line of normalised text into tokens. Words are runs of letters, digits and combining marks, with an
/// apostrophe kept inside (<c>H'Hen</c>), <c>&amp;</c> between letters (<c>GD&amp;ĐT</c>) and the dot of the
/// abbreviations <c>TP.</c>, <c>TX.</c>, <c>Q.</c>, <c>H.</c>, <c>P.</c>, <c>X.</c>, <c>TT.</c>. Stops at a line break.
/// </summary>
internal static class OfficialTokenizer
{
    /// <summary>Appends up to <paramref name="max"/> tokens of <paramref name="text"/> from <paramref name="start"/>.</summary>
    /// <returns>The offset where tokenising stopped.</returns>
    public static int Tokenize(string text, string key, int start, List<Token> tokens, int max)
    {
        var i = start;
        var space = false;
        while (i < text.Length && tokens.Count < max)
        {
            var c = text[i];
            if (c == '\n')
            {
                break;
            }

            if (c is ' ' or '\t')
            {
                space = true;
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                tokens.Add(new Token(i, 1, TokenKind.Punctuation, false, false, space));
                space = false;
                i++;
                continue;
            }

            var end = WordEnd(text, i);
            if (end < text.Length && text[end] == '.' && char.IsUpper(c) && IsDottedAbbreviation(key, i, end))
            {
                end++;
            }

            var upper = 0;
            var letters = 0;
            for (var k = i; k < end; k++)
            {
                if (char.IsLetter(text[k]))
                {
                    letters++;
                    if (char.IsUpper(text[k]))
                    {
                        upper++;
                    }
                }
            }

            var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
            tokens.Add(new Token(i, end - i, kind, char.IsUpper(c), letters >= 2 && upper == letters, space));
            space = false;
            i = end;
        }

        return i;
    }

    /// <summary>The end of the word that starts at <paramref name="start"/>.</summary>
    public static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            // H'Hen, GD&ĐT: glue characters between two letters.
            if ((c is '\'' or '\u2019' or '&') && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Letters, digits and combining marks.</summary>
    public static bool IsWordChar(char c) => c < WordChars.Length ? WordChars[c] : char.IsLetterOrDigit(c);

    private static readonly bool[] WordChars = BuildWordChars();

    private static bool[] BuildWordChars()
    {
        var table = new bool[0x2000];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c) || (c >= 0x0300 && c <= 0x036F);
        }

        return table;
    }

    private static bool IsDottedAbbreviation(string key, int start, int end) =>
        (end - start) switch
        {
            1 => key[start] is 'q' or 'h' or 'p' or 'x',
            2 => (key[start] == 't' && key[start + 1] is 'p' or 'x' or 't'),
            _ => false,
        };
}
