using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using ICSharpCode.SharpZipLib.GZip;

namespace TextMining.Parsing;

/// <summary>
/// Decompresses a gzip input that can seek with System.IO.Compression (native zlib, about 2.5× as fast as
/// SharpZipLib's inflater), and vouches for what it gave at the end: the CRC-32 and length of everything given must
/// equal the trailer in the input's last 8 bytes. zlib alone ends a truncated stream quietly, so when that check fails
/// (a truncated input, several members, bytes after the member) or zlib finds corrupt data, the input is decoded
/// again by SharpZipLib from its start, the bytes already given are skipped, and reading goes on there: SharpZipLib
/// checks every member and throws for a truncated or corrupt one, as the reader's messages expect.
/// </summary>
internal sealed class CheckedGzipStream : ForwardReadStream
{
    private const int TrailerBytes = 8;

    private readonly Stream _input;
    private readonly long _origin;
    private readonly GZipStream _fast;
    private readonly Crc32 _crc = new();
    private GZipInputStream? _slow;
    private long _given;
    private bool _vouched;

    /// <summary>Reads the gzip data of <paramref name="input"/> (seekable, not disposed) from <paramref name="origin"/>.</summary>
    public CheckedGzipStream(Stream input, long origin)
    {
        _input = input;
        _origin = origin;
        _input.Seek(origin, SeekOrigin.Begin);
        _fast = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_slow is not null)
        {
            return _slow.Read(buffer);
        }

        if (_vouched)
        {
            return 0;
        }

        int n;
        try
        {
            n = _fast.Read(buffer);
        }
        catch (InvalidDataException)
        {
            return Slow().Read(buffer);
        }

        if (n > 0)
        {
            _crc.Append(buffer[..n]);
            _given += n;
            return n;
        }

        _vouched = TrailerMatches();
        return _vouched ? 0 : Slow().Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fast.Dispose();
            _slow?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether the input's last 8 bytes are the CRC-32 and length (mod 2³²) of all that was given.</summary>
    private bool TrailerMatches()
    {
        var end = _input.Length;
        if (end - _origin < TrailerBytes)
        {
            return false;
        }

        Span<byte> trailer = stackalloc byte[TrailerBytes];
        _input.Seek(end - TrailerBytes, SeekOrigin.Begin);
        _input.ReadExactly(trailer);
        return BinaryPrimitives.ReadUInt32LittleEndian(trailer) == _crc.GetCurrentHashAsUInt32()
            && BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) == (uint)_given;
    }

    /// <summary>SharpZipLib from the input's start, past the bytes already given (it throws where the input is bad).</summary>
    private GZipInputStream Slow()
    {
        _input.Seek(_origin, SeekOrigin.Begin);
        _slow = new GZipInputStream(_input) { IsStreamOwner = false };
        var skip = new byte[81920];
        for (var left = _given; left > 0;)
        {
            var n = _slow.Read(skip, 0, (int)Math.Min(skip.Length, left));
            if (n == 0)
            {
                break;
            }

            left -= n;
        }

        return _slow;
    }
}
