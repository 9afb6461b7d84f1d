namespace TextMining.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "--max-bytes", "lots", "x")]
    [InlineData("export", "corpus", "--table", "nonsense")]
    [InlineData("export", "corpus", "--table", "figures", "--format", "xml")]
    [InlineData("no-such-command")]
    [InlineData("eval")]
    public void Run_UsageError_ExitsWithTwoAndExplains(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Contains("textmining", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_DocumentsEveryCommand()
    {
        var (code, stdout, _) = CliRunner.Run("--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "extract", "eval", "export", "stats" })
        {
            Assert.Contains(command, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Eval_MissingFolder_ExitsWithOneAsAMissingInput()
    {
        var (code, _, stderr) = CliRunner.Run("eval", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));

        Assert.Equal(1, code);
        Assert.Contains("no such folder", stderr, StringComparison.Ordinal);
    }
}
