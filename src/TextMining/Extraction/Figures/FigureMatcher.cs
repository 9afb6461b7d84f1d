namespace TextMining.Extraction.Figures;

/// <summary>
/// One lexicon of the figures scanner: a <see cref="PhraseMatcher{T}"/> matched the figures' way
/// (<see cref="FigurePhrases"/>), behind the matcher's cheap rejects. Forwards, a word of the key that is no phrase's
/// first word (<see cref="PhraseMatcher{T}.MayStartWithWord"/>) is turned down before the trie is walked; backwards,
/// an offset whose last two characters end no phrase (<see cref="PhraseMatcher{T}.MayEndAt"/>). Both only turn down
/// what the trie would: a forward phrase must end at a word end, so its first word is a whole word of the key. Built
/// once; read-only and thread-safe.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class FigureMatcher<T>
{
    private readonly PhraseMatcher<T> _matcher;

    /// <summary>Builds a forward matcher (words join as <see cref="Words.IsWordChar"/> says).</summary>
    public FigureMatcher(IReadOnlyCollection<PhraseRow<T>> rows)
    {
        _matcher = new PhraseMatcher<T>(rows);
    }

    /// <summary>Builds a backward matcher.</summary>
    /// <param name="rows">The phrases.</param>
    /// <param name="joins">Whether two characters join into one word (see <see cref="PhraseMatcher{T}"/>).</param>
    public FigureMatcher(IReadOnlyCollection<PhraseRow<T>> rows, Func<char, char, bool> joins)
    {
        _matcher = new PhraseMatcher<T>(rows, backward: true, joins: joins);
    }

    /// <summary>As <see cref="FigurePhrases.MatchForward{T}"/>.</summary>
    public bool MatchForward(string key, int start, int limit, out T value, out int end)
    {
        if (start < limit && start < key.Length && Words.IsWordChar(key[start])
            && !_matcher.MayStartWithWord(key.AsSpan(start, Words.WordEnd(key, start) - start)))
        {
            value = default!;
            end = start;
            return false;
        }

        return _matcher.MatchForward(key, start, limit, out value, out end);
    }

    /// <summary>As <see cref="FigurePhrases.MatchBackward{T}"/>.</summary>
    public bool MatchBackward(string key, int end, int floor, out T value, out int start)
    {
        if (!_matcher.MayEndAt(key, Words.SkipSpacesBack(key, end, floor), floor))
        {
            value = default!;
            start = end;
            return false;
        }

        return _matcher.MatchBackward(key, end, floor, out value, out start);
    }
}
