using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TextMining.Text;

namespace TextMining.Classification;

/// <summary>
/// The classifier's features: word 1- and 2-grams and character 3- and 4-grams of folded text (letters and digits;
/// anything else is one space), each hashed into <see cref="Size"/> buckets, counted, and scaled by
/// 1/√(number of n-grams) so long and short articles weigh alike. Scoring needs no vector: it sums the weights of
/// the n-grams' buckets in one pass, without allocating. An n-gram's hash is FNV-1a of its characters started from
/// its kind's seed (<c>seed ^ FnvBasis</c>), then <see cref="Mix(uint)"/>; a bigram mixes its two word hashes.
/// </summary>
internal static class RelevanceFeatures
{
    public const int Bits = 16;

    public const int Size = 1 << Bits;

    private const uint WordSeed = 0x9E3779B9;
    private const uint BigramSeed = 0x85EBCA6B;
    private const uint Char3Seed = 0xC2B2AE35;
    private const uint Char4Seed = 0x27D4EB2F;
    private const uint FnvBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    // CleanChar of every character below VietnameseText.TableSize (all of Vietnamese and the punctuation of news).
    private static readonly char[] CleanTable = BuildCleanTable();

    /// <summary>
    /// Calls <paramref name="visit"/> with the bucket of every n-gram of <paramref name="text"/> (normalised text,
    /// folded here as it is read); returns how many.
    /// </summary>
    public static int ForEach<TVisitor>(ReadOnlySpan<char> text, ref TVisitor visit)
        where TVisitor : struct, IBucketVisitor
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 2);
        try
        {
            var clean = buffer.AsSpan(0, Clean(text, buffer));
            // Every position the vector loop visits gives a 3-gram and a 4-gram.
            var i = Vector256.IsHardwareAccelerated ? VisitCharGrams8(clean, ref visit) : 0;
            var count = 2 * i;
            count += VisitCharGrams(clean, i, ref visit);
            return count + VisitWords(clean, ref visit);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Each loop below works on a local copy of the visitor, written back at the end: a local lives in registers,
    // where through the reference every visit would store its running sum to memory and load it back.

    /// <summary>The character 3- and 4-grams from <paramref name="i"/> on, one position at a time.</summary>
    private static int VisitCharGrams<TVisitor>(ReadOnlySpan<char> text, int i, ref TVisitor visit)
        where TVisitor : struct, IBucketVisitor
    {
        var local = visit;
        var count = 0;

        // The 3-gram (Char3Seed) and 4-gram (Char4Seed) at i, FNV-1a unrolled.
        for (; i + 3 <= text.Length; i++)
        {
            uint c0 = text[i], c1 = text[i + 1], c2 = text[i + 2];
            local.Visit(Bucket(Mix((((((Char3Seed ^ FnvBasis) ^ c0) * FnvPrime ^ c1) * FnvPrime) ^ c2) * FnvPrime)));
            count++;
            if (i + 4 <= text.Length)
            {
                var h = (((((Char4Seed ^ FnvBasis) ^ c0) * FnvPrime ^ c1) * FnvPrime) ^ c2) * FnvPrime;
                local.Visit(Bucket(Mix((h ^ text[i + 3]) * FnvPrime)));
                count++;
            }
        }

        visit = local;
        return count;
    }

    /// <summary>The words and word bigrams of the cleaned text (words between single spaces).</summary>
    private static int VisitWords<TVisitor>(ReadOnlySpan<char> text, ref TVisitor visit)
        where TVisitor : struct, IBucketVisitor
    {
        var local = visit;
        var count = 0;
        uint previous = 0;
        var start = 1;
        while (start < text.Length)
        {
            // The word's FNV-1a (WordSeed), hashed while looking for the space that ends it.
            var h = WordSeed ^ FnvBasis;
            var end = start;
            while (end < text.Length && text[end] != ' ')
            {
                h = (h ^ text[end]) * FnvPrime;
                end++;
            }

            if (end == start || end == text.Length)
            {
                break;
            }

            var word = Mix(h);
            local.Visit(Bucket(word));
            count++;
            if (previous != 0)
            {
                local.Visit(Bucket(Mix((previous * 31) ^ word ^ BigramSeed)));
                count++;
            }

            previous = word;
            start = end + 1;
        }

        visit = local;
        return count;
    }

    /// <summary>
    /// The character 3- and 4-grams of eight positions at a time, hashed in vector lanes exactly as the scalar loop
    /// hashes them, and visited in the same order (3-gram, then 4-gram, position by position), so a weighted sum adds
    /// the same numbers in the same order. Returns the first position left for the scalar loop.
    /// </summary>
    private static int VisitCharGrams8<TVisitor>(ReadOnlySpan<char> text, ref TVisitor visit)
        where TVisitor : struct, IBucketVisitor
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var prime = Vector256.Create(FnvPrime);
        var seed3 = Vector256.Create(Char3Seed ^ FnvBasis);
        var seed4 = Vector256.Create(Char4Seed ^ FnvBasis);
        Span<uint> buckets3 = stackalloc uint[Vector256<uint>.Count];
        Span<uint> buckets4 = stackalloc uint[Vector256<uint>.Count];
        var local = visit;
        var i = 0;

        // Lane k reads positions i + k … i + k + 3, so the last lane needs i + 11 characters.
        for (; i + Vector256<uint>.Count + 3 <= chars.Length; i += Vector256<uint>.Count)
        {
            var c0 = Lanes(chars, i);
            var c1 = Lanes(chars, i + 1);
            var c2 = Lanes(chars, i + 2);
            var c3 = Lanes(chars, i + 3);
            var h3 = ((((((seed3 ^ c0) * prime) ^ c1) * prime) ^ c2) * prime);
            var h4 = (((((((seed4 ^ c0) * prime) ^ c1) * prime) ^ c2) * prime) ^ c3) * prime;
            (Mix(h3) & Vector256.Create((uint)(Size - 1))).CopyTo(buckets3);
            (Mix(h4) & Vector256.Create((uint)(Size - 1))).CopyTo(buckets4);
            for (var k = 0; k < Vector256<uint>.Count; k++)
            {
                local.Visit((int)buckets3[k]);
                local.Visit((int)buckets4[k]);
            }
        }

        visit = local;
        return i;
    }

    private static Vector256<uint> Lanes(ReadOnlySpan<ushort> chars, int start) =>
        Vector256.WidenLower(Vector128.Create(chars.Slice(start, Vector128<ushort>.Count)).ToVector256Unsafe());

    private static Vector256<uint> Mix(Vector256<uint> h)
    {
        h ^= Vector256.ShiftRightLogical(h, 16);
        h *= Vector256.Create(0x85EBCA6Bu);
        h ^= Vector256.ShiftRightLogical(h, 13);
        h *= Vector256.Create(0xC2B2AE35u);
        h ^= Vector256.ShiftRightLogical(h, 16);
        return Vector256.ConditionalSelect(Vector256.Equals(h, Vector256<uint>.Zero), Vector256<uint>.One, h);
    }

    /// <summary>The sparse feature vector (sorted bucket indices, scaled counts) of normalised text, for training.</summary>
    public static (int[] Indices, float[] Values) Vector(string text)
    {
        var collect = new Collector { Buckets = new List<int>(text.Length * 3) };
        var count = ForEach(text, ref collect);
        var buckets = collect.Buckets;
        buckets.Sort();
        var indices = new List<int>();
        var values = new List<float>();
        var scale = count == 0 ? 0f : 1f / MathF.Sqrt(count);
        for (var i = 0; i < buckets.Count;)
        {
            var j = i;
            while (j < buckets.Count && buckets[j] == buckets[i])
            {
                j++;
            }

            indices.Add(buckets[i]);
            values.Add((j - i) * scale);
            i = j;
        }

        return ([.. indices], [.. values]);
    }

    /// <summary>
    /// Letters and digits kept, folded (<see cref="VietnameseText.FoldChar"/>), every other run of characters one
    /// space, with a space at both ends. Branch-free: each character is written at the end and kept unless it and the
    /// character before are both spaces.
    /// </summary>
    private static int Clean(ReadOnlySpan<char> text, char[] buffer)
    {
        var n = 0;
        var previous = buffer[n++] = ' ';
        foreach (var c in text)
        {
            var m = c < CleanTable.Length ? CleanTable[c] : CleanChar(c);
            buffer[n] = m;

            // 1 unless both are spaces: (x + 0xFFFF) >> 16 is 1 for any x in 1 … 0xFFFF.
            n += (int)(((uint)((m ^ ' ') | (previous ^ ' ')) + 0xFFFF) >> 16);
            previous = m;
        }

        if (previous != ' ')
        {
            buffer[n++] = ' ';
        }

        return n;
    }

    /// <summary>The folded character when it is a letter or digit, else a space.</summary>
    private static char CleanChar(char c)
    {
        var folded = VietnameseText.FoldChar(c);
        return char.IsLetterOrDigit(folded) ? folded : ' ';
    }

    private static char[] BuildCleanTable()
    {
        var table = new char[VietnameseText.TableSize];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = CleanChar((char)i);
        }

        return table;
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h == 0 ? 1 : h;
    }

    private static int Bucket(uint hash) => (int)(hash & (Size - 1));

    /// <summary>Receives n-gram buckets.</summary>
    internal interface IBucketVisitor
    {
        void Visit(int bucket);
    }

    /// <summary>
    /// Sums weights: the linear model's raw score before scaling, every n-gram's weight added in visit order (zeros
    /// too: about a third of the n-grams of an article have a weight other than zero, too many to branch on). The
    /// weights are read from the paged <see cref="RelevanceWeights"/>, small enough to stay cached.
    /// </summary>
    internal struct WeightSum(RelevanceWeights weights) : IBucketVisitor
    {
        public double Sum { get; private set; }

        public void Visit(int bucket) => Sum += weights[bucket];
    }

    private struct Collector : IBucketVisitor
    {
        public List<int> Buckets;

        public readonly void Visit(int bucket) => Buckets.Add(bucket);
    }
}
