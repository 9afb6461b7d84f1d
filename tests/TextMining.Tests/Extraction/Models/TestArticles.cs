using System.Text.Json;
using TextMining.Extraction;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Models;

/// <summary>Builds articles for extractor tests without the readers, and loads the seed articles and their gold.</summary>
internal static class TestArticles
{
    private const int MaxBylineChars = 100;

    /// <summary>An article with a title and one paragraph per element.</summary>
    public static Article Build(string title, params string[] paragraphs)
    {
        var builder = new ArticleBuilder("test") { Title = title };
        foreach (var p in paragraphs)
        {
            builder.AddBlock(ArticleBlockKind.Paragraph, p);
        }

        return builder.Build().Article!;
    }

    /// <summary>An article whose blocks are given with their kinds.</summary>
    public static Article Build(string title, params (ArticleBlockKind Kind, string Text)[] blocks)
    {
        var builder = new ArticleBuilder("test") { Title = title };
        foreach (var (kind, text) in blocks)
        {
            builder.AddBlock(kind, text);
        }

        return builder.Build().Article!;
    }

    /// <summary>Runs one stage over <paramref name="article"/> and returns the context.</summary>
    public static ExtractionContext Run(Article article, params IExtractionStage[] stages)
    {
        var context = new ExtractionContext(article);
        foreach (var stage in StageGraph.Order(stages))
        {
            stage.Run(context);
        }

        return context;
    }

    /// <summary>The seed names (file names without extension) in the bundled corpus folder.</summary>
    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    /// <summary>
    /// Loads a seed the way the plain-text reader lays it out: line 1 is the title; a line holding only a number
    /// (the view count), junk lines (only punctuation) and a short last line (the byline; a byline glued to the last
    /// paragraph stays in it) are skipped; short lines without
    /// a final period are captions; the other non-empty lines are paragraphs.
    /// </summary>
    public static Article LoadSeed(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Corpus, name + ".txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l.Any(char.IsLetterOrDigit))
            .ToList();
        var builder = new ArticleBuilder(name) { Title = lines[0] };
        var bylineCount = lines[^1].Length < MaxBylineChars ? 1 : 0;
        foreach (var line in lines.Skip(1).Take(lines.Count - 1 - bylineCount))
        {
            if (line.All(char.IsDigit))
            {
                continue;
            }

            var caption = line.Length < 200 && !line.EndsWith('.') && !line.EndsWith('…');
            builder.AddBlock(caption ? ArticleBlockKind.Caption : ArticleBlockKind.Paragraph, line);
        }

        return builder.Build().Article!;
    }

    /// <summary>The gold model names of a seed.</summary>
    public static IReadOnlyList<string> GoldModels(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".gold.json")));
        return doc.RootElement.GetProperty("models").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }
}
