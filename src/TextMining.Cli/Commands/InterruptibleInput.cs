using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace TextMining.Cli.Commands;

/// <summary>
/// Runs the reading of a command's inputs on a background thread, one item ahead of its consumer, so that Ctrl+C
/// stops the command at once even while a read blocks: standard input or a FIFO that stays open without data, a
/// FIFO that nobody opens for writing, a stalled network file. A blocking read cannot be cancelled on Unix (closing
/// the descriptor does not wake it), so the consumer stops waiting for it instead; the reading thread is a
/// background thread and ends with the process.
/// </summary>
internal static class InterruptibleInput
{
    /// <summary>
    /// The items of <paramref name="source"/> in order, read on a background thread; ends early, without waiting
    /// for a pending read, when <paramref name="cancellation"/> is cancelled. An exception thrown while reading is
    /// rethrown here, after the items read before it.
    /// </summary>
    public static IEnumerable<T> Read<T>(IEnumerable<T> source, CancellationToken cancellation)
    {
        // Neither is disposed: the reading thread may still hold them while it blocks after the consumer has gone.
        var queue = new BlockingCollection<T>(boundedCapacity: 1);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ExceptionDispatchInfo? failure = null;
        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    queue.Add(item, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer has stopped.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "textmining input",
        };
        reader.Start();
        try
        {
            while (Take(queue, cancellation, out var item))
            {
                yield return item;
            }

            if (!cancellation.IsCancellationRequested)
            {
                failure?.Throw();
            }
        }
        finally
        {
            // The consumer stopped (done, Ctrl+C, or its own error such as a closed output): the reader stops at
            // its next item.
            stop.Cancel();
        }
    }

    private static bool Take<T>(BlockingCollection<T> queue, CancellationToken cancellation, out T item)
    {
        try
        {
            return queue.TryTake(out item!, Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            item = default!;
            return false;
        }
    }
}
