namespace TextMining.Text;

/// <summary>
/// Splits normalised text into <see cref="Token"/>s, once per article (<c>ExtractionContext.Tokens</c>). Words are
/// runs of letters, digits and combining marks (<see cref="Words.IsWordChar"/>), with an apostrophe or <c>&amp;</c>
/// kept inside before a letter (<c>H'Hen</c>, <c>GD&amp;ĐT</c>) and the dot of the capitalised abbreviations
/// <c>TP.</c>, <c>TX.</c>, <c>TT.</c>, <c>Q.</c>, <c>H.</c>, <c>P.</c>, <c>X.</c> kept at the end. Spaces and tabs
/// separate tokens; a line break marks the next token <see cref="TokenFlags.LineStart"/>; every other character is
/// a punctuation token of its own.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenises the whole of <paramref name="text"/>.</summary>
    /// <param name="text">Normalised text.</param>
    /// <returns>The tokens in text order.</returns>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>((text.Length / 3) + 8);
        Tokenize(text, 0, text.Length, tokens);
        return [.. tokens];
    }

    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        var flags = TokenFlags.LineStart;
        while (TryRead(text, ref i, end, ref flags, out var token))
        {
            tokens.Add(token);
        }
    }

    /// <summary>
    /// Reads the next token of <c>text[i..end)</c>, for callers that tokenise a few words at a time: the officials
    /// extractor reads only the words around a trigger. Started at a token boundary with the flags the text before it
    /// gives (<see cref="TokenFlags.LineStart"/> after a line break, <see cref="TokenFlags.SpaceBefore"/> after a space),
    /// it reads the same tokens as <see cref="Tokenize(string)"/>.
    /// </summary>
    /// <param name="text">Normalised text.</param>
    /// <param name="i">Where to read from; moved past the token read.</param>
    /// <param name="end">Where to stop.</param>
    /// <param name="flags">The flags of the next token so far; reset after a token is read.</param>
    /// <param name="token">The token read.</param>
    /// <returns>Whether a token was read before <paramref name="end"/>.</returns>
    public static bool TryRead(string text, ref int i, int end, ref TokenFlags flags, out Token token)
    {
        while (i < end)
        {
            var c = text[i];
            if (c is ' ' or '\t')
            {
                flags |= TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (c == '\n')
            {
                flags = TokenFlags.LineStart;
                i++;
                continue;
            }

            token = Words.IsWordChar(c) ? ReadWord(text, i, end, flags) : new Token(i, 1, TokenKind.Punctuation, flags);
            flags = TokenFlags.None;
            i = token.End;
            return true;
        }

        token = default;
        return false;
    }

    private static Token ReadWord(string text, int start, int limit, TokenFlags flags)
    {
        var end = Math.Min(Words.GluedWordEnd(text, start), limit);
        var c = text[start];
        if (end < limit && text[end] == '.' && Words.IsUpper(c) && IsDottedAbbreviation(text, start, end))
        {
            end++;
            flags |= TokenFlags.Dotted;
        }

        var upper = 0;
        var letters = 0;
        for (var k = start; k < end; k++)
        {
            var ch = text[k];
            if (Words.IsLetter(ch))
            {
                letters++;
                if (Words.IsUpper(ch))
                {
                    upper++;
                }
            }
            else if (ch is '\'' or '\u2019' or '&')
            {
                flags |= TokenFlags.Glued;
            }
        }

        if (Words.IsUpper(c))
        {
            flags |= TokenFlags.Capitalised;
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
        if (kind == TokenKind.Number && end + 1 < limit && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]))
        {
            flags |= TokenFlags.SeparatedNumber;
        }

        return new Token(start, end - start, kind, flags);
    }

    private static bool IsDottedAbbreviation(string text, int start, int end) =>
        (end - start) switch
        {
            1 => char.ToLowerInvariant(text[start]) is 'q' or 'h' or 'p' or 'x',
            2 => char.ToLowerInvariant(text[start]) == 't' && char.ToLowerInvariant(text[start + 1]) is 'p' or 'x' or 't',
            _ => false,
        };
}
