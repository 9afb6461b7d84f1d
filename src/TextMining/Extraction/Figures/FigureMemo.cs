namespace TextMining.Extraction.Figures;

/// <summary>
/// The last few answers of one <see cref="FigureMatcher{T}"/> over one key, by start offset: the scanner asks for
/// the unit or number word at the same word several times while it reads one number (its multiplier, a range
/// partner, the unit, whether the unit is known). Direct-mapped on the start's low bits; a slot keeps one answer.
/// </summary>
/// <remarks>Per scanner (one key); not thread-safe.</remarks>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class FigureMemo<T>
{
    private const int Slots = 8;

    private readonly FigureMatcher<T> _matcher;
    private readonly string _key;
    private readonly Entry[] _entries = new Entry[Slots];

    public FigureMemo(FigureMatcher<T> matcher, string key)
    {
        _matcher = matcher;
        _key = key;
    }

    /// <summary>As <see cref="FigureMatcher{T}.MatchForward"/> over the key.</summary>
    public bool MatchForward(int start, int limit, out T value, out int end)
    {
        ref var entry = ref _entries[start & (Slots - 1)];
        if (entry.StartPlusOne != start + 1 || entry.Limit != limit)
        {
            entry.Found = _matcher.MatchForward(_key, start, limit, out entry.Value, out entry.End);
            entry.StartPlusOne = start + 1;
            entry.Limit = limit;
        }

        value = entry.Value;
        end = entry.End;
        return entry.Found;
    }

    private struct Entry
    {
        /// <summary>The start offset plus one; zero for an empty slot.</summary>
        public int StartPlusOne;
        public int Limit;
        public bool Found;
        public T Value;
        public int End;
    }
}
