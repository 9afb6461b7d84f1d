using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace TextMining.Search;

/// <summary>
/// The article ids a writer has written since its index held no document, as a scalable Bloom filter: an id it
/// says is absent is certainly not in the index, so the writer adds it without the lookup of its stored hash (a
/// term seek per segment) and without the delete that an update buffers (applied to every segment at each flush).
/// An id it says may be present takes the usual path, so a false positive costs only time. The filters are a chain
/// of bit sets, each twice the size of the one before and filled to about one id per <see cref="BitsPerId"/> bits
/// (false positives about 0.1% in each); past <see cref="MaxBits"/> bits in all it stops and says "may be present"
/// for every id. Added to under the writer's lock; read from any thread (a reader may see an id late, never wrongly
/// absent once the writer's lock has been taken after the add).
/// </summary>
internal sealed class WrittenIds
{
    /// <summary>Bits per id a filter is filled to before the next one starts.</summary>
    internal const int BitsPerId = 16;

    /// <summary>The bits of all filters together past which the chain stops by default (32 MB, about 16 million ids).</summary>
    internal const long MaxBits = 1L << 28;

    private const int FirstBits = 1 << 16;
    private const int Probes = 6;

    private readonly long _maxBits;
    private volatile ulong[][] _filters = [new ulong[FirstBits / 64]];
    private long _totalBits = FirstBits;
    private int _inLast;
    private volatile bool _full;

    /// <summary>An empty filter that stops past <paramref name="maxBits"/> bits (tests use a small bound).</summary>
    public WrittenIds(long maxBits = MaxBits)
    {
        _maxBits = maxBits;
    }

    /// <summary>Whether <paramref name="id"/> may have been added: false means certainly not.</summary>
    public bool MayContain(string id)
    {
        if (_full)
        {
            return true;
        }

        var hash = Hash(id);
        foreach (var filter in _filters)
        {
            if (Test(filter, hash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records <paramref name="id"/> as written; call under the writer's lock.</summary>
    public void Add(string id)
    {
        if (_full)
        {
            return;
        }

        var filters = _filters;
        var last = filters[^1];
        if (_inLast >= last.Length * 64 / BitsPerId)
        {
            if (_totalBits + (last.Length * 128L) > _maxBits)
            {
                _full = true;
                return;
            }

            last = new ulong[last.Length * 2];
            _totalBits += last.Length * 64L;
            _filters = [.. filters, last];
            _inLast = 0;
        }

        Set(last, Hash(id));
        _inLast++;
    }

    private static ulong Hash(string id) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(id.AsSpan()));

    private static bool Test(ulong[] filter, ulong hash)
    {
        var mask = (uint)(filter.Length * 64 - 1);
        var (h1, h2) = ((uint)hash, (uint)(hash >> 32) | 1);
        for (uint i = 0; i < Probes; i++)
        {
            var bit = (h1 + (i * h2)) & mask;
            if ((filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Set(ulong[] filter, ulong hash)
    {
        var mask = (uint)(filter.Length * 64 - 1);
        var (h1, h2) = ((uint)hash, (uint)(hash >> 32) | 1);
        for (uint i = 0; i < Probes; i++)
        {
            var bit = (h1 + (i * h2)) & mask;
            filter[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }
}
