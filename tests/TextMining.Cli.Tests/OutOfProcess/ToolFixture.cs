using System.Text;
using System.Text.Json;

namespace TextMining.Cli.Tests.OutOfProcess;

/// <summary>
/// Inputs shared by the out-of-process tests: three seed articles, a large JSON Lines file built from the seeds
/// (so that a pipe fills and Ctrl+C lands mid-run), and an index made by a real <c>textmining index</c> run.
/// </summary>
public sealed class ToolFixture : IDisposable
{
    public ToolFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tm-tool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Small = Directory.GetFiles(CliRunner.Corpus, "*.txt").Order(StringComparer.Ordinal).Take(3).ToArray();
        Large = Path.Combine(Folder, "large.jsonl");
        WriteLarge(Large, 1500);
        Batches = Path.Combine(Folder, "batches.jsonl");
        WriteLarge(Batches, Search.ArticleIndex.BatchSize + 200);
        Index = Path.Combine(Folder, "small.index");
        IndexRun = ToolProcess.Run(["index", .. Small, "--index", Index]);
    }

    public string Folder { get; }

    /// <summary>Three seed articles.</summary>
    public string[] Small { get; }

    /// <summary>1,500 records made from the seeds (a few MB of extract output).</summary>
    public string Large { get; }

    /// <summary>One index batch (<see cref="Search.ArticleIndex.BatchSize"/>) and 200 more records made from the seeds.</summary>
    public string Batches { get; }

    /// <summary>The index of <see cref="Small"/>.</summary>
    public string Index { get; }

    /// <summary>How the index run ended (a test asserts on it).</summary>
    internal ToolRun IndexRun { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned by the system otherwise.
        }
    }

    private static void WriteLarge(string path, int records)
    {
        var seeds = Directory.GetFiles(CliRunner.Corpus, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).Split('\n', 2)).ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < records; i++)
        {
            var seed = seeds[i % seeds.Length];
            writer.WriteLine(JsonSerializer.Serialize(new { title = $"{seed[0].Trim()} ({i})", body = seed.Length > 1 ? seed[1] : "Thân bài." }));
        }
    }
}
