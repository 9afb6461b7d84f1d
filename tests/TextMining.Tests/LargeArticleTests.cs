using System.Diagnostics;
using System.Text;
using TextMining.Parsing;

namespace TextMining.Tests;

/// <summary>
/// Reading and analysing an article costs time in proportion to its length (issue #9: a 30 MB article took six
/// minutes in <c>extract</c>; every finding was checked against every earlier one). Measured as a ratio within one
/// run, so the machine's speed and load cancel out.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LargeArticleTests
{
    [Fact]
    public void ReadAndAnalyze_TenTimesLonger_AtMostThirtyTimesSlower()
    {
        var seedLines = Directory.GetFiles(Path.Combine(RepoPaths.Root, "corpus"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f)).Where(l => l.Trim().Length > 0).ToArray();
        ReadAndAnalyze(Repeat(seedLines, 20_000));

        var small = Time(Repeat(seedLines, 200_000));
        var large = Time(Repeat(seedLines, 2_000_000));

        Assert.True(large <= 30 * small, $"200 kB: {small.TotalMilliseconds:F0} ms, 2 MB: {large.TotalMilliseconds:F0} ms ({large / small:F1}×)");
    }

    /// <summary>An article of about <paramref name="chars"/> characters: the seeds' lines over and over, without blank lines.</summary>
    private static string Repeat(string[] lines, int chars)
    {
        var text = new StringBuilder("Tiêu đề của một bài rất dài\n\n", chars + 1000);
        for (var i = 0; text.Length < chars; i++)
        {
            text.Append(lines[i % lines.Length]).Append('\n');
        }

        return text.ToString();
    }

    private static TimeSpan Time(string text)
    {
        var clock = Stopwatch.StartNew();
        ReadAndAnalyze(text);
        return clock.Elapsed;
    }

    private static void ReadAndAnalyze(string text)
    {
        var result = ArticleReader.ReadPlainText(text, "long.txt");
        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        var analysis = TextMiningPipeline.Default.Analyze(result.Article!);
        Assert.NotEmpty(analysis.Figures);
    }
}
