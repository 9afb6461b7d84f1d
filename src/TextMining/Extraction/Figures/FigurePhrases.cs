namespace TextMining.Extraction.Figures;

/// <summary>
/// How the figures scanner matches its lexicons (<see cref="FigureLexicon"/>) with the shared
/// <see cref="PhraseMatcher{T}"/> over the article's matching key, inside one block. A figure word is a run of letters
/// with digits, <c>²</c>, <c>³</c> or an inner hyphen between letters (<c>m2</c>, <c>km²</c>, <c>đô-la</c>), so a
/// phrase must not stop before such a continuation: <c>cán bộ</c> does not match in <c>cán bộ-chiến sĩ</c>.
/// </summary>
internal static class FigurePhrases
{
    /// <summary>
    /// The longest phrase that starts at <paramref name="start"/> (a word start, no leading spaces) and ends at or
    /// before <paramref name="limit"/> at the end of a figure word.
    /// </summary>
    /// <returns>Whether a phrase matched; <paramref name="end"/> is just past its last word.</returns>
    public static bool MatchForward<T>(this PhraseMatcher<T> matcher, string key, int start, int limit, out T value, out int end)
    {
        value = default!;
        end = start;
        if (start >= limit || !matcher.TryMatchLongest(key, start, out var match, limit: limit))
        {
            return false;
        }

        if (!IsWordEnd(key, match.End, limit))
        {
            var all = new List<PhraseMatch<T>>();
            matcher.MatchAll(key, start, all, limit: limit);
            match = all.FirstOrDefault(m => IsWordEnd(key, m.End, limit));
            if (match.End == 0)
            {
                return false;
            }
        }

        value = match.Value;
        end = match.End;
        return true;
    }

    /// <summary>
    /// The longest phrase that ends right before <paramref name="end"/> (after any spaces there) and starts at or
    /// after <paramref name="floor"/>.
    /// </summary>
    /// <returns>Whether a phrase matched; <paramref name="start"/> is its first character.</returns>
    public static bool MatchBackward<T>(this PhraseMatcher<T> matcher, string key, int end, int floor, out T value, out int start)
    {
        value = default!;
        start = end;
        var pos = Words.SkipSpacesBack(key, end, floor);
        if (pos <= floor || !matcher.TryMatchLongest(key, pos, out var match, floor: floor))
        {
            return false;
        }

        value = match.Value;
        start = match.Start;
        return true;
    }

    /// <summary>Just past the figure word that starts at <paramref name="start"/>, or <paramref name="start"/> when none does.</summary>
    public static int WordEndForward(string key, int start, int limit)
    {
        if (start >= limit)
        {
            return start;
        }

        if (key[start] is ',' or '%' or '‰')
        {
            return start + 1;
        }

        if (!Words.IsLetter(key[start]))
        {
            return start;
        }

        var i = start + 1;
        while (i < limit && Continues(key, i, limit))
        {
            i++;
        }

        return i;
    }

    private static bool IsWordEnd(string key, int end, int limit) =>
        end >= limit || end == 0 || !(Words.IsLetter(key[end - 1]) || char.IsAsciiDigit(key[end - 1]) || key[end - 1] is '²' or '³') || !Continues(key, end, limit);

    /// <summary>Whether the character at <paramref name="i"/> continues the figure word before it.</summary>
    private static bool Continues(string key, int i, int limit)
    {
        var c = key[i];
        return Words.IsLetter(c) || char.IsAsciiDigit(c) || c is '²' or '³'
            || (c == '-' && i + 1 < limit && Words.IsLetter(key[i + 1]) && Words.IsLetter(key[i - 1]));
    }
}
