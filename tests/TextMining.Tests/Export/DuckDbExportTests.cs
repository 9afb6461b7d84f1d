using System.Globalization;
using DuckDB.NET.Data;
using TextMining.Export;
using TextMining.Extraction;

namespace TextMining.Tests.Export;

/// <summary>
/// Parquet and CSV exports read back by a real engine (DuckDB, in process): the same rows, column names, missing
/// values and aggregates from both formats, and from the Hive-partitioned layout.
/// </summary>
public sealed class DuckDbExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textmining-duckdb-" + Guid.NewGuid().ToString("N"));
    private readonly DuckDBConnection _duck = new("DataSource=:memory:");

    public DuckDbExportTests()
    {
        Directory.CreateDirectory(_folder);
        _duck.Open();
    }

    public static TheoryData<ExportTable, bool> Tables()
    {
        var data = new TheoryData<ExportTable, bool>();
        foreach (var table in Enum.GetValues<ExportTable>())
        {
            data.Add(table, false);
            data.Add(table, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void ParquetAndCsv_EveryTable_SameRowsColumnsAndValuesInDuckDb(ExportTable table, bool wholeCorpus)
    {
        var analyses = wholeCorpus ? ExportSamples.Corpus : ExportSamples.Seeds;
        var expectedRows = analyses.Sum(a => EntityTables.Rows(table, a).Count());
        var csv = Export(analyses, table, TableFormat.Csv);
        var parquet = Export(analyses, table, TableFormat.Parquet);

        Assert.Equal(expectedRows, Scalar<long>($"select count(*) from {Csv(csv)}"));
        Assert.Equal(expectedRows, Scalar<long>($"select count(*) from {Parquet(parquet)}"));
        var columns = TableExporter.Columns(table);
        Assert.Equal(columns, ColumnNames(Csv(csv)));
        Assert.Equal(columns, ColumnNames(Parquet(parquet)));

        // Every column has the same number of values in both (CSV reads an empty string as null, so compare
        // non-empty values), and the same sum for numbers: missing stays missing, numbers stay numbers.
        var types = ColumnTypes(Parquet(parquet));
        foreach (var column in columns)
        {
            var measure = types[column] switch
            {
                "VARCHAR" => $"count(nullif(\"{column}\"::varchar, ''))",
                "BOOLEAN" => $"count(\"{column}\") filter (where \"{column}\")",
                "TIMESTAMP WITH TIME ZONE" => $"count(\"{column}\")",
                _ => $"coalesce(sum(\"{column}\")::double, -1) || '/' || count(\"{column}\")",
            };
            Assert.Equal(
                Scalar<object>($"select {measure} from {Csv(csv)}"),
                Scalar<object>($"select {measure} from {Parquet(parquet)}"));
        }
    }

    [Fact]
    public void Parquet_Types_AreTypedWithMissingAsNull()
    {
        var parquet = Export(ExportSamples.Corpus, ExportTable.Articles, TableFormat.Parquet);

        var types = ColumnTypes(Parquet(parquet));
        Assert.Equal("VARCHAR", types["title"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["published"]);
        Assert.Equal("BOOLEAN", types["has_published"]);
        Assert.Equal("INTEGER", types["year"]);
        Assert.Equal("INTEGER", types["views"]);
        Assert.Equal("INTEGER", types["figures"]);
        var published = ExportSamples.Corpus.Where(a => a.Article.Published is not null).ToList();
        Assert.NotEmpty(published);
        Assert.Equal(published.Count, Scalar<long>($"select count(published) from {Parquet(parquet)}"));
        Assert.Equal(published.Count, Scalar<long>($"select count(*) from {Parquet(parquet)} where has_published"));
        var first = published[0].Article;
        Assert.Equal(
            first.Published!.Value.ToUnixTimeSeconds(),
            Scalar<long>($"select epoch(published)::bigint from {Parquet(parquet)} where article_id = '{first.Id}'"));
        Assert.Equal(
            ExportSamples.Corpus.Count(a => a.Article.Views is null),
            Scalar<long>($"select count(*) from {Parquet(parquet)} where views is null"));

        var figures = Export(ExportSamples.Corpus, ExportTable.Figures, TableFormat.Parquet);
        Assert.Equal("DOUBLE", ColumnTypes(Parquet(figures))["total"]);
        Assert.Equal(
            ExportSamples.Corpus.Sum(a => a.Figures.Count(f => f.Total is null)),
            Scalar<long>($"select count(*) from {Parquet(figures)} where total is null"));
    }

    [Fact]
    public void FiguresSummedByUnit_SameFromCsvParquetAndPartitionedParquet()
    {
        var analyses = ExportSamples.Corpus;
        var csv = Export(analyses, ExportTable.Figures, TableFormat.Csv);
        var parquet = Export(analyses, ExportTable.Figures, TableFormat.Parquet);
        var partitioned = Path.Combine(_folder, "partitioned", "figures");
        TableExporter.WritePartitioned(analyses, ExportTable.Figures, TablePartition.Year, partitioned, TableExportOptions.Default.WithRowGroupRows(7));

        const string SumByUnit = "select coalesce(unit, '') as unit, round(sum(value), 6) as total, count(*) as n from {0} group by all order by unit";
        var fromCsv = Rows(string.Format(CultureInfo.InvariantCulture, SumByUnit, Csv(csv)));
        var fromParquet = Rows(string.Format(CultureInfo.InvariantCulture, SumByUnit, Parquet(parquet)));
        var fromPartitions = Rows(string.Format(CultureInfo.InvariantCulture, SumByUnit, Hive(partitioned)));

        var expected = analyses.SelectMany(a => a.Figures)
            .GroupBy(f => f.Unit ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Math.Round(g.Sum(f => f.Value), 6), (long)g.Count()))
            .ToList();
        Assert.True(expected.Count > 10, $"only {expected.Count} units");
        Assert.Equal(expected.Count, fromCsv.Count);
        Assert.Equal(fromCsv, fromParquet);
        Assert.Equal(fromCsv, fromPartitions);
        Assert.Equal(expected.Select(e => e.Item3), fromParquet.Select(r => (long)r[2]!));
        Assert.Equal(expected.Select(e => e.Item2), fromParquet.Select(r => (double)r[1]!), new ToleranceComparer());

        // Every row sits in its article's year.
        var byYear = Rows($"select year, count(*) from {Hive(partitioned)} group by all order by all nulls first");
        var expectedByYear = analyses.GroupBy(ArticleFacts.Year).Where(g => g.Sum(a => a.Figures.Count) > 0).OrderBy(g => g.Key)
            .Select(g => new object?[] { (long?)g.Key, (long)g.Sum(a => a.Figures.Count) }).ToList();
        Assert.Equal(expectedByYear, byYear);
    }

    [Fact]
    public void Partitioned_ArticleWithoutYear_GoesToHiveDefaultPartitionReadAsNull()
    {
        var undated = Undated();
        Assert.Null(ArticleFacts.Year(undated));
        var analyses = ExportSamples.Seeds.Append(undated).ToList();
        var folder = Path.Combine(_folder, "articles");

        var count = TableExporter.WritePartitioned(analyses, ExportTable.Articles, TablePartition.Year, folder);

        Assert.Equal(analyses.Count, count);
        Assert.True(File.Exists(Path.Combine(folder, "year=__HIVE_DEFAULT_PARTITION__", "part-0.parquet")));
        Assert.Equal(analyses.Count, Scalar<long>($"select count(*) from {Hive(folder)}"));
        var expected = analyses.Where(a => ArticleFacts.Year(a) is null).Select(a => a.Article.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Rows($"select article_id from {Hive(folder)} where year is null order by article_id").Select(r => (string)r[0]!));
    }

    [Fact]
    public void Partitioned_Dates_KeepTheirOwnYearBesideArticleYear()
    {
        var folder = Path.Combine(_folder, "dates");

        TableExporter.WritePartitioned(ExportSamples.Corpus, ExportTable.Dates, TablePartition.Year, folder);

        Assert.All(Directory.GetDirectories(folder), d => Assert.StartsWith("article_year=", Path.GetFileName(d), StringComparison.Ordinal));
        var expected = ExportSamples.Corpus.Sum(a => a.Dates.Count(d => ArticleFacts.YearOf(d) is { } y && y != ArticleFacts.Year(a)));
        Assert.True(expected > 0);
        Assert.Equal(expected, Scalar<long>($"select count(*) from {Hive(folder)} where year <> article_year"));
    }

    [Fact]
    public void ReadmeExample_Runs()
    {
        var analyses = ExportSamples.Corpus;
        var folder = _folder;
        using var output = new StringWriter();

        // README: "Parquet" — copied verbatim from the README between the markers.
        // <readme-duckdb>
        TableExporter.WritePartitioned(analyses, ExportTable.Figures, TablePartition.Year, Path.Combine(folder, "figures"));
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var query = duck.CreateCommand();
        query.CommandText = $"""
            select unit, sum(value) as total, count(*) as figures
            from read_parquet('{folder}/figures/**/*.parquet', hive_partitioning = true)
            where year >= 2020 group by unit order by figures desc limit 5
            """;
        using var reader = query.ExecuteReader();
        while (reader.Read())
            output.WriteLine($"{reader.GetValue(0)}: {reader.GetDouble(1):N0} in {reader.GetInt64(2)} figures");
        // </readme-duckdb>

        var top = analyses.Where(a => ArticleFacts.Year(a) >= 2020).SelectMany(a => a.Figures)
            .GroupBy(f => f.Unit).OrderByDescending(g => g.Count()).First();
        Assert.StartsWith($"{top.Key}: {top.Sum(f => f.Value):N0} in {top.Count()} figures", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains(Snippet("readme-duckdb").Replace("output.WriteLine", "Console.WriteLine", StringComparison.Ordinal), readme, StringComparison.Ordinal);
    }

    /// <summary>The lines between <c>// &lt;name&gt;</c> and <c>// &lt;/name&gt;</c> of this file, dedented.</summary>
    internal static string Snippet(string name, string file = "DuckDbExportTests.cs")
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TextMining.Tests", "Export", file));
        var open = $"// <{name}>";
        var start = source.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = source.IndexOf($"        // </{name}>", start, StringComparison.Ordinal);
        var lines = source[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());
        return string.Join('\n', lines).Trim();
    }

    public void Dispose()
    {
        _duck.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    internal static ArticleAnalysis Undated()
    {
        var builder = new TextMining.Parsing.ArticleBuilder("undated.txt") { Title = "Hội nghị sơ kết phong trào" };
        builder.AddBlock(TextMining.Parsing.ArticleBlockKind.Paragraph, "Công an xã tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc.");
        return TextMiningPipeline.Default.Analyze(builder.Build().Article!);
    }

    private static string Csv(string path) => $"read_csv('{path}', header = true)";

    private static string Parquet(string path) => $"read_parquet('{path}')";

    private static string Hive(string folder) => $"read_parquet('{folder}/**/*.parquet', hive_partitioning = true)";

    private string Export(IReadOnlyList<ArticleAnalysis> analyses, ExportTable table, TableFormat format)
    {
        var path = Path.Combine(_folder, $"{table}-{analyses.Count}.{(format == TableFormat.Csv ? "csv" : "parquet")}");
        using var file = File.Create(path);
        TableExporter.Write(analyses, table, format, file);
        return path;
    }

    private List<string> ColumnNames(string from) => Rows($"describe select * from {from}").Select(r => (string)r[0]!).ToList();

    private Dictionary<string, string> ColumnTypes(string from) =>
        Rows($"describe select * from {from}").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

    private T Scalar<T>(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private List<object?[]> Rows(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return rows;
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= 1e-6 * Math.Max(1, Math.Abs(x));

        public int GetHashCode(double obj) => 0;
    }
}
