namespace TextMining.Search;

/// <summary>
/// A query that cannot be parsed: the message names the problem and where it is, in words a user can act on.
/// </summary>
public sealed class SearchQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the user.</param>
    /// <param name="position">Zero-based offset in the query where the problem is, or -1 when it is the whole query.</param>
    public SearchQueryException(string message, int position)
        : base(message) => Position = position;

    /// <summary>Zero-based offset in the query where the problem is, or -1 when it concerns the whole query.</summary>
    public int Position { get; }
}

/// <summary>
/// The index cannot be opened, read or written: a missing folder, a read-only path, a full disk, a file that is
/// not an index, or an index of another schema version. The message says which and where.
/// </summary>
public sealed class SearchIndexException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, for the user.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public SearchIndexException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
