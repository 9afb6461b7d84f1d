using Microsoft.ML;
using Microsoft.ML.Data;
using TextMining.Export;
using TextMining.Extraction;

namespace TextMining.Tests.Export;

/// <summary>Every table's rows load with ML.NET's <c>LoadFromEnumerable</c> and read back through a cursor.</summary>
public sealed class MlNetRowTests
{
    public static TheoryData<ExportTable> Tables() => new(Enum.GetValues<ExportTable>());

    [Theory]
    [MemberData(nameof(Tables))]
    public void LoadFromEnumerable_EveryTable_ReadsEveryColumnOfEveryRow(ExportTable table)
    {
        var expected = ExportSamples.Corpus.SelectMany(a => EntityTables.Rows(table, a)).ToList();
        Assert.NotEmpty(expected);

        var data = Load(table, ExportSamples.Corpus);

        var properties = EntityTables.RowType(table).GetProperties();
        Assert.Equal(properties.Select(p => p.Name), data.Schema.Select(c => c.Name));
        var rows = 0;
        using (var cursor = data.GetRowCursor(data.Schema))
        {
            var readers = data.Schema.Select(c => Reader(cursor, c)).ToArray();
            while (cursor.MoveNext())
            {
                for (var i = 0; i < readers.Length; i++)
                {
                    var want = properties[i].GetValue(expected[rows]);
                    Assert.Equal(want is string s ? s : want ?? string.Empty, readers[i]());
                }

                rows++;
            }
        }

        Assert.Equal(expected.Count, rows);
    }

    [Fact]
    public void LoadFromEnumerable_MissingValues_AreNaNAndFlags()
    {
        var figure = TableExporterTests.Analysis();
        var ml = new MLContext(seed: 1);
        var figures = ml.Data.LoadFromEnumerable(EntityTables.Figures(figure));
        Assert.Equal([1144, double.NaN], figures.GetColumn<double>(nameof(FigureRow.Total)).ToArray());

        var articles = ml.Data.LoadFromEnumerable(ExportSamples.Seeds.Select(EntityTables.Article));
        var published = articles.GetColumn<bool>(nameof(ArticleRow.HasPublished)).ToArray();
        Assert.Equal(ExportSamples.Seeds.Select(a => a.Article.Published.HasValue), published);
    }

    [Fact]
    public void ReadmeExample_Runs()
    {
        var analyses = ExportSamples.Corpus;

        // README: "Rows for ML.NET" — copied verbatim from the README between the markers.
        // <readme-mlnet>
        var ml = new MLContext(seed: 1);
        IDataView figures = ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Figures));
        // Total is NaN where a figure has no whole ("1.069/1.144 khu dân cư" has one): ML.NET's missing value.
        IDataView ratios = ml.Data.FilterRowsByMissingValues(figures, nameof(FigureRow.Total));
        double[] shares = ratios.GetColumn<double>(nameof(FigureRow.Value))
            .Zip(ratios.GetColumn<double>(nameof(FigureRow.Total)), (value, total) => value / total)
            .ToArray();
        Console.WriteLine($"{shares.Length} ratios, mean share {shares.Average():P1}");
        // </readme-mlnet>

        var expected = analyses.SelectMany(a => a.Figures).Where(f => f.Total is not null).Select(f => f.Value / f.Total!.Value).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shares);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains(DuckDbExportTests.Snippet("readme-mlnet", "MlNetRowTests.cs"), readme, StringComparison.Ordinal);
    }

    private static IDataView Load(ExportTable table, IEnumerable<ArticleAnalysis> analyses)
    {
        var ml = new MLContext(seed: 1);
        return table switch
        {
            ExportTable.Articles => ml.Data.LoadFromEnumerable(analyses.Select(EntityTables.Article)),
            ExportTable.Dates => ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Dates)),
            ExportTable.Officials => ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Officials)),
            ExportTable.Mentions => ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Mentions)),
            ExportTable.Figures => ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Figures)),
            ExportTable.Models => ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Models)),
            ExportTable.Documents => ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Documents)),
            ExportTable.Places => ml.Data.LoadFromEnumerable(analyses.SelectMany(EntityTables.Places)),
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
    }

    /// <summary>A reader of one column's current value, as the CLR value the row had (text as string).</summary>
    private static Func<object> Reader(DataViewRowCursor cursor, DataViewSchema.Column column)
    {
        var raw = column.Type.RawType;
        if (raw == typeof(ReadOnlyMemory<char>))
        {
            var get = cursor.GetGetter<ReadOnlyMemory<char>>(column);
            return () =>
            {
                ReadOnlyMemory<char> value = default;
                get(ref value);
                return value.ToString();
            };
        }

        var method = typeof(MlNetRowTests).GetMethod(nameof(Typed), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return (Func<object>)method.MakeGenericMethod(raw).Invoke(null, [cursor, column])!;
    }

    private static Func<object> Typed<T>(DataViewRowCursor cursor, DataViewSchema.Column column)
    {
        var get = cursor.GetGetter<T>(column);
        return () =>
        {
            T value = default!;
            get(ref value);
            return value!;
        };
    }
}
