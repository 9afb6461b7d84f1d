namespace TextMining.Cli.Tests.OutOfProcess;

/// <summary><c>train-relevance</c> and <c>--relevance-model</c> run as the built tool in their own process.</summary>
public sealed class RelevanceToolTests(RelevanceFixture fixture) : IClassFixture<RelevanceFixture>
{
    [Fact]
    public void TrainRelevance_ThenExtractWithTheModel()
    {
        var model = Path.Combine(fixture.Folder, "tool-model.zip");
        var train = ToolProcess.Run("train-relevance", fixture.Labels, CliRunner.Corpus, fixture.Others, "-o", model, "--seed", "3");
        Assert.True(train.ExitCode == 0, train.ToString());
        Assert.Contains("recall", train.Stdout, StringComparison.Ordinal);
        Assert.False(ToolProcess.HasStackTrace(train.Stderr), train.ToString());

        var extract = ToolProcess.Run("extract", fixture.Others, "--relevance-model", model);
        Assert.True(extract.ExitCode == 0, extract.ToString());
        Assert.Equal(10, extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"relevance\":{\"score\":", extract.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RelevanceModel_BadFile_ExitOneNoStackTrace()
    {
        var run = ToolProcess.Run("extract", CliRunner.Corpus, "--relevance-model", fixture.Labels);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("not a relevance model", run.Stderr, StringComparison.Ordinal);
        Assert.False(ToolProcess.HasStackTrace(run.Stderr), run.ToString());
    }
}
