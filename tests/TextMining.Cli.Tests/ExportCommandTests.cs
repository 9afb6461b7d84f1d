using System.Text.Json;

namespace TextMining.Cli.Tests;

public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("articles", "csv")]
    [InlineData("dates", "csv")]
    [InlineData("officials", "jsonl")]
    [InlineData("mentions", "csv")]
    [InlineData("figures", "jsonl")]
    [InlineData("models", "csv")]
    [InlineData("documents", "jsonl")]
    [InlineData("places", "csv")]
    public void Export_EveryTableFromInputs_WritesHeaderAndRows(string table, string format)
    {
        var (code, stdout, stderr) = CliRunner.Run("export", "--table", table, "--format", format, CliRunner.Corpus);

        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        if (format == "csv")
        {
            Assert.StartsWith(table == "articles" ? "article_id,source" : "article_id,start,length", lines[0], StringComparison.Ordinal);
        }
        else
        {
            foreach (var line in lines)
            {
                using var doc = JsonDocument.Parse(line);
                Assert.True(doc.RootElement.TryGetProperty("article_id", out _));
            }
        }
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("dates")]
    [InlineData("officials")]
    [InlineData("mentions")]
    [InlineData("figures")]
    [InlineData("models")]
    [InlineData("documents")]
    [InlineData("places")]
    public void Export_EveryTableAsParquet_WritesAParquetFile(string table)
    {
        var path = Path.Combine(Path.GetTempPath(), $"textmining-{Guid.NewGuid():N}.parquet");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("export", "--table", table, "--format", "parquet", "-o", path, CliRunner.Corpus);

            Assert.True(code == 0, stderr);
            Assert.Equal(string.Empty, stdout);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
            Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--format parquet", "give -o")]
    [InlineData("--format parquet -o -", "give -o")]
    [InlineData("--format csv --partition-by year -o out", "--partition-by needs --format parquet")]
    [InlineData("--format parquet --partition-by year", "give -o <folder>")]
    [InlineData("--format parquet --partition-by month -o out", "month")]
    public void Export_ParquetWithoutAFileOrPartitionWithoutParquet_UsageErrorTwo(string options, string message)
    {
        var (code, stdout, stderr) = CliRunner.Run(["export", "--table", "figures", .. options.Split(' '), CliRunner.Corpus]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ToFileWithExcel_WritesBom()
    {
        var path = Path.Combine(Path.GetTempPath(), $"textmining-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, _, stderr) = CliRunner.Run("export", "--table", "articles", "--excel", "-o", path, Path.Combine(CliRunner.Corpus, "000_a8b8063e22b5bfd5.txt"));

            Assert.True(code == 0, stderr);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Stats_Seeds_CountsArticlesAndWeapons()
    {
        var seeds = Directory.GetFiles(CliRunner.Corpus, "0*.txt");
        var (code, stdout, stderr) = CliRunner.Run(["stats", "--json", .. seeds]);

        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(5, root.GetProperty("articles").GetInt32());
        var sums = root.GetProperty("figureSums").EnumerateArray().ToList();
        double Sum(string unit) => sums.Where(s => s.GetProperty("unit").GetString() == unit).Sum(s => s.GetProperty("sum").GetDouble());
        Assert.Equal(23, Sum("súng quân dụng"));
        Assert.Equal(276, Sum("súng tự chế"));
        var kg = sums.Single(s => s.GetProperty("unit").GetString() == "kg");
        Assert.Equal("approximately", kg.GetProperty("qualifier").GetString());
        Assert.True(kg.GetProperty("isApproximate").GetBoolean());
    }
}

public sealed class ExportFromIndexTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), $"textmining-export-{Guid.NewGuid():N}.idx");

    public ExportFromIndexTests()
    {
        var (code, _, stderr) = CliRunner.Run("index", CliRunner.Corpus, "--index", _index);
        Assert.True(code == 0, stderr);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("dates")]
    [InlineData("officials")]
    [InlineData("mentions")]
    [InlineData("figures")]
    [InlineData("models")]
    [InlineData("documents")]
    [InlineData("places")]
    public void Export_FromIndex_EqualsExportFromInputs(string table)
    {
        var fromInputs = CliRunner.Run("export", "--table", table, "--format", "jsonl", CliRunner.Corpus);
        var fromIndex = CliRunner.Run("export", "--table", table, "--format", "jsonl", "--index", _index);

        Assert.True(fromIndex.ExitCode == 0, fromIndex.Stderr);
        Assert.Equal(fromInputs.Stdout, fromIndex.Stdout);
    }

    [Fact]
    public void Stats_FromIndex_EqualsStatsFromInputs()
    {
        var fromInputs = CliRunner.Run("stats", "--json", CliRunner.Corpus);
        var fromIndex = CliRunner.Run("stats", "--json", "--index", _index);

        Assert.True(fromIndex.ExitCode == 0, fromIndex.Stderr);
        Assert.Equal(fromInputs.Stdout, fromIndex.Stdout);
    }

    [Fact]
    public void Export_InputsAndIndex_IsUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("export", "--table", "figures", "--index", _index, CliRunner.Corpus);

        Assert.Equal(2, code);
        Assert.Contains("not both", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_index))
        {
            Directory.Delete(_index, recursive: true);
        }
    }
}
