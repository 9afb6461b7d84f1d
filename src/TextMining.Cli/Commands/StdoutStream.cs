using Microsoft.Win32.SafeHandles;

namespace TextMining.Cli.Commands;

/// <summary>
/// Standard output as a write-only stream that reports a closed pipe: the first failed write throws
/// <see cref="OutputClosedException"/>, later ones (a flush while unwinding) do nothing.
/// </summary>
internal sealed class StdoutStream : Stream
{
    private readonly Stream _inner = OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    private bool _closed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => Guard(() => _inner.Flush());

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_closed)
        {
            return;
        }

        try
        {
            _inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _closed = true;
            throw new OutputClosedException(e as IOException ?? new IOException(e.Message, e));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Guard(Action action)
    {
        if (_closed)
        {
            return;
        }

        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _closed = true;
            throw new OutputClosedException(e as IOException ?? new IOException(e.Message, e));
        }
    }
}
