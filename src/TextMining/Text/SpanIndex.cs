namespace TextMining.Text;

/// <summary>
/// A fixed set of spans that answers "does any of them overlap this span?" in O(log n): spans sorted by start,
/// with the running maximum of their ends. Replaces a scan of every span for every query, which made a stage
/// that checks each candidate against every earlier finding quadratic in the article's length.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;

    public SpanIndex(IEnumerable<SourceSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        _starts = new int[sorted.Length];
        _maxEnds = new int[sorted.Length];
        var maxEnd = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            maxEnd = Math.Max(maxEnd, sorted[i].End);
            _maxEnds[i] = maxEnd;
        }
    }

    /// <summary>How many spans the set holds.</summary>
    public int Count => _starts.Length;

    /// <summary>Whether some span of the set shares a code unit with <paramref name="span"/> (as <see cref="SourceSpan.Overlaps"/>).</summary>
    public bool Overlaps(SourceSpan span)
    {
        // The spans that start before span ends are a prefix; one of them overlaps iff the furthest end among them
        // passes span's start.
        var before = LowerBound(span.End);
        return before > 0 && _maxEnds[before - 1] > span.Start;
    }

    /// <summary>How many spans start before <paramref name="offset"/>.</summary>
    private int LowerBound(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
