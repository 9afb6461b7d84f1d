using System.Diagnostics;
using System.Text.Json;
using TextMining.Search;

namespace TextMining.Cli.Tests.OutOfProcess;

/// <summary>
/// The index folder under real processes: <c>kill -9</c> of a running <c>textmining index</c>, a second writer,
/// searches while it writes, Ctrl+C, and folders that are not indexes (issues #8 and #9).
/// </summary>
public sealed class IndexProcessTests(ToolFixture tool) : IClassFixture<ToolFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public void Index_KilledWithSigkill_LastCommitReadableSearchableAndRerunResumesToTheExactCount()
    {
        var records = File.ReadLines(tool.Batches).Take(ArticleIndex.BatchSize + 100).ToArray();
        var index = Path.Combine(tool.Folder, "killed.idx");

        // Standard input stays open, so the run cannot finish by itself: it is killed mid-run, however fast the machine.
        using (var writer = Start("index", "-", "--index", index))
        {
            writer.StandardInput.Write(string.Join('\n', records) + "\n");
            writer.StandardInput.Flush();
            var committed = WaitForCommit(index, writer);

            // Meanwhile: a second writer is refused, and searching works and sees the last commit.
            var second = ToolProcess.Run("index", tool.Small[0], "--index", index);
            Assert.True(second.ExitCode == 1, second.ToString());
            Assert.Contains("is being written by another process", second.Stderr, StringComparison.Ordinal);
            var search = ToolProcess.Run("search", "công an", "--index", index, "--json", "--limit", "0");
            Assert.True(search.ExitCode == 0, search.ToString());
            using (var json = JsonDocument.Parse(search.Stdout))
            {
                Assert.InRange(json.RootElement.GetProperty("total").GetInt32(), 1, committed + ArticleIndex.BatchSize);
            }

            writer.Kill();
            writer.WaitForExit();
            Assert.Equal(137, writer.ExitCode);
        }

        int afterKill;
        using (var reopened = ArticleIndex.OpenReadOnly(index))
        {
            afterKill = reopened.Count;
            // One whole batch: the rest waits for more input, which never comes.
            Assert.Equal(ArticleIndex.BatchSize, afterKill);
            Assert.Equal(afterKill, reopened.ReadAnalyses().Count());
            Assert.NotEmpty(reopened.Search("tuyen hoa").Hits);
        }

        // The same input again (the same source, so the committed articles are unchanged).
        var resumed = ToolProcess.RunWithInput(string.Join('\n', records) + "\n", "index", "-", "--index", index);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains($"{afterKill.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} unchanged", resumed.Stderr, StringComparison.Ordinal);
        using var done = ArticleIndex.OpenReadOnly(index);
        Assert.Equal(records.Length, done.Count);
    }

    [Fact]
    public async Task Index_SigInt_StopsAfterTheCurrentBatchWith130()
    {
        var records = File.ReadLines(tool.Batches).Take(ArticleIndex.BatchSize + 200);
        var index = Path.Combine(tool.Folder, "interrupted.idx");
        using var writer = Start("index", "-", "--index", index);
        writer.StandardInput.Write(string.Join('\n', records) + "\n");
        writer.StandardInput.Flush();
        WaitForCommit(index, writer);

        using (var kill = Process.Start("kill", ["-s", "INT", writer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }

        // The run says at once that it stops; reading standard input blocks until it ends, then the run writes what
        // it has read and stops.
        string? line;
        do
        {
            line = await writer.StandardError.ReadLineAsync().WaitAsync(Patience);
        }
        while (line is not null && line != "textmining: Ctrl+C: stopping after the current batch");

        Assert.NotNull(line);
        writer.StandardInput.Close();
        Assert.True(writer.WaitForExit(Patience), "index did not stop after Ctrl+C");
        var message = await writer.StandardError.ReadToEndAsync();
        Assert.True(writer.ExitCode == 130, message);
        Assert.Contains("stopped by Ctrl+C after the current batch", message, StringComparison.Ordinal);
        Assert.False(ToolProcess.HasStackTrace(message), message);
        Assert.DoesNotContain('\r', message);
        using var reopened = ArticleIndex.OpenReadOnly(index);
        Assert.InRange(reopened.Count, ArticleIndex.BatchSize, ArticleIndex.BatchSize + 200);
    }

    [Fact]
    public void Index_Compact_AsARealProcessMergesIntoOneSegmentAndSearchesTheSame()
    {
        var written = Path.Combine(tool.Folder, "as-written.idx");
        var compacted = Path.Combine(tool.Folder, "compacted.idx");
        var plain = ToolProcess.RunWithStdoutClosed("index", tool.Large, "--index", written);
        var run = ToolProcess.RunWithStdoutClosed("index", tool.Large, "--index", compacted, "--compact");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("compacted into one segment", run.Stderr, StringComparison.Ordinal);
        Assert.False(ToolProcess.HasStackTrace(run.Stderr), run.ToString());
        using (var directory = Lucene.Net.Store.FSDirectory.Open(compacted))
        using (var reader = Lucene.Net.Index.DirectoryReader.Open(directory))
        {
            Assert.Single(reader.Leaves);
        }

        // The records repeat three seeds, so most scores tie; ties go by document number, which merging changes.
        foreach (var query in new[] { "công an", "tuyen hoa", "ANTQ" })
        {
            var expected = ToolProcess.Run("search", query, "--index", written, "--json", "--limit", "20", "--facets");
            var actual = ToolProcess.Run("search", query, "--index", compacted, "--json", "--limit", "20", "--facets");
            Assert.True(actual.ExitCode == 0, actual.ToString());
            Assert.Equal(Ranking(expected.Stdout), Ranking(actual.Stdout));
        }

        var file = Path.Combine(tool.Folder, "compacted-search.txt");
        var toFile = ToolProcess.RunStdoutToFile(file, "search", "công an", "--index", compacted);
        Assert.True(toFile.ExitCode == 0, toFile.ToString());
        Assert.Contains("articles match công an", File.ReadAllText(file), StringComparison.Ordinal);
        var intoHead = ToolProcess.RunIntoHead(1, "search", "công an", "--index", compacted);
        Assert.True(intoHead.ExitCode is 0 or 141, intoHead.ToString());
        Assert.False(ToolProcess.HasStackTrace(intoHead.Stderr), intoHead.ToString());
    }

    /// <summary>A search's total, facets and the scores of its hits in order.</summary>
    private static string Ranking(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var scores = root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("score").GetRawText());
        return root.GetProperty("total").GetRawText() + " " + string.Join(',', scores) + " " + root.GetProperty("facets").GetRawText();
    }

    [Fact]
    public void SearchAndIndex_ForeignFolderOrOldSqliteFile_ClearErrorExitOne()
    {
        var foreign = Directory.CreateDirectory(Path.Combine(tool.Folder, "holiday-photos")).FullName;
        File.WriteAllText(Path.Combine(foreign, "beach.jpg"), "not an index");
        var old = Path.Combine(tool.Folder, "corpus.db");
        File.WriteAllBytes(old, [.. "SQLite format 3\0"u8, .. new byte[8192]]);

        foreach (var (path, message) in new[] { (foreign, "not a TextMining search index"), (old, "made by an earlier version; rebuild it with `textmining index`") })
        {
            var search = ToolProcess.Run("search", "tuyen hoa", "--index", path);
            var index = ToolProcess.Run("index", tool.Small[0], "--index", path);
            foreach (var run in new[] { search, index })
            {
                Assert.True(run.ExitCode == 1, run.ToString());
                Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
                Assert.False(ToolProcess.HasStackTrace(run.Stderr), run.ToString());
            }
        }

        Assert.Equal(["beach.jpg"], Directory.GetFiles(foreign).Select(Path.GetFileName));
    }

    [Fact]
    public void Search_Json_HighlightsAreOffsetsIntoTheSnippetAndPublishedIsFilled()
    {
        Assert.True(tool.IndexRun.ExitCode == 0, tool.IndexRun.ToString());
        var text = ToolProcess.Run("search", "tuyen hoa", "--index", tool.Index);
        var run = ToolProcess.Run("search", "tuyen hoa", "--index", tool.Index, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToArray();
        Assert.NotEmpty(hits);
        Assert.StartsWith("Huyện Tuyên Hóa", hits[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var hit in hits)
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            var highlights = hit.GetProperty("highlights").EnumerateArray().ToArray();
            Assert.NotEmpty(highlights);
            foreach (var h in highlights)
            {
                var marked = snippet.Substring(h.GetProperty("start").GetInt32(), h.GetProperty("length").GetInt32());
                Assert.Contains(TextMining.Text.VietnameseText.Fold(marked), new[] { "tuyen", "hoa", "tuyen hoa" });
            }

            // The text output shows a date for every hit that has one; the JSON says the same.
            var published = hit.GetProperty("published");
            Assert.Equal(JsonValueKind.String, published.ValueKind);
            Assert.Contains(published.GetString()![..10], text.Stdout, StringComparison.Ordinal);
        }
    }

    private static Process Start(params string[] args) => Process.Start(ToolProcess.StartInfo(args))!;

    /// <summary>Waits until the index at <paramref name="index"/> has a commit with articles; returns how many.</summary>
    private static int WaitForCommit(string index, Process writer)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            Assert.False(writer.HasExited, "index ended before it was interrupted");
            if (Directory.Exists(index))
            {
                try
                {
                    using var reader = ArticleIndex.OpenReadOnly(index);
                    if (reader.Count > 0)
                    {
                        return reader.Count;
                    }
                }
                catch (SearchIndexException)
                {
                    // Not created yet.
                }
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("no batch was committed in time");
    }
}
