using System.Buffers;

namespace TextMining.Parsing;

/// <summary>
/// A stream that can only be read forwards: everything but <see cref="Read(Span{byte})"/> is fixed here, so a reader's
/// wrapper states only how it reads.
/// </summary>
internal abstract class ForwardReadStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override abstract int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A read-only stream that first replays bytes already read (a sniffed head), then the rest of a stream.</summary>
internal sealed class ReplayStream(byte[] head, int headLength, Stream rest) : ForwardReadStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (_position < headLength)
        {
            var n = Math.Min(buffer.Length, headLength - _position);
            head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }
}

/// <summary>
/// Reads lines of bytes from a stream without ever holding more than <c>maxLineBytes</c> of one line: a longer
/// line is skipped to its end and reported as too long.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes) : IDisposable
{
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private byte[] _line = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _start;
    private int _end;
    private bool _eof;

    public enum Status
    {
        Line,
        TooLong,
        End,
    }

    /// <summary>Bytes decompressed or read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>
    /// Reads the next line (without its <c>\n</c> or <c>\r\n</c>). <paramref name="terminated"/> is false for a
    /// last line that ends at the end of the stream without a newline.
    /// </summary>
    public Status ReadLine(out ReadOnlyMemory<byte> line, out bool terminated)
    {
        var length = 0L;
        var tooLong = false;
        line = ReadOnlyMemory<byte>.Empty;
        terminated = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || !Fill())
                {
                    if (length == 0 && !tooLong)
                    {
                        return Status.End;
                    }

                    break;
                }
            }

            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? available[..newline] : available;
            if (!tooLong)
            {
                if (length + chunk.Length > maxLineBytes)
                {
                    tooLong = true;
                }
                else
                {
                    Append(chunk, (int)length);
                }
            }

            length += chunk.Length;
            _start += newline >= 0 ? newline + 1 : chunk.Length;
            if (newline >= 0)
            {
                terminated = true;
                break;
            }
        }

        if (tooLong)
        {
            return Status.TooLong;
        }

        var n = (int)length;
        if (n > 0 && _line[n - 1] == '\r')
        {
            n--;
        }

        line = _line.AsMemory(0, n);
        return Status.Line;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        ArrayPool<byte>.Shared.Return(_line);
    }

    private bool Fill()
    {
        var n = stream.Read(_buffer, 0, _buffer.Length);
        if (n == 0)
        {
            _eof = true;
            return false;
        }

        BytesRead += n;
        _start = 0;
        _end = n;
        return true;
    }

    private void Append(ReadOnlySpan<byte> chunk, int at)
    {
        if (at + chunk.Length > _line.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_line.Length * 2, at + chunk.Length));
            _line.AsSpan(0, at).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_line);
            _line = bigger;
        }

        chunk.CopyTo(_line.AsSpan(at));
    }
}
