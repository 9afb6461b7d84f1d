using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;

namespace TextMining.Search;

/// <summary>
/// Brotli-compressed UTF-8 for the stored article text and extraction JSON: a 4-byte little-endian length of the UTF-8 bytes,
/// then the Brotli stream.
/// </summary>
internal static class StoredText
{
    /// <summary>
    /// Quality 1 of 11: <c>StoredTextBenchmarks</c> (5,000 baomoi article texts, 17.1 MB) compresses them in 0.56 of
    /// the time of quality 3 (404 against 721 ms), to 48.5% of the UTF-8 size instead of 44.4% (writes store every
    /// article's text and extraction JSON, so this is on the write path's critical cost; quality 3 was itself twice
    /// as fast as quality 5).
    /// </summary>
    private const int Quality = 1;

    /// <summary>The largest Brotli window (4 MB); a smaller input gets the smallest window that holds it, which costs less to set up.</summary>
    private const int MaxWindow = 22;

    private const int MinWindow = 10;

    public static byte[] Compress(string text)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return Compress(utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>As <see cref="Compress(string)"/>, from the text's UTF-8 bytes.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> utf8)
    {
        var output = ArrayPool<byte>.Shared.Rent(4 + BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(output, utf8.Length);
            var window = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, utf8.Length)) + 1, MinWindow, MaxWindow);
            if (!BrotliEncoder.TryCompress(utf8, output.AsSpan(4), out var written, Quality, window))
            {
                throw new InvalidOperationException("Brotli could not compress into its own maximum size");
            }

            return output[..(4 + written)];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>The text, or null when the bytes are not what <see cref="Compress(string)"/> writes.</summary>
    public static string? Decompress(ReadOnlySpan<byte> stored)
    {
        if (stored.Length < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(stored);
        if (length < 0 || length > 1 << 30)
        {
            return null;
        }

        var utf8 = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        try
        {
            return BrotliDecoder.TryDecompress(stored[4..], utf8.AsSpan(0, length), out var written) && written == length
                ? Encoding.UTF8.GetString(utf8, 0, length)
                : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
