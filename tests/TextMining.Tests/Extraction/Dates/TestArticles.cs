using System.Text.Json;
using TextMining.Extraction;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Dates;

/// <summary>
/// Builds articles for the date and document tests: from a title and paragraphs through <see cref="ArticleBuilder"/>,
/// or from the annotated articles of <c>corpus/</c> through the plain-text reader.
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

    /// <summary>The annotated articles of the repository's corpus folder (seeds and authored articles).</summary>
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

    /// <summary>Reads <c>corpus/&lt;seed&gt;.txt</c> with the plain-text reader.</summary>
    public static Article Seed(string seed)
    {
        var path = Path.Combine(RepoPaths.Corpus, seed + ".txt");
        return ArticleReader.ReadPlainText(File.ReadAllText(path), path).Article!;
    }
}
