namespace TextMining.Export;

/// <summary>
/// Writes rows to one Parquet file per partition, <c>&lt;directory&gt;/&lt;key&gt;=&lt;value&gt;/part-0.parquet</c>,
/// keeping at most one row group of rows buffered across all open files: when the total reaches the row-group
/// size, the fullest partition's buffer is written as a row group.
/// </summary>
/// <typeparam name="TRow">The row record type.</typeparam>
internal sealed class ParquetPartitionWriter<TRow> : IDisposable
{
    /// <summary>The folder Hive (and Spark, DuckDB) use for a null partition value.</summary>
    public const string NullPartition = "__HIVE_DEFAULT_PARTITION__";

    private readonly string _directory;
    private readonly int _rowGroupRows;
    private readonly Dictionary<string, (FileStream File, ParquetRowWriter<TRow> Writer)> _open = new(StringComparer.Ordinal);
    private int _buffered;

    public ParquetPartitionWriter(string directory, int rowGroupRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"{directory} is not empty: a partitioned dataset needs a folder of its own (remove it or choose another)");
        }

        Directory.CreateDirectory(directory);
        _directory = directory;
        _rowGroupRows = rowGroupRows;
    }

    /// <summary>
    /// The partition column for the article's year: <c>year</c>, or <c>article_year</c> when the rows have a
    /// <c>year</c> of their own meaning something else (a date mention's year), which readers would otherwise
    /// silently replace with the partition value.
    /// </summary>
    public static string YearColumn { get; } =
        typeof(TRow) != typeof(ArticleRow) && RowColumns.Of(typeof(TRow)).Any(c => c.Name == "year") ? "article_year" : "year";

    /// <summary>The partition folder name for an article's year: <c>year=2017</c>, or the null partition.</summary>
    public static string YearPartition(int? year) =>
        YearColumn + "=" + (year is { } y ? y.ToString(CultureInfo.InvariantCulture) : NullPartition);

    public void Add(string partition, TRow row)
    {
        var writer = WriterFor(partition);
        var before = writer.Buffered;
        writer.Add(row);
        _buffered += writer.Buffered - before;
        if (_buffered >= _rowGroupRows)
        {
            var fullest = _open.Values.MaxBy(o => o.Writer.Buffered).Writer;
            _buffered -= fullest.Buffered;
            fullest.Flush();
        }
    }

    public void Dispose()
    {
        List<Exception>? errors = null;
        foreach (var (file, writer) in _open.Values)
        {
            try
            {
                writer.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                (errors ??= []).Add(e);
            }
            finally
            {
                file.Dispose();
            }
        }

        _open.Clear();
        if (errors is not null)
        {
            throw errors[0];
        }
    }

    private ParquetRowWriter<TRow> WriterFor(string partition)
    {
        if (_open.TryGetValue(partition, out var open))
        {
            return open.Writer;
        }

        var folder = Path.Combine(_directory, partition);
        Directory.CreateDirectory(folder);
        var file = new FileStream(Path.Combine(folder, "part-0.parquet"), FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16);
        try
        {
            var writer = new ParquetRowWriter<TRow>(file, _rowGroupRows);
            _open.Add(partition, (file, writer));
            return writer;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
