using System.Numerics;
using System.Runtime.Intrinsics;

namespace TextMining.Text;

/// <summary>
/// The runs of word characters of one text, in order: exactly the words <see cref="Words.NextWordStart"/> and
/// <see cref="Words.WordEnd"/> step through, found in one pass per article (<c>ExtractionContext.WordRuns</c>) so
/// that the stages that look at every word start (places, organisations, abbreviations) read arrays instead of
/// scanning the characters again. Each run also records its letter case.
/// </summary>
internal sealed class WordRuns
{
    // The characters of one block of AddBlocks, as bits of a mask.
    private const int Block = 16;
    private const uint BlockMask = (1u << Block) - 1;

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
        var i = Vector256.IsHardwareAccelerated ? runs.AddBlocks(chars) : 0;
        while (i < chars.Length)
        {
            // What the blocks left: one table read per character gives whether a run starts or goes on, and its case.
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

    /// <summary>
    /// Adds the runs of <paramref name="chars"/> sixteen characters at a time: the block's word, upper-case and
    /// lower-case characters as bit masks (<see cref="Words.ClassifyBlock"/>), then one step per run edge instead of a
    /// branch per character. Returns where the character loop goes on: the start of a run still open at the last
    /// whole block, or that block's end.
    /// </summary>
    private int AddBlocks(ReadOnlySpan<char> chars)
    {
        // The run still open at the end of the last block: where it starts, and its case so far.
        var open = -1;
        var openCase = RunCase.None;
        var i = 0;
        for (; i + Block <= chars.Length; i += Block)
        {
            var (word, upper, lower) = Words.ClassifyBlock(chars.Slice(i, Block));

            // The edges where a character's word bit differs from the one before it (before the block: whether a run
            // is open) alternate: the open run's end, then a start, an end, a start...
            var edges = (word ^ ((word << 1) | (open >= 0 ? 1u : 0u))) & BlockMask;
            EnsureRoom(Block / 2);
            if (open >= 0)
            {
                if (edges == 0)
                {
                    openCase |= LowerIn(lower, 0, Block);
                    continue;
                }

                var end = BitOperations.TrailingZeroCount(edges);
                edges &= edges - 1;
                Put(open, i + end, openCase | LowerIn(lower, 0, end));
                open = -1;
            }

            while (edges != 0)
            {
                var start = BitOperations.TrailingZeroCount(edges);
                edges &= edges - 1;
                var startCase = (RunCase)((upper >> start) & 1); // StartsUpper is 1
                if (edges == 0)
                {
                    open = i + start;
                    openCase = startCase | LowerIn(lower, start, Block);
                    break;
                }

                var end = BitOperations.TrailingZeroCount(edges);
                edges &= edges - 1;
                Put(i + start, i + end, startCase | LowerIn(lower, start, end));
            }
        }

        return open >= 0 ? open : i;
    }

    /// <summary><see cref="RunCase.HasLower"/> when <paramref name="lower"/> has a bit from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static RunCase LowerIn(uint lower, int from, int to) =>
        (lower & ((1u << to) - (1u << from))) != 0 ? RunCase.HasLower : RunCase.None;

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
        EnsureRoom(1);
        Put(start, end, (startsUpper ? RunCase.StartsUpper : RunCase.None) | (hasLower ? RunCase.HasLower : RunCase.None));
    }

    /// <summary>Grows the arrays when fewer than <paramref name="runs"/> more runs fit.</summary>
    private void EnsureRoom(int runs)
    {
        if (Count + runs > _starts.Length)
        {
            var capacity = Math.Max(_starts.Length * 2, Count + runs);
            Array.Resize(ref _starts, capacity);
            Array.Resize(ref _ends, capacity);
            Array.Resize(ref _cases, capacity);
        }
    }

    /// <summary>Adds a run where <see cref="EnsureRoom"/> made room.</summary>
    private void Put(int start, int end, RunCase runCase)
    {
        var k = Count;
        _starts[k] = start;
        _ends[k] = end;
        _cases[k] = runCase;
        Count = k + 1;
    }

    [Flags]
    private enum RunCase : byte
    {
        None = 0,
        StartsUpper = 1,
        HasLower = 2,
    }
}
