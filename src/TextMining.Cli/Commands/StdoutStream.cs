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
            throw Classify(e);
        }
    }

    /// <summary>
    /// A reader that went away (EPIPE and the like) is a closed pipe; a full disk or a device error is a real
    /// failure that must be reported, because the output written so far is incomplete.
    /// </summary>
    private static Exception Classify(Exception e) => (e as IOException)?.HResult switch
    {
        NoSpace or QuotaExceeded => new IOException("cannot write standard output: no space left on device (the output is incomplete)", e),
        FileTooLarge or DeviceError => new IOException($"cannot write standard output: {e.Message} (the output is incomplete)", e),
        _ => new OutputClosedException(e as IOException ?? new IOException(e.Message, e)),
    };

    // errno values (Linux), which .NET gives as the IOException's HResult on Unix.
    private const int DeviceError = 5;
    private const int FileTooLarge = 27;
    private const int NoSpace = 28;
    private const int QuotaExceeded = 122;

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
            throw Classify(e);
        }
    }
}
