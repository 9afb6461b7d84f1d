namespace TextMining.Parsing;

/// <summary>
/// Settings for <see cref="ArticleReader"/>. Immutable: <c>With…</c> methods return a changed copy.
/// </summary>
public sealed record ArticleReaderOptions
{
    /// <summary>The default size limit of one input: 32 MiB.</summary>
    public const long DefaultMaxInputBytes = 32L * 1024 * 1024;

    /// <summary>The settings used when none are given.</summary>
    public static ArticleReaderOptions Default { get; } = new();

    /// <summary>
    /// Inputs (a file, or one JSON Lines record) larger than this are rejected with
    /// <see cref="DiagnosticCodes.InputTooLarge"/> instead of being read.
    /// </summary>
    public long MaxInputBytes { get; private init; } = DefaultMaxInputBytes;

    /// <summary>Returns a copy with another size limit.</summary>
    /// <param name="maxInputBytes">The limit in bytes; at least 1.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxInputBytes"/> is less than 1.</exception>
    public ArticleReaderOptions WithMaxInputBytes(long maxInputBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInputBytes, 1);
        return this with { MaxInputBytes = maxInputBytes };
    }
}
