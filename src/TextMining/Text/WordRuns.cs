namespace TextMining.Text;

/// <summary>
/// The runs of word characters of one text, in order: exactly the words <see cref="Words.NextWordStart"/> and
/// <see cref="Words.WordEnd"/> step through, found in one pass per article (<c>ExtractionContext.WordRuns</c>) so
/// that the stages that look at every word start (places, organisations, abbreviations) read arrays instead of
/// scanning the characters again. Each run also records its letter case.
/// </summary>
internal sealed class WordRuns
{
    private int[] _starts;
    private int[] _ends;
    private RunCase[] _cases;

    private WordRuns(int capacity)
    {
        // Only the first Count entries are ever read, so the arrays need not be cleared.
        _starts = GC.AllocateUninitializedArray<int>(capacity);
        _ends = GC.AllocateUninitializedArray<int>(capacity);
        _cases = GC.AllocateUninitializedArray<RunCase>(capacity);
    }

    /// <summary>How many runs the arrays hold before they grow.</summary>
    public int Capacity => _starts.Length;

    /// <summary>How many runs the text has.</summary>
    public int Count { get; private set; }

    /// <summary>Finds the runs of <paramref name="text"/>.</summary>
    /// <param name="text">Normalised text.</param>
    /// <returns>The runs in text order.</returns>
    public static WordRuns Of(string text) => Of(text, null);

    /// <summary>
    /// Finds the runs of <paramref name="text"/> into <paramref name="reuse"/> when given (its earlier runs are
    /// dropped and its arrays kept), so that one thread's articles share one set of arrays.
    /// </summary>
    /// <param name="text">Normalised text.</param>
    /// <param name="reuse">Runs no longer read, or null for new ones.</param>
    /// <returns>The runs in text order: <paramref name="reuse"/> when given.</returns>
    public static WordRuns Of(string text, WordRuns? reuse)
    {
        ArgumentNullException.ThrowIfNull(text);
        var capacity = (text.Length / 3) + 16;
        var runs = reuse ?? new WordRuns(capacity);
        runs.Reset(capacity);
        var chars = text.AsSpan();
        var i = 0;
        while (i < chars.Length)
        {
            // One table read per character gives whether a run starts or goes on, and its case.
            var first = Words.ClassOf(chars[i]);
            if ((first & Words.CharClass.Word) == 0)
            {
                i++;
                continue;
            }

            var start = i;
            var classes = first;
            for (i++; i < chars.Length; i++)
            {
                var next = Words.ClassOf(chars[i]);
                if ((next & Words.CharClass.Word) == 0)
                {
                    break;
                }

                classes |= next;
            }

            runs.Add(start, i, (first & Words.CharClass.Upper) != 0, (classes & Words.CharClass.Lower) != 0);

            // The character that ended the run is no word character.
            i++;
        }

        return runs;
    }

    /// <summary>Where run <paramref name="k"/> starts.</summary>
    public int Start(int k) => _starts[k];

    /// <summary>Just past run <paramref name="k"/>.</summary>
    public int End(int k) => _ends[k];

    /// <summary>Whether run <paramref name="k"/> starts with an upper-case letter.</summary>
    public bool StartsUpper(int k) => (_cases[k] & RunCase.StartsUpper) != 0;

    /// <summary>Whether run <paramref name="k"/> holds a lower-case letter.</summary>
    public bool HasLower(int k) => (_cases[k] & RunCase.HasLower) != 0;

    /// <summary>
    /// The first run from <paramref name="from"/> on that starts at or after <paramref name="offset"/>, or
    /// <see cref="Count"/>: where a scan resumes after a match that ended at <paramref name="offset"/>.
    /// </summary>
    public int NextAtOrAfter(int offset, int from)
    {
        while (from < Count && _starts[from] < offset)
        {
            from++;
        }

        return from;
    }

    /// <summary>Drops the runs; the arrays grow to <paramref name="capacity"/> when smaller.</summary>
    private void Reset(int capacity)
    {
        Count = 0;
        if (_starts.Length < capacity)
        {
            _starts = GC.AllocateUninitializedArray<int>(capacity);
            _ends = GC.AllocateUninitializedArray<int>(capacity);
            _cases = GC.AllocateUninitializedArray<RunCase>(capacity);
        }
    }

    private void Add(int start, int end, bool startsUpper, bool hasLower)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _cases, Count * 2);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        _cases[Count] = (startsUpper ? RunCase.StartsUpper : RunCase.None) | (hasLower ? RunCase.HasLower : RunCase.None);
        Count++;
    }

    [Flags]
    private enum RunCase : byte
    {
        None = 0,
        StartsUpper = 1,
        HasLower = 2,
    }
}
