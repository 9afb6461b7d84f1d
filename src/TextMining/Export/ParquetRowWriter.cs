using Parquet;
using Parquet.Schema;

namespace TextMining.Export;

/// <summary>
/// Writes rows of one row type to one Parquet file, buffering at most one row group: when the buffer holds
/// <c>rowGroupRows</c> rows it becomes a row group on the stream, so memory stays flat however many rows pass.
/// Columns are typed from the row properties (see <see cref="ParquetColumn{TRow}"/>). The stream is written forward
/// only and never closed.
/// </summary>
/// <typeparam name="TRow">The row record type.</typeparam>
internal sealed class ParquetRowWriter<TRow> : IDisposable
{
    private readonly IReadOnlyList<ParquetColumn<TRow>> _columns;
    private readonly ParquetWriter _writer;
    private readonly int _rowGroupRows;
    private bool _disposed;

    public ParquetRowWriter(Stream output, int rowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        _rowGroupRows = rowGroupRows;
        _columns = RowColumns.Of(typeof(TRow)).Select(c => ParquetColumn<TRow>.Create(c, rowGroupRows)).ToArray();
        var schema = new ParquetSchema(_columns.Select(c => (Field)c.Field));
        var stream = new ForwardOnlyStream(output);
        _writer = AsyncBridge.Run(() => ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }));
    }

    /// <summary>Rows buffered and not yet written as a row group.</summary>
    public int Buffered { get; private set; }

    public void Add(TRow row)
    {
        foreach (var column in _columns)
        {
            column.Add(row);
        }

        Buffered++;
        if (Buffered >= _rowGroupRows)
        {
            Flush();
        }
    }

    /// <summary>Writes the buffered rows as one row group (nothing when none are buffered).</summary>
    public void Flush()
    {
        if (Buffered == 0)
        {
            return;
        }

        AsyncBridge.Run(async () =>
        {
            using var group = _writer.CreateRowGroup();
            foreach (var column in _columns)
            {
                await column.WriteAsync(group).ConfigureAwait(false);
            }

            group.CompleteValidate();
        });
        foreach (var column in _columns)
        {
            column.Clear();
        }

        Buffered = 0;
    }

    /// <summary>Writes the last row group and the footer.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Flush();
        }
        finally
        {
            AsyncBridge.Run(async () => await _writer.DisposeAsync().ConfigureAwait(false));
        }
    }
}

/// <summary>Runs Parquet.Net's asynchronous calls from synchronous code without capturing a synchronization context.</summary>
internal static class AsyncBridge
{
    public static void Run(Func<Task> action) => Run(async () =>
    {
        await action().ConfigureAwait(false);
        return true;
    });

    public static T Run<T>(Func<Task<T>> action)
    {
        var previous = SynchronizationContext.Current;
        try
        {
            SynchronizationContext.SetSynchronizationContext(null);
            return action().GetAwaiter().GetResult();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}

/// <summary>
/// A caller's stream seen write-only and forward-only: counts its own position (so a pipe works), passes writes and
/// flushes through, and never closes the stream it wraps.
/// </summary>
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    private long _position;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _position;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException("Parquet output is written forward only.");
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("Parquet output is written forward only.");

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _position += buffer.Length;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        _position += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void WriteByte(byte value) => Write([value]);
}
