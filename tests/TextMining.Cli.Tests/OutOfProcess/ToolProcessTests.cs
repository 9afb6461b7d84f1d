using System.Text.Json;

namespace TextMining.Cli.Tests.OutOfProcess;

/// <summary>
/// Every command run as the built tool in its own process: real standard output and error, exit codes,
/// files, closed pipes and SIGINT (issue #9).
/// </summary>
public sealed class ToolProcessTests(ToolFixture tool) : IClassFixture<ToolFixture>
{
    private static void AssertJsonLines(string stdout, int? count = null)
    {
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (count is { } n)
        {
            Assert.Equal(n, lines.Length);
        }

        foreach (var line in lines)
        {
            using var _ = JsonDocument.Parse(line);
        }
    }

    private static void AssertQuiet(ToolRun run)
    {
        Assert.False(ToolProcess.HasStackTrace(run.Stderr), run.ToString());
    }

    [Fact]
    public void Extract_Inputs_OneJsonLineEachAndNothingOnStderr()
    {
        var run = ToolProcess.Run(["extract", .. tool.Small]);

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertJsonLines(run.Stdout, 3);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Extract_StandardInput_ReadsIt()
    {
        var run = ToolProcess.RunWithInput("{\"title\":\"Tiêu đề\",\"body\":\"Ngày 2/3/2017, Công an tỉnh họp.\"}\n", "extract", "-");

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertJsonLines(run.Stdout, 1);
    }

    [Theory]
    [InlineData("extract", "--maxbytes", "10")]
    [InlineData("export", "--table", "figures", "--bogus")]
    [InlineData("stats", "--bogus")]
    [InlineData("eval", "--bogus")]
    [InlineData("index", "--index", "x.index", "--bogus")]
    [InlineData("search", "x", "--index", "x.index", "--bogus")]
    public void AnyCommand_UnknownOption_UsageErrorTwo(params string[] args)
    {
        var run = ToolProcess.Run([.. args, CliRunner.Corpus]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
        AssertQuiet(run);
    }

    [Fact]
    public void Extract_AtArgument_IsAFileNameNotAResponseFile()
    {
        var list = tool.Write("list.rsp", tool.Small[0]);

        var run = ToolProcess.Run("extract", "@" + list);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("@" + list, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NameWithControlCharacters_EscapedInTheMessage()
    {
        var run = ToolProcess.Run("extract", "no\nsuch\u001b[31m\u202Efile.txt");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("no\\nsuch\\e[31m\\u202Efile.txt", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.DoesNotContain('\u202E', run.Stderr);
    }

    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.jsonl")]
    public void Extract_EmptyInput_FailsWithOneWhateverTheFormat(string name)
    {
        var run = ToolProcess.Run("extract", tool.Write(name, string.Empty));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("TM0001", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HostileRecords_ReportedWithLineNumbersAndTheRestRead()
    {
        var path = Path.Combine(tool.Folder, "hostile.jsonl");
        File.WriteAllBytes(path, [
            .. "{\"title\":\"ok\",\"body\":\"Ng\u00e0y C"u8, 0xF4, .. "ng an\"}\n"u8,
            .. "{\"title\":\"\\ud800 x\",\"body\":\"Th\u00e2n b\u00e0i.\"}\n"u8,
            .. "{\"title\":\"\uFFFE\",\"body\":\"Th\u00e2n b\u00e0i \uFFFF.\"}\n"u8,
            .. "{\"t\\udfffx\":1,\"title\":\"T\",\"body\":\"Th\u00e2n b\u00e0i.\"}\n"u8,
            .. "{\"title\":\"Sau\",\"body\":\"Ng\u00e0y 2/3/2017, C\u00f4ng an h\u1ecdp.\"}\n"u8,
        ]);

        var run = ToolProcess.Run("extract", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertJsonLines(run.Stdout, 5);
        Assert.Contains("hostile.jsonl:1: warning TM0010", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("hostile.jsonl:2: warning TM0010", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("hostile.jsonl:3: warning TM0010", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("hostile.jsonl:4: warning TM0010", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("stats")]
    [InlineData("export")]
    public void AnyCommand_StdoutClosedBeforeStart_OneLineAnd141(string command)
    {
        string[] args = command == "export" ? ["export", "--table", "figures", .. tool.Small] : [command, .. tool.Small];

        var run = ToolProcess.RunWithStdoutClosed(args);

        Assert.True(run.ExitCode == 141, run.ToString());
        Assert.Equal("textmining: standard output is closed, so nothing can be written (export can write to a file with -o)\n", run.Stderr);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("export")]
    public void StdoutOnFullDisk_SaysNoSpaceWithExit1(string command)
    {
        string[] args = command == "export" ? ["export", "--table", "mentions", tool.Large] : [command, tool.Large];

        var run = ToolProcess.RunWithStdoutRedirect("> /dev/full", args);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("no space left on device", run.Stderr, StringComparison.Ordinal);
        AssertQuiet(run);
    }

    [Fact]
    public void Export_StdoutClosedButOutputFile_Works()
    {
        var output = Path.Combine(tool.Folder, "closed-stdout.csv");

        var run = ToolProcess.RunWithStdoutClosed(["export", "--table", "figures", "-o", output, .. tool.Small]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stderr);
        Assert.StartsWith("article_id,start,length,text,value", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_IntoClosedPipe_StopsQuietlyWith141()
    {
        var run = ToolProcess.RunIntoHead(1, "extract", tool.Large);

        Assert.True(run.ExitCode == 141, run.ToString());
        Assert.Equal(string.Empty, run.Stderr);
        AssertJsonLines(run.Stdout, 1);
    }

    [Fact]
    public void Extract_SigInt_StopsAfterTheCurrentArticleWith130AndValidOutput()
    {
        var run = ToolProcess.Interrupt("extract", tool.Large);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("stopped by Ctrl+C", run.Stderr, StringComparison.Ordinal);
        AssertQuiet(run);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 1, 1499);
        AssertJsonLines(run.Stdout);
    }

    [Theory]
    [InlineData("csv", false, false)]
    [InlineData("csv", true, false)]
    [InlineData("csv", false, true)]
    [InlineData("csv", true, true)]
    [InlineData("jsonl", false, false)]
    [InlineData("jsonl", true, false)]
    [InlineData("jsonl", false, true)]
    [InlineData("jsonl", true, true)]
    public void Export_ToFileOrStdout_FromInputsOrIndex_Works(string format, bool toFile, bool fromIndex)
    {
        Assert.True(tool.IndexRun.ExitCode == 0, tool.IndexRun.ToString());
        var output = Path.Combine(tool.Folder, $"out-{format}-{toFile}-{fromIndex}.{format}");
        string[] source = fromIndex ? ["--index", tool.Index] : tool.Small;
        string[] target = toFile ? ["-o", output] : [];

        var run = ToolProcess.Run(["export", "--table", "figures", "--format", format, .. target, .. source]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stderr);
        var text = toFile ? File.ReadAllText(output) : run.Stdout;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 10, text);
        if (format == "jsonl")
        {
            AssertJsonLines(text);
        }
        else
        {
            Assert.StartsWith("article_id,start,length,text,value", lines[0], StringComparison.Ordinal);
        }

        if (toFile)
        {
            Assert.Equal(string.Empty, run.Stdout);
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public void Export_IntoClosedPipe_EndsQuietly(string format)
    {
        var run = ToolProcess.RunIntoHead(1, "export", "--table", "mentions", "--format", format, tool.Large);

        Assert.True(run.ExitCode is 0 or 141, run.ToString());
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Export_ToUnwritableFile_ExplainsWithoutStackTrace()
    {
        var run = ToolProcess.Run(["export", "--table", "figures", "-o", Path.Combine(tool.Folder, "no", "such", "dir", "x.csv"), .. tool.Small]);

        Assert.True(run.ExitCode is 1 or 2, run.ToString());
        Assert.Contains("cannot write", run.Stderr, StringComparison.Ordinal);
        AssertQuiet(run);
    }

    [Fact]
    public void Stats_Inputs_TextAndJson_QuietOnRedirectedStderr()
    {
        var text = ToolProcess.Run(["stats", "--top", "2", .. tool.Small]);
        var json = ToolProcess.Run(["stats", "--json", .. tool.Small]);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Equal(string.Empty, text.Stderr);
        Assert.Contains("3 articles", text.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"… and \d+ more", text.Stdout);
        Assert.True(json.ExitCode == 0, json.ToString());
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Stats_SigInt_ReportsWhatWasReadWith130()
    {
        var records = File.ReadAllText(tool.Large);
        var run = ToolProcess.InterruptWhileReading(records, TimeSpan.FromSeconds(3), "stats", "--json", "-");

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("stopped by Ctrl+C", run.Stderr, StringComparison.Ordinal);
        AssertQuiet(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.InRange(doc.RootElement.GetProperty("articles").GetInt32(), 1, 1500);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("export")]
    public void ExtractOrExport_SigIntWhileStdinStaysOpen_WritesWhatWasReadWith130(string command)
    {
        var records = File.ReadAllText(tool.Large);
        string[] args = command == "export" ? ["export", "--table", "articles", "--format", "jsonl", "-"] : ["extract", "-"];

        var run = ToolProcess.InterruptWhileReading(records, TimeSpan.FromSeconds(3), args);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("stopped by Ctrl+C", run.Stderr, StringComparison.Ordinal);
        AssertQuiet(run);
        Assert.InRange(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 1, 1500);
        AssertJsonLines(run.Stdout);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("export")]
    [InlineData("stats")]
    public void AnyReadingCommand_SigIntWhileAFifoHasNoWriter_StopsWith130(string command)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Opening a FIFO blocks until a writer opens it too: nobody ever does here.
        var fifo = Path.Combine(tool.Folder, $"blocked-{command}.jsonl");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        string[] args = command switch
        {
            "export" => ["export", "--table", "figures", fifo],
            "stats" => ["stats", "--json", fifo],
            _ => ["extract", fifo],
        };

        var run = ToolProcess.InterruptAfter(TimeSpan.FromSeconds(5), args);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("stopped by Ctrl+C", run.Stderr, StringComparison.Ordinal);
        AssertQuiet(run);
        if (command == "stats")
        {
            using var doc = JsonDocument.Parse(run.Stdout);
            Assert.Equal(0, doc.RootElement.GetProperty("articles").GetInt32());
        }
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--top", "abc")]
    [InlineData("--max-bytes", "lots")]
    public void Stats_BadNumber_HumanUsageError(string option, string value)
    {
        var run = ToolProcess.Run(["stats", option, value, .. tool.Small]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{option} expects", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("export")]
    [InlineData("search")]
    public void MissingIndex_FailedInputOne(string command)
    {
        string[] args = command switch
        {
            "export" => ["export", "--table", "figures"],
            "search" => ["search", "tuyen hoa"],
            _ => [command],
        };

        var run = ToolProcess.Run([.. args, "--index", Path.Combine(tool.Folder, "missing.index")]);

        Assert.True(run.ExitCode == 1, run.ToString());
        AssertQuiet(run);
    }

    [Fact]
    public void Eval_Corpus_PrintsTableAndPasses()
    {
        var run = ToolProcess.Run("eval", CliRunner.Corpus, "--min-f1", "0.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("macro-F1", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("-0.1")]
    [InlineData("abc")]
    [InlineData("NaN")]
    public void Eval_MinF1OutsideZeroToOne_HumanUsageError(string value)
    {
        var run = ToolProcess.Run("eval", CliRunner.Corpus, "--min-f1", value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--min-f1 expects a number from 0 to 1", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_BelowThreshold_SaysSoAndExitsOne()
    {
        var folder = Directory.CreateDirectory(Path.Combine(tool.Folder, "gold-below")).FullName;
        var article = tool.Small[0];
        File.Copy(article, Path.Combine(folder, Path.GetFileName(article)), overwrite: true);
        var gold = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(article, null) + ".gold.json")).RootElement;
        var altered = JsonSerializer.Serialize(gold).Replace("\"dates\":[", "\"dates\":[\"1999-01-01\",\"1998-02-02\",\"1997-03-03\",", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(article) + ".gold.json"), altered);

        var run = ToolProcess.Run("eval", folder, "--min-f1", "0.999");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"macro-F1 0\.\d+ is below --min-f1 0\.999", run.Stderr);
    }

    [Fact]
    public void Index_Inputs_BuildsAnIndexAndSearchFindsIt()
    {
        Assert.True(tool.IndexRun.ExitCode == 0, tool.IndexRun.ToString());
        AssertQuiet(tool.IndexRun);

        var run = ToolProcess.Run("search", "tuyen hoa", "--index", tool.Index);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("match", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_FinishedRun_IsSelfContainedWhenCopied()
    {
        Assert.True(tool.IndexRun.ExitCode == 0, tool.IndexRun.ToString());
        var copy = Path.Combine(tool.Folder, "copied.index");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(tool.Index).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var original = ToolProcess.Run("stats", "--json", "--index", tool.Index);
        var copied = ToolProcess.Run("stats", "--json", "--index", copy);

        Assert.True(copied.ExitCode == 0, copied.ToString());
        Assert.Equal(original.Stdout, copied.Stdout);
        using var doc = JsonDocument.Parse(copied.Stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Search_HugeOffset_NoOverflowInTheMessage()
    {
        var run = ToolProcess.Run("search", "tuyen hoa", "--index", tool.Index, "--offset", "2147483647");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("-2147483648", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AtArgument_IsTheQueryNotAResponseFile()
    {
        var file = tool.Write("query.rsp", "tuyen hoa");

        var run = ToolProcess.Run("search", "@" + file, "--index", tool.Index, "--json");

        Assert.True(run.ExitCode is 0 or 2, run.ToString());
        Assert.DoesNotContain("tuyen hoa", run.Stdout, StringComparison.Ordinal);
        AssertQuiet(run);
    }
}
