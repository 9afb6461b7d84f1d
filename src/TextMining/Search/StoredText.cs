using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace TextMining.Search;

/// <summary>
/// Brotli-compressed UTF-8 for the stored article text and extraction JSON: a 4-byte little-endian length of the UTF-8 bytes,
/// then the Brotli stream.
/// </summary>
internal static class StoredText
{
    /// <summary>Quality 5 of 11: most of the ratio at a fraction of the cost of the highest levels.</summary>
    private const int Quality = 5;

    private const int Window = 22;

    public static byte[] Compress(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var output = new byte[4 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(output, utf8.Length);
        if (!BrotliEncoder.TryCompress(utf8, output.AsSpan(4), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress into its own maximum size");
        }

        return output[..(4 + written)];
    }

    /// <summary>The text, or null when the bytes are not what <see cref="Compress"/> writes.</summary>
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
