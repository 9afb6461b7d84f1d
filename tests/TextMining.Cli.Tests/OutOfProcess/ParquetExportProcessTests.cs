namespace TextMining.Cli.Tests.OutOfProcess;

/// <summary><c>export --format parquet</c> run as the built tool: files, partitions, redirected output, and refusals.</summary>
public sealed class ParquetExportProcessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tm-parquet-" + Guid.NewGuid().ToString("N"));
    private readonly string[] _seeds = Directory.GetFiles(CliRunner.Corpus, "0*.txt").Order(StringComparer.Ordinal).ToArray();

    public ParquetExportProcessTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Export_ParquetToFile_WritesAParquetFileAndNothingElse()
    {
        var path = Path.Combine(_folder, "figures.parquet");

        var run = ToolProcess.Run(["export", "--table", "figures", "--format", "parquet", "-o", path, .. _seeds]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
        AssertParquet(File.ReadAllBytes(path));
    }

    [Fact]
    public void Export_ParquetToRedirectedStdout_WritesTheSameFile()
    {
        var path = Path.Combine(_folder, "viaStdout.parquet");
        var direct = Path.Combine(_folder, "direct.parquet");

        var run = ToolProcess.RunStdoutToFile(path, ["export", "--table", "articles", "--format", "parquet", .. _seeds]);
        var reference = ToolProcess.Run(["export", "--table", "articles", "--format", "parquet", "-o", direct, .. _seeds]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(reference.ExitCode == 0, reference.ToString());
        AssertParquet(File.ReadAllBytes(path));
        Assert.Equal(File.ReadAllBytes(direct), File.ReadAllBytes(path));
    }

    [Fact]
    public void Export_PartitionByYear_WritesHiveFolders()
    {
        var run = ToolProcess.Run(["export", "--table", "figures", "--format", "parquet", "--partition-by", "year", "-o", _folder, .. _seeds]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var years = Directory.GetDirectories(Path.Combine(_folder, "figures")).Select(Path.GetFileName).ToList();
        Assert.Contains("year=2017", years);
        Assert.All(years, y => Assert.Matches(@"^year=(\d{4}|__HIVE_DEFAULT_PARTITION__)$", y));
        foreach (var year in years)
        {
            AssertParquet(File.ReadAllBytes(Path.Combine(_folder, "figures", year!, "part-0.parquet")));
        }
    }

    [Fact]
    public void Export_ParquetIntoMissingFolder_ExplainsWithExitOneAndNoStackTrace()
    {
        var run = ToolProcess.Run(["export", "--table", "figures", "--format", "parquet", "-o", Path.Combine(_folder, "no", "such", "x.parquet"), .. _seeds]);

        AssertFailedCleanly(run, "cannot write");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Export_ParquetIntoReadOnlyFolder_ExplainsWithExitOneAndNoStackTrace()
    {
        var folder = ReadOnlyFolder();

        var file = ToolProcess.Run(["export", "--table", "figures", "--format", "parquet", "-o", Path.Combine(folder, "x.parquet"), .. _seeds]);
        var partitioned = ToolProcess.Run(["export", "--table", "figures", "--format", "parquet", "--partition-by", "year", "-o", Path.Combine(folder, "out"), .. _seeds]);

        AssertFailedCleanly(file, "cannot write");
        AssertFailedCleanly(partitioned, "cannot write");
    }

    [Fact]
    public void Export_PartitionIntoFolderNotEmpty_ExplainsWithExitOne()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "figures", "year=2016"));

        var run = ToolProcess.Run(["export", "--table", "figures", "--format", "parquet", "--partition-by", "year", "-o", _folder, .. _seeds]);

        AssertFailedCleanly(run, "not empty");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort.
        }
    }

    private static void AssertParquet(byte[] bytes)
    {
        Assert.True(bytes.Length > 8, $"{bytes.Length} bytes");
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
    }

    private static void AssertFailedCleanly(ToolRun run, string message)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.False(ToolProcess.HasStackTrace(run.Stderr), run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
    }

    /// <summary>
    /// A folder this process cannot write: a read-only temp folder, or, where permissions do not bind (root),
    /// sysfs, which refuses new files to everyone.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string ReadOnlyFolder()
    {
        var folder = Path.Combine(_folder, "read-only");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), "x");
        }
        catch (UnauthorizedAccessException)
        {
            return folder;
        }

        File.Delete(Path.Combine(folder, "probe"));
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return "/sys/kernel";
    }
}
