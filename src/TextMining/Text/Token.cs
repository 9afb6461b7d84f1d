namespace TextMining.Text;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (with digits, glue and an abbreviation dot inside).</summary>
    Word,

    /// <summary>A run of letters and digits that starts with a digit (<c>138</c>, <c>2a</c>).</summary>
    Number,

    /// <summary>Any other single character (<c>,</c>, <c>(</c>, <c>-</c>, <c>“</c>).</summary>
    Punctuation,
}

/// <summary>The special cases a token carries, so extractors need not look at its characters again.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>The first character is an upper-case letter.</summary>
    Capitalised = 1,

    /// <summary>Every letter is upper case and there are at least two (<c>UBND</c>).</summary>
    AllCaps = 2,

    /// <summary>A space or tab separates it from the token before on the same line.</summary>
    SpaceBefore = 4,

    /// <summary>It is the first token of a line (the text's first token or one after <c>\n</c>).</summary>
    LineStart = 8,

    /// <summary>An abbreviation written with its dot (<c>TP.</c>, <c>TX.</c>, <c>Q.</c>); the dot is part of the token.</summary>
    Dotted = 16,

    /// <summary>An apostrophe or <c>&amp;</c> glues two parts (<c>H'Hen</c>, <c>GD&amp;ĐT</c>).</summary>
    Glued = 32,

    /// <summary>
    /// A number followed, without a space, by a thousands or decimal separator and more digits (<c>1.234</c>,
    /// <c>2,5</c>): the separator and the digits after it are tokens of their own.
    /// </summary>
    SeparatedNumber = 64,
}

/// <summary>One word, number or punctuation mark of an article's text, with its span.</summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Length in UTF-16 units.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Flags">The special cases.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Just past the token.</summary>
    public int End => Start + Length;

    /// <summary>See <see cref="TokenFlags.Capitalised"/>.</summary>
    public bool Capitalised => (Flags & TokenFlags.Capitalised) != 0;

    /// <summary>See <see cref="TokenFlags.AllCaps"/>.</summary>
    public bool AllCaps => (Flags & TokenFlags.AllCaps) != 0;

    /// <summary>See <see cref="TokenFlags.SpaceBefore"/>.</summary>
    public bool SpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;

    /// <summary>See <see cref="TokenFlags.LineStart"/>.</summary>
    public bool LineStart => (Flags & TokenFlags.LineStart) != 0;

    /// <summary>A word whose first letter is upper case.</summary>
    public bool IsCapitalisedWord => Kind == TokenKind.Word && Capitalised;

    /// <summary>The span of the token.</summary>
    public SourceSpan Span => new(Start, Length);
}
