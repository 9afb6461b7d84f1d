namespace TextMining.Export;

/// <summary>The file formats <see cref="TableExporter"/> writes.</summary>
public enum TableFormat
{
    /// <summary>RFC 4180 CSV, UTF-8, a header row of snake_case column names.</summary>
    Csv,

    /// <summary>JSON Lines: one object a row with the same snake_case names.</summary>
    JsonLines,
}

/// <summary>Settings for <see cref="TableExporter"/>. Immutable: <c>With…</c> methods return a changed copy.</summary>
public sealed record TableExportOptions
{
    /// <summary>CSV without a BOM.</summary>
    public static TableExportOptions Default { get; } = new();

    /// <summary>Whether CSV starts with a UTF-8 byte order mark so that Excel shows Vietnamese correctly.</summary>
    public bool ExcelCompatible { get; private init; }

    /// <summary>Returns a copy that writes (or not) the BOM Excel needs.</summary>
    /// <param name="excelCompatible">Whether to write the BOM.</param>
    /// <returns>The changed copy.</returns>
    public TableExportOptions WithExcelCompatible(bool excelCompatible = true) => this with { ExcelCompatible = excelCompatible };
}
