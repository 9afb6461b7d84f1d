using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using TextMining.Export;
using TextMining.Extraction;
using TextMining.Extraction.Dates;
using TextMining.Extraction.Figures;
using TextMining.Extraction.Models;
using TextMining.Extraction.Officials;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Export;

public sealed class TableExporterTests
{
    [Fact]
    public void Write_Csv_RoundTripsQuotesCommasAndNewlinesInVietnameseText()
    {
        var tricky = "Mô hình \"Tổ liên gia\", tự quản;\nvề ANTT “Camera”";
        var rows = new[]
        {
            new ModelRow { ArticleId = "a1", Start = 3, Length = 10, Text = tricky, Name = "Tổ liên gia, tự quản", Location = "xã Vạn Ninh, Quảng Ninh" },
            new ModelRow { ArticleId = "a2", Start = 0, Length = 1, Text = "x", Name = "Đội xe ôm \"xung kích\"", Location = null },
        };
        using var buffer = new MemoryStream();

        TableExporter.WriteRows(rows, TableFormat.Csv, buffer);

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(["article_id", "start", "length", "text", "name", "location"], csv.HeaderRecord!);
        csv.Read();
        Assert.Equal(tricky, csv.GetField("text"));
        Assert.Equal("Tổ liên gia, tự quản", csv.GetField("name"));
        Assert.Equal("xã Vạn Ninh, Quảng Ninh", csv.GetField("location"));
        csv.Read();
        Assert.Equal("Đội xe ôm \"xung kích\"", csv.GetField("name"));
        Assert.Equal(string.Empty, csv.GetField("location"));
        Assert.False(csv.Read());
    }

    [Fact]
    public void Write_CsvExcel_StartsWithBom()
    {
        using var buffer = new MemoryStream();
        TableExporter.Write([Analysis()], ExportTable.Articles, TableFormat.Csv, buffer, TableExportOptions.Default.WithExcelCompatible());
        var bytes = buffer.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);

