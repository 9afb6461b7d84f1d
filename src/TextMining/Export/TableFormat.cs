namespace TextMining.Export;

/// <summary>The file formats <see cref="TableExporter"/> writes.</summary>
public enum TableFormat
{
    /// <summary>RFC 4180 CSV, UTF-8, a header row of snake_case column names.</summary>
    Csv,

    /// <summary>JSON Lines: one object a row with the same snake_case names.</summary>
    JsonLines,

    /// <summary>
    /// Apache Parquet: the same column names, typed (strings, integers, doubles, booleans, UTC timestamps; missing
    /// values are null), Snappy-compressed, written in row groups of <see cref="TableExportOptions.RowGroupRows"/>
    /// rows. Written forward only, so a pipe works too.
    /// </summary>
    Parquet,
}

/// <summary>How <see cref="TableExporter.WritePartitioned"/> splits a table into files.</summary>
public enum TablePartition
{
    /// <summary>
    /// By the article's year (the <c>year</c> of its <see cref="ArticleRow"/>): <c>year=2017/part-0.parquet</c>;
    /// articles without a year go to <c>year=__HIVE_DEFAULT_PARTITION__</c>, as Hive names a null partition. The
    /// <c>dates</c> table, whose own <c>year</c> column is the mention's year, uses <c>article_year=2017</c>.
    /// </summary>
    Year,
}

/// <summary>Settings for <see cref="TableExporter"/>. Immutable: <c>With…</c> methods return a changed copy.</summary>
public sealed record TableExportOptions
{
    /// <summary>CSV without a BOM; Parquet row groups of 20,000 rows.</summary>
    public static TableExportOptions Default { get; } = new();

    /// <summary>Rows per Parquet row group: the most rows held in memory (per open file) before they are written.</summary>
    public int RowGroupRows { get; private init; } = 20_000;

    /// <summary>Whether CSV starts with a UTF-8 byte order mark so that Excel shows Vietnamese correctly.</summary>
    public bool ExcelCompatible { get; private init; }

    /// <summary>Returns a copy that writes (or not) the BOM Excel needs.</summary>
    /// <param name="excelCompatible">Whether to write the BOM.</param>
    /// <returns>The changed copy.</returns>
    public TableExportOptions WithExcelCompatible(bool excelCompatible = true) => this with { ExcelCompatible = excelCompatible };

    /// <summary>Returns a copy that writes Parquet row groups of <paramref name="rows"/> rows.</summary>
    /// <param name="rows">Rows per row group, at least 1.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is less than 1.</exception>
    public TableExportOptions WithRowGroupRows(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        return this with { RowGroupRows = rows };
    }
}
