using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Officials;

/// <summary>The annotated corpus articles (read with the plain-text reader) and articles built from paragraphs.</summary>
internal static class SeedArticles
{
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(RepoPaths.Corpus, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>Reads a corpus article through the plain-text reader.</summary>
    public static Article Load(string name)
    {
        foreach (var result in ArticleReader.ReadFile(Path.Combine(RepoPaths.Corpus, name + ".txt")))
        {
            if (result.TryGetArticle(out var article))
            {
                return article;
            }
        }

        throw new InvalidOperationException(name + " could not be read");
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
