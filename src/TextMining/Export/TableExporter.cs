using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace TextMining.Export;

/// <summary>
/// Writes one flat table (see <see cref="ExportTable"/>) for a stream of analyses as CSV (RFC 4180, via CsvHelper),
/// JSON Lines or Parquet. Streams: one analysis at a time is held (and for Parquet one row group). Column names are
/// the snake_case names of the row records' properties (<c>article_id</c>, <c>start</c>, <c>length</c>, <c>text</c>,
/// …), the same in every format, and never change meaning; a missing value is an empty CSV field, a JSON null or a
/// Parquet null.
/// </summary>
public static class TableExporter
{
    private const int BufferBytes = 1 << 16;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        Converters = { new JsonMissingDoubleConverter(), new JsonMissingTimeConverter() },
    };

    /// <summary>The column names of a table, in order.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The snake_case names.</returns>
    public static IReadOnlyList<string> Columns(ExportTable table) =>
        RowColumns.Of(EntityTables.RowType(table)).Select(c => c.Name).ToArray();

    /// <summary>Writes a table for <paramref name="analyses"/> to <paramref name="output"/>.</summary>
    /// <param name="analyses">The analyses, consumed once, lazily.</param>
    /// <param name="table">Which table.</param>
    /// <param name="format">CSV, JSON Lines or Parquet.</param>
    /// <param name="output">Where to write; left open. Written forward only (Parquet too).</param>
    /// <param name="options">BOM, row-group size; <see cref="TableExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops cleanly after the current article: what was written stays valid.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> or <paramref name="format"/> is not defined.</exception>
    public static long Write(
        IEnumerable<ArticleAnalysis> analyses,
        ExportTable table,
        TableFormat format,
        Stream output,
        TableExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(output);
        options ??= TableExportOptions.Default;
        return table switch
        {
            ExportTable.Articles => WriteAny<ArticleAnalysis, ArticleRow>(analyses, a => [EntityTables.Article(a)], format, output, options, cancellationToken),
            ExportTable.Dates => WriteAny(analyses, EntityTables.Dates, format, output, options, cancellationToken),
            ExportTable.Officials => WriteAny(analyses, EntityTables.Officials, format, output, options, cancellationToken),
            ExportTable.Mentions => WriteAny(analyses, EntityTables.Mentions, format, output, options, cancellationToken),
            ExportTable.Figures => WriteAny(analyses, EntityTables.Figures, format, output, options, cancellationToken),
            ExportTable.Models => WriteAny(analyses, EntityTables.Models, format, output, options, cancellationToken),
            ExportTable.Documents => WriteAny(analyses, EntityTables.Documents, format, output, options, cancellationToken),
            ExportTable.Places => WriteAny(analyses, EntityTables.Places, format, output, options, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "unknown table"),
        };
    }

    /// <summary>Writes rows of any row type (for example rows read back from an index) in the same formats.</summary>
    /// <typeparam name="T">A row record type such as <see cref="FigureRow"/>.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <param name="format">CSV, JSON Lines or Parquet.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="options">BOM, row-group size.</param>
    /// <param name="cancellationToken">Stops cleanly between rows.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">Parquet, and a property of <typeparamref name="T"/> is not a string, int, long, bool, double or DateTimeOffset.</exception>
    public static long WriteRows<T>(IEnumerable<T> rows, TableFormat format, Stream output, TableExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        return WriteAny<T, T>(rows, r => [r], format, output, options ?? TableExportOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Writes a table as Parquet files split by <paramref name="partition"/> under <paramref name="directory"/>, in
    /// the Hive layout Spark, DuckDB and pandas read as one table: <c>&lt;directory&gt;/year=2017/part-0.parquet</c>.
    /// The partition value is the article's, so every row of an article lands in the same file. At most one row
    /// group of rows is held in memory across all open files.
    /// </summary>
    /// <param name="analyses">The analyses, consumed once, lazily.</param>
    /// <param name="table">Which table.</param>
    /// <param name="partition">How to split.</param>
    /// <param name="directory">The dataset's folder: created, and must not already hold files.</param>
    /// <param name="options">Row-group size; <see cref="TableExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops cleanly after the current article: every file written is complete.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> or <paramref name="partition"/> is not defined.</exception>
    /// <exception cref="IOException"><paramref name="directory"/> is not empty, or cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException"><paramref name="directory"/> cannot be written.</exception>
    public static long WritePartitioned(
        IEnumerable<ArticleAnalysis> analyses,
        ExportTable table,
        TablePartition partition,
        string directory,
        TableExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(directory);
        if (partition != TablePartition.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(partition), partition, "unknown partition");
        }

        options ??= TableExportOptions.Default;
        return table switch
        {
            ExportTable.Articles => WritePartitionedAny<ArticleRow>(analyses, a => [EntityTables.Article(a)], directory, options, cancellationToken),
            ExportTable.Dates => WritePartitionedAny(analyses, EntityTables.Dates, directory, options, cancellationToken),
            ExportTable.Officials => WritePartitionedAny(analyses, EntityTables.Officials, directory, options, cancellationToken),
            ExportTable.Mentions => WritePartitionedAny(analyses, EntityTables.Mentions, directory, options, cancellationToken),
            ExportTable.Figures => WritePartitionedAny(analyses, EntityTables.Figures, directory, options, cancellationToken),
            ExportTable.Models => WritePartitionedAny(analyses, EntityTables.Models, directory, options, cancellationToken),
            ExportTable.Documents => WritePartitionedAny(analyses, EntityTables.Documents, directory, options, cancellationToken),
            ExportTable.Places => WritePartitionedAny(analyses, EntityTables.Places, directory, options, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "unknown table"),
        };
    }

    private static long WritePartitionedAny<TRow>(
        IEnumerable<ArticleAnalysis> analyses,
        Func<ArticleAnalysis, IEnumerable<TRow>> rowsOf,
        string directory,
        TableExportOptions options,
        CancellationToken cancellationToken)
    {
        using var writer = new ParquetPartitionWriter<TRow>(directory, options.RowGroupRows);
        long count = 0;
        var rows = RowsOf(
            analyses,
            analysis =>
            {
                var partition = ParquetPartitionWriter<TRow>.YearPartition(ArticleFacts.Year(analysis));
                return rowsOf(analysis).Select(row => (partition, row));
            },
            cancellationToken);
        foreach (var (partition, row) in rows)
        {
            writer.Add(partition, row);
            count++;
        }

        return count;
    }

    /// <summary>The rows of each source in turn; stops after the source during which cancellation was asked for.</summary>
    private static IEnumerable<TRow> RowsOf<TSource, TRow>(
        IEnumerable<TSource> sources,
        Func<TSource, IEnumerable<TRow>> rowsOf,
        CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            foreach (var row in rowsOf(source))
            {
                yield return row;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
        }
    }

    private static long WriteAny<TSource, TRow>(
        IEnumerable<TSource> sources,
        Func<TSource, IEnumerable<TRow>> rowsOf,
        TableFormat format,
        Stream output,
        TableExportOptions options,
        CancellationToken cancellationToken)
    {
        var rows = RowsOf(sources, rowsOf, cancellationToken);
        return format switch
        {
            TableFormat.Csv => WriteCsv(rows, output, options),
            TableFormat.JsonLines => WriteJsonLines(rows, output),
            TableFormat.Parquet => WriteParquet(rows, output, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        };
    }

    private static long WriteCsv<TRow>(IEnumerable<TRow> rows, Stream output, TableExportOptions options)
    {
        if (options.ExcelCompatible)
        {
            output.Write(Encoding.UTF8.Preamble);
        }

        using var writer = new StreamWriter(output, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, configuration);
        var map = csv.Context.AutoMap<TRow>();
        foreach (var member in map.MemberMaps)
        {
            member.Name(JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Data.Member!.Name));
            var type = member.Data.Member switch
            {
                System.Reflection.PropertyInfo property => property.PropertyType,
                System.Reflection.FieldInfo field => field.FieldType,
                _ => null,
            };
            if (type == typeof(double))
            {
                member.TypeConverter(new CsvMissingDoubleConverter());
            }
            else if (type == typeof(DateTimeOffset))
            {
                member.TypeConverter(new CsvMissingTimeConverter());
            }
        }

        csv.Context.RegisterClassMap(map);
        var dateOptions = csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset>();
        dateOptions.Formats = ["yyyy-MM-dd'T'HH:mm:sszzz"];
        csv.Context.TypeConverterOptionsCache.AddOptions<DateTimeOffset?>(dateOptions);
        var boolOptions = csv.Context.TypeConverterOptionsCache.GetOptions<bool>();
        boolOptions.BooleanTrueValues.Clear();
        boolOptions.BooleanTrueValues.Add("true");
        boolOptions.BooleanFalseValues.Clear();
        boolOptions.BooleanFalseValues.Add("false");

        csv.WriteHeader<TRow>();
        csv.NextRecord();
        long count = 0;
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
            csv.NextRecord();
            count++;
        }

        csv.Flush();
        return count;
    }

    private static long WriteParquet<TRow>(IEnumerable<TRow> rows, Stream output, TableExportOptions options)
    {
        long count = 0;
        using (var writer = new ParquetRowWriter<TRow>(output, options.RowGroupRows))
        {
            foreach (var row in rows)
            {
                writer.Add(row);
                count++;
            }
        }

        output.Flush();
        return count;
    }

    private static long WriteJsonLines<TRow>(IEnumerable<TRow> rows, Stream output)
    {
        // Rows are gathered in a buffer of our own and written in large blocks; the caller's stream is never
        // wrapped in anything that would close it.
        var writerOptions = new JsonWriterOptions { Encoder = JsonOptions.Encoder, Indented = false };
        var buffer = new ArrayBufferWriter<byte>(BufferBytes + 4096);
        using var json = new Utf8JsonWriter(buffer, writerOptions);
        long count = 0;
        foreach (var row in rows)
        {
            JsonSerializer.Serialize(json, row, JsonOptions);
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
            count++;
            if (buffer.WrittenCount >= BufferBytes)
            {
                output.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        output.Write(buffer.WrittenSpan);
        output.Flush();
        return count;
    }
}
