using System.Text;
using TextMining.Export;
using TextMining.Extraction;
using TextMining.Parsing;

namespace TextMining.Tests.Export;

/// <summary>Every table of the five seeds, as CSV and as JSON Lines, against reviewed snapshots.</summary>
public sealed class SeedTableSnapshotTests
{
    public static TheoryData<ExportTable, TableFormat> Tables()
    {
        var data = new TheoryData<ExportTable, TableFormat>();
        foreach (var table in Enum.GetValues<ExportTable>())
        {
            data.Add(table, TableFormat.Csv);
            data.Add(table, TableFormat.JsonLines);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Write_SeedsTable_MatchesSnapshot(ExportTable table, TableFormat format)
    {
        using var output = new MemoryStream();

        TableExporter.Write(Seeds(), table, format, output);

        var name = $"seeds.{table.ToString().ToLowerInvariant()}";
        Snapshot.Match("Export", name, format == TableFormat.Csv ? "csv" : "jsonl", Encoding.UTF8.GetString(output.ToArray()));
    }

    private static IEnumerable<ArticleAnalysis> Seeds()
    {
        foreach (var path in Directory.GetFiles(RepoPaths.Corpus, "0*.txt").Order(StringComparer.Ordinal))
        {
            // A relative source keeps the snapshot independent of where the clone lives.
            var result = ArticleReader.ReadPlainText(File.ReadAllText(path), "corpus/" + Path.GetFileName(path));
            Assert.True(result.TryGetArticle(out var article), path);
            yield return TextMiningPipeline.Default.Analyze(article);
        }
    }
}
