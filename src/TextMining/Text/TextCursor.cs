namespace TextMining.Text;

/// <summary>
/// A position in an article's text for hand-written scanners, in the style of NodaTime's <c>ValueCursor</c> and
/// Markdig's <c>StringSlice</c>: the scanner asks "is a space next", "is the word <c>và</c> next" and the cursor
/// moves only when the answer is yes, so rules read as a sequence of <c>TryRead…</c> calls instead of index
/// arithmetic with <c>-1</c> results. Words are compared in the matching key (case and tone placement do not count),
/// spans stay in the original text. A value type: copy it to remember a position, assign it back to backtrack.
/// </summary>
internal struct TextCursor
{
    /// <summary>A cursor at <paramref name="position"/> that never reads past <paramref name="limit"/>.</summary>
    /// <param name="text">Normalised text.</param>
    /// <param name="key">Its matching key (<see cref="VietnameseText.ToMatchingKey"/>), the same length.</param>
    /// <param name="position">Where reading starts.</param>
    /// <param name="limit">Where reading stops (exclusive); the end of the text when negative.</param>
    public TextCursor(string text, string key, int position, int limit = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(key);
        Text = text;
        Key = key;
        Limit = limit < 0 ? text.Length : Math.Min(limit, text.Length);
        Position = Math.Clamp(position, 0, Limit);
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The matching key of the text.</summary>
    public string Key { get; }

    /// <summary>Where reading stops (exclusive).</summary>
    public int Limit { get; }

    /// <summary>The current offset.</summary>
    public int Position { get; set; }

    /// <summary>Whether nothing is left to read.</summary>
    public readonly bool IsAtEnd => Position >= Limit;

    /// <summary>The character at the cursor, or <c>'\0'</c> at the end.</summary>
    public readonly char Current => Position < Limit ? Text[Position] : '\0';

    /// <summary>The character <paramref name="offset"/> after the cursor, or <c>'\0'</c> outside the text.</summary>
    public readonly char Peek(int offset = 1)
    {
        var i = Position + offset;
        return i >= 0 && i < Limit ? Text[i] : '\0';
    }

    /// <summary>Moves past plain spaces (never a line break).</summary>
    /// <returns>Whether at least one space was skipped.</returns>
    public bool SkipSpaces()
    {
        var start = Position;
        Position = Words.SkipSpaces(Text, Position, Limit);
        return Position > start;
    }

    /// <summary>Moves past <paramref name="c"/> when it is next.</summary>
    public bool TryRead(char c)
    {
        if (Position < Limit && Text[Position] == c)
        {
            Position++;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Moves past the whole word or phrase <paramref name="word"/> (in matching-key form, such as <c>"và"</c> or
    /// <c>"ngày"</c>) when it is next and ends at a word boundary.
    /// </summary>
    public bool TryRead(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var end = Position + word.Length;
        if (end > Limit || !Key.AsSpan(Position, word.Length).SequenceEqual(word))
        {
            return false;
        }

        if (word.Length > 0 && Words.IsWordChar(word[^1]) && end < Limit && Words.IsWordChar(Text[end]))
        {
            return false;
        }

        Position = end;
        return true;
    }

    /// <summary>Skips spaces, then reads <paramref name="word"/>; stays put when the word is not there.</summary>
    public bool TrySkipSpacesAndRead(string word)
    {
        var saved = Position;
        SkipSpaces();
        if (TryRead(word))
        {
            return true;
        }

        Position = saved;
        return false;
    }

    /// <summary>Reads a run of ASCII digits as a number (at most 9 digits).</summary>
    /// <param name="value">The number read.</param>
    /// <param name="digits">How many digits were read.</param>
    /// <returns>Whether at least one digit was read.</returns>
    public bool TryReadDigits(out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (Position < Limit && char.IsAsciiDigit(Text[Position]) && digits < 9)
        {
            value = (value * 10) + (Text[Position] - '0');
            digits++;
            Position++;
        }

        return digits > 0;
    }

    /// <summary>Reads the word (letters, digits, combining marks) at the cursor.</summary>
    /// <param name="word">Its span.</param>
    /// <returns>Whether a word starts at the cursor.</returns>
    public bool TryReadWord(out SourceSpan word)
    {
        var start = Position;
        while (Position < Limit && Words.IsWordChar(Text[Position]))
        {
            Position++;
        }

        word = SourceSpan.FromBounds(start, Position);
        return Position > start;
    }

    /// <summary>The span from <paramref name="start"/> to the cursor.</summary>
    public readonly SourceSpan SpanFrom(int start) => SourceSpan.FromBounds(start, Position);
}
