using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Officials;

/// <summary>
/// Builds articles for tests without the plain-text reader: title = first non-empty line, paragraphs = the other
/// non-empty lines, skipping a line that holds only a number (the view count), junk lines (<c>.</c>, <c>;</c>) and the
/// last line (the byline).
/// </summary>
internal static class SeedArticles
{
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(RepoPaths.Corpus, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static Article Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Corpus, name + ".txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l is not "." and not ";")
            .ToList();
        lines.RemoveAt(lines.Count - 1);
        return Build(lines[0], lines.Skip(1).Where(l => !l.All(char.IsDigit)).ToArray());
    }

    public static Article Build(string title, params string[] paragraphs)
    {
        var builder = new ArticleBuilder("test") { Title = title };
        foreach (var paragraph in paragraphs)
        {
            builder.AddBlock(ArticleBlockKind.Paragraph, paragraph);
        }

        return builder.Build().Article!;
    }

    /// <summary>The gold officials of a seed: (name, rank, positions).</summary>
    public static IReadOnlyList<(string Name, string? Rank, string[] Positions)> GoldOfficials(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".gold.json")));
        return document.RootElement.GetProperty("officials").EnumerateArray()
            .Select(o => (
                o.GetProperty("name").GetString()!,
                o.GetProperty("rank").ValueKind == JsonValueKind.Null ? null : o.GetProperty("rank").GetString(),
                o.GetProperty("positions").EnumerateArray().Select(p => p.GetString()!).ToArray()))
            .ToArray();
    }
}
