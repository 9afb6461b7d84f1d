using System.Runtime.InteropServices;

namespace TextMining.Classification;

/// <summary>
/// The classifier's weight per <see cref="RelevanceFeatures"/> bucket, stored in pages of 16 buckets: a page table
/// gives each page its place among the pages that hold a weight other than zero, and every page of zeros shares page 0.
/// The shipped model's 475 weights other than zero lie in about 450 pages, so the tables take about 37 KB instead of
/// the 256 KB a plain array needs, and stay cached while the other stages run. A read is two array reads without a
/// branch and gives exactly the float a plain array holds, to the bit, so a sum over it is the same to the last bit.
/// </summary>
internal sealed class RelevanceWeights
{
    private const int PageBits = 4;
    private const int PageSize = 1 << PageBits;

    private readonly ushort[] _pages;
    private readonly float[] _values;

    /// <summary>Packs <paramref name="weights"/> (one per bucket).</summary>
    public RelevanceWeights(float[] weights)
    {
        _pages = new ushort[(weights.Length + PageSize - 1) / PageSize];
        var values = new List<float>(new float[PageSize]);
        for (var p = 0; p < _pages.Length; p++)
        {
            var page = weights.AsSpan(p * PageSize, Math.Min(PageSize, weights.Length - (p * PageSize)));
            // Compared as bits: a page of +0 only is shared, so every read gives the exact float (-0 and NaN too).
            if (MemoryMarshal.Cast<float, int>(page).ContainsAnyExcept(0))
            {
                _pages[p] = checked((ushort)(values.Count / PageSize));
                values.AddRange(page);
                values.AddRange(new float[PageSize - page.Length]);
            }
        }

        _values = [.. values];
    }

    /// <summary>The weight of <paramref name="bucket"/> (0 when it has none).</summary>
    public float this[int bucket] => _values[(_pages[bucket >> PageBits] << PageBits) | (bucket & (PageSize - 1))];
}
