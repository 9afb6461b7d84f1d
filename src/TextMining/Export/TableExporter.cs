using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using TextMining.Extraction;

namespace TextMining.Export;

/// <summary>
/// Writes one flat table (see <see cref="ExportTable"/>) for a stream of analyses as CSV (RFC 4180, via CsvHelper)
/// or JSON Lines. Streams: one analysis at a time is held. Column names are the snake_case names of the row
/// records' properties (<c>article_id</c>, <c>start</c>, <c>length</c>, <c>text</c>, …) and never change meaning.
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
    };

    /// <summary>The column names of a table, in order.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The snake_case names.</returns>
    public static IReadOnlyList<string> Columns(ExportTable table) =>
        EntityTables.RowType(table).GetProperties().Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToArray();

    /// <summary>Writes a table for <paramref name="analyses"/> to <paramref name="output"/>.</summary>
    /// <param name="analyses">The analyses, consumed once, lazily.</param>
    /// <param name="table">Which table.</param>
    /// <param name="format">CSV or JSON Lines.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="options">BOM and other settings; <see cref="TableExportOptions.Default"/> when null.</param>
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
    /// <param name="format">CSV or JSON Lines.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="options">BOM and other settings.</param>
    /// <param name="cancellationToken">Stops cleanly between rows.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="output"/> is null.</exception>
    public static long WriteRows<T>(IEnumerable<T> rows, TableFormat format, Stream output, TableExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        return WriteAny<T, T>(rows, r => [r], format, output, options ?? TableExportOptions.Default, cancellationToken);
    }

    private static long WriteAny<TSource, TRow>(
        IEnumerable<TSource> sources,
        Func<TSource, IEnumerable<TRow>> rowsOf,
        TableFormat format,
        Stream output,
        TableExportOptions options,
        CancellationToken cancellationToken)
    {
        return format switch
        {
            TableFormat.Csv => WriteCsv(sources, rowsOf, output, options, cancellationToken),
            TableFormat.JsonLines => WriteJsonLines(sources, rowsOf, output, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        };
    }

    private static long WriteCsv<TSource, TRow>(
        IEnumerable<TSource> sources,
        Func<TSource, IEnumerable<TRow>> rowsOf,
        Stream output,
        TableExportOptions options,
        CancellationToken cancellationToken)
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
        foreach (var source in sources)
        {
            foreach (var row in rowsOf(source))
            {
                csv.WriteRecord(row);
                csv.NextRecord();
                count++;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        csv.Flush();
        return count;
    }

    private static long WriteJsonLines<TSource, TRow>(
        IEnumerable<TSource> sources,
        Func<TSource, IEnumerable<TRow>> rowsOf,
        Stream output,
        CancellationToken cancellationToken)
    {
        // Rows are gathered in a buffer of our own and written in large blocks; the caller's stream is never
        // wrapped in anything that would close it.
        var writerOptions = new JsonWriterOptions { Encoder = JsonOptions.Encoder, Indented = false };
        var buffer = new ArrayBufferWriter<byte>(BufferBytes + 4096);
        using var json = new Utf8JsonWriter(buffer, writerOptions);
        long count = 0;
        foreach (var source in sources)
        {
            foreach (var row in rowsOf(source))
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

            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        output.Write(buffer.WrittenSpan);
        output.Flush();
        return count;
    }
}
