using System.Diagnostics;
using TextMining.Parsing;
using Xunit.Abstractions;

namespace TextMining.Tests.Parsing;

/// <summary>Reads the real corpora in ../shared end to end (skipped when ../shared is absent).</summary>
[Collection(SerialCollection.Name)]
public sealed class SharedCorpusReadingTests(ITestOutputHelper output)
{
    [SharedFact]
    [Trait("Category", "SharedCorpus")]
    public void ReadFile_GeneralBaomoi_ReadsAll30000RecordsWithFlatMemory()
    {
        var path = Path.Combine(RepoPaths.Shared!, "corpus", "general-baomoi.jsonl.gz");
        var watch = Stopwatch.StartNew();
        var count = 0;
        var chars = 0L;
        var heaps = new List<long>();
        foreach (var result in ArticleReader.ReadFile(path))
        {
            Assert.True(result.Success, result.Source + ": " + string.Join("; ", result.Diagnostics));
            chars += result.Article!.Text.Length;
            if (++count % 5000 == 0)
            {
                heaps.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        output.WriteLine($"{count} records, {chars} chars in {watch.Elapsed.TotalSeconds:F1} s; heap after GC: {string.Join(", ", heaps.Select(h => h / 1024 / 1024 + " MB"))}");
        Assert.Equal(30000, count);
        Assert.True(heaps.Max() - heaps[0] < 32L * 1024 * 1024, "the heap grew with the number of records");
    }

    [SharedFact]
    [Trait("Category", "SharedCorpus")]
    public void ReadFile_GeneralDantri_ReadsEveryRecordAndMostTitles()
    {
        var results = ArticleReader.ReadFile(Path.Combine(RepoPaths.Shared!, "corpus", "general-dantri.jsonl.gz")).ToList();

        Assert.Equal(2653, results.Count);
        Assert.All(results, r => Assert.True(r.Success, string.Join("; ", r.Diagnostics)));
        Assert.All(results, r => Assert.NotNull(r.Article!.Published));
        var titled = results.Count(r => r.Article!.Title.Length > 0);
        output.WriteLine($"{titled} of {results.Count} dantri records have a title");
        Assert.True(titled >= 179);
    }
}