        using var plain = new MemoryStream();
        TableExporter.Write([Analysis()], ExportTable.Articles, TableFormat.Csv, plain);
        Assert.Equal((byte)'a', plain.ToArray()[0]);
    }

    [Fact]
    public void Write_JsonLines_OneObjectPerRowWithSnakeCaseNames()
    {
        using var buffer = new MemoryStream();

        var count = TableExporter.Write([Analysis(), Analysis()], ExportTable.Figures, TableFormat.JsonLines, buffer);

        var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, count);
        Assert.Equal(4, lines.Length);
        using var doc = JsonDocument.Parse(lines[0]);
        var root = doc.RootElement;
        Assert.Equal(["article_id", "start", "length", "text", "value", "total", "unit", "qualifier"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1069, root.GetProperty("value").GetDouble());
        Assert.Equal(1144, root.GetProperty("total").GetDouble());
        Assert.Equal("khu dân cư", root.GetProperty("unit").GetString());
        Assert.Equal("exact", root.GetProperty("qualifier").GetString());
    }

    [Fact]
    public void Write_MissingValues_AreEmptyInCsvAndNullInJsonLines()
    {
        string Export(ExportTable table, TableFormat format)
        {
            using var buffer = new MemoryStream();
            TableExporter.Write([Analysis()], table, format, buffer);
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        using (var csv = new CsvReader(new StringReader(Export(ExportTable.Figures, TableFormat.Csv)), CultureInfo.InvariantCulture))
        {
            csv.Read();
            csv.ReadHeader();
            csv.Read();
            Assert.Equal("1144", csv.GetField("total"));
            csv.Read();
            Assert.Equal(string.Empty, csv.GetField("total"));
        }

        Assert.Contains("\"total\":null,\"unit\":\"kg\"", Export(ExportTable.Figures, TableFormat.JsonLines), StringComparison.Ordinal);
        Assert.Contains(",2021,,\r\n", Export(ExportTable.Dates, TableFormat.Csv), StringComparison.Ordinal);
        Assert.Contains("\"year\":2021,\"month\":null,\"day\":null", Export(ExportTable.Dates, TableFormat.JsonLines), StringComparison.Ordinal);
        Assert.Contains("\"published\":null,\"has_published\":false", Export(ExportTable.Articles, TableFormat.JsonLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportTable.Articles, 1)]
    [InlineData(ExportTable.Dates, 1)]
    [InlineData(ExportTable.Officials, 1)]
    [InlineData(ExportTable.Mentions, 2)]
    [InlineData(ExportTable.Figures, 2)]
    [InlineData(ExportTable.Models, 1)]
    [InlineData(ExportTable.Documents, 0)]
    [InlineData(ExportTable.Places, 0)]
    public void Rows_EveryTable_CarriesArticleIdAndSpanOfItsText(ExportTable table, int expected)
    {
        var analysis = Analysis();
        var rows = EntityTables.Rows(table, analysis).ToList();

        Assert.Equal(expected, rows.Count);
        foreach (var row in rows)
        {
            var type = row.GetType();
            Assert.Equal(EntityTables.RowType(table), type);
            Assert.Equal(analysis.Article.Id, type.GetProperty("ArticleId")!.GetValue(row));
            if (type.GetProperty("Start") is { } start)
            {
                var s = (int)start.GetValue(row)!;
                var l = (int)type.GetProperty("Length")!.GetValue(row)!;
                Assert.Equal(type.GetProperty("Text")!.GetValue(row), analysis.Article.Text.Substring(s, l));
            }
        }
    }

    [Fact]
    public void RowTypes_HavePrimitivePublicPropertiesOnlyThatMlNetLoads()
    {
        // ML.NET's LoadFromEnumerable takes no Nullable<T>: missing numbers are NaN, a missing time has a Has… flag.
        var allowed = new[] { typeof(string), typeof(int), typeof(long), typeof(double), typeof(bool), typeof(DateTimeOffset) };
        foreach (var table in Enum.GetValues<ExportTable>())
        {
            foreach (var property in EntityTables.RowType(table).GetProperties())
            {
                Assert.Contains(property.PropertyType, allowed);
            }
        }
    }

    [Fact]
    public void Write_Cancelled_StopsAfterCurrentArticleWithValidOutput()
    {
        using var cancellation = new CancellationTokenSource();
        IEnumerable<ArticleAnalysis> Source()
        {
            yield return Analysis();
            cancellation.Cancel();
            yield return Analysis();
            yield return Analysis();
        }

        using var buffer = new MemoryStream();
        var count = TableExporter.Write(Source(), ExportTable.Articles, TableFormat.Csv, buffer, cancellationToken: cancellation.Token);

        Assert.Equal(2, count);
        var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
    }

    internal static ArticleAnalysis Analysis()
    {
        var builder = new ArticleBuilder("test.txt") { Title = "Hội nghị năm 2021", Views = 12 };
        builder.AddAuthor("Việt Hùng");
        builder.AddBlock(ArticleBlockKind.Paragraph, "Đồng chí Đại tá Trần Quang Hiếu, Phó giám đốc Công an tỉnh, cho biết toàn tỉnh có 1.069/1.144 khu dân cư và gần 30kg thuốc nổ; mô hình “Thôn nói không với pháo”. Đại tá Hiếu nhấn mạnh.");
        var article = builder.Build().Article!;
        var text = article.Text;
        SourceSpan Find(string s) => new(text.IndexOf(s, StringComparison.Ordinal), s.Length);
        var context = new ExtractionContext(article) { Relevance = new TextMining.Classification.MovementRelevance(0.9731, true) };
        context.Dates.Add(new DateMention { Text = "năm 2021", Value = "2021", Granularity = DateGranularity.Year, Inferred = false, Span = Find("năm 2021") });
        context.Officials.Add(new Official("Trần Quang Hiếu", "Đại tá", "Đồng chí", ["Phó giám đốc Công an tỉnh"],
            [new OfficialMention("Đồng chí Đại tá Trần Quang Hiếu", Find("Đồng chí Đại tá Trần Quang Hiếu")), new OfficialMention("Đại tá Hiếu", Find("Đại tá Hiếu"))]));
        context.Figures.Add(new Figure { Text = "1.069/1.144 khu dân cư", Value = 1069, Total = 1144, Unit = "khu dân cư", Qualifier = FigureQualifier.Exact, Span = Find("1.069/1.144 khu dân cư") });
        context.Figures.Add(new Figure { Text = "gần 30kg", Value = 30, Total = null, Unit = "kg", Qualifier = FigureQualifier.Approximately, Span = Find("gần 30kg") });
        context.Models.Add(new GrassrootsModel { Name = "Thôn nói không với pháo", Location = null, Text = "“Thôn nói không với pháo”", Span = Find("“Thôn nói không với pháo”") });
        return new ArticleAnalysis(context);
    }
}
