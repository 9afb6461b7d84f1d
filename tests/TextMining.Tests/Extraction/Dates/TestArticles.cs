using System.Text.Json;
using TextMining.Extraction;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Dates;

/// <summary>
/// Builds articles for the date and document tests without the readers: from a title and paragraphs, or from a
/// seed file shaped like <c>corpus/*.txt</c> (title on line 1, the view count and the byline left out).
/// </summary>
internal static class TestArticles
{
    private static readonly TextMiningPipeline Pipeline = new TextMiningPipelineBuilder().UseDocuments().UseVietnameseDates().Build();

    public static Article Build(string title, params string[] paragraphs) => BuildWith(title, null, null, paragraphs);

    public static Article BuildWith(string title, DateTimeOffset? published, string? dateline, params string[] paragraphs)
    {
        var builder = new ArticleBuilder("test") { Title = title, Published = published };
        if (dateline is not null)
        {
            builder.AddBlock(ArticleBlockKind.Dateline, dateline);
        }

        foreach (var paragraph in paragraphs)
        {
            builder.AddBlock(ArticleBlockKind.Paragraph, paragraph);
        }

        return builder.Build().Article!;
    }

    /// <summary>Runs the document and date extractors.</summary>
    public static ArticleAnalysis Analyze(Article article) => Pipeline.Analyze(article);

    /// <summary>Analyses one paragraph under a title that states no year.</summary>
    public static ArticleAnalysis AnalyzeParagraph(string paragraph, string title = "Tin tức") => Analyze(Build(title, paragraph));

    /// <summary>
    /// A seed-shaped article: line 1 is the title; a line holding only a number is the view count; a line starting
    /// with <c>Cập nhật lúc</c> is the dateline; the last non-junk line is the byline; every other non-empty line is a
    /// paragraph.
    /// </summary>
    public static Article FromSeed(string path)
    {
        var lines = File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l.Any(char.IsLetterOrDigit))
            .ToList();
        var builder = new ArticleBuilder(path) { Title = lines[0] };
        var last = lines.Count - 1;
        for (var i = 1; i < last; i++)
        {
            var line = lines[i];
            if (line.All(char.IsAsciiDigit))
            {
                continue;
            }

            builder.AddBlock(line.StartsWith("Cập nhật lúc", StringComparison.Ordinal) ? ArticleBlockKind.Dateline : ArticleBlockKind.Paragraph, line);
        }

        return builder.Build().Article!;
    }

    /// <summary>The seeds in the repository's corpus folder with their gold files.</summary>
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var gold in Directory.GetFiles(RepoPaths.Corpus, "*.gold.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(gold)[..^".gold.json".Length]);
        }

        return data;
    }

    public static JsonElement Gold(string seed)
    {
        using var stream = File.OpenRead(Path.Combine(RepoPaths.Corpus, seed + ".gold.json"));
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    public static string[] Strings(JsonElement gold, string property) =>
        gold.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];

    public static Article Seed(string seed) => FromSeed(Path.Combine(RepoPaths.Corpus, seed + ".txt"));
}
