using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Figures;

/// <summary>Builds articles for the figures tests without the readers (which land separately).</summary>
internal static class FigureTestArticles
{
    /// <summary>An article with a title and one paragraph per string.</summary>
    public static Article FromParagraphs(string title, params string[] paragraphs)
    {
        var builder = new ArticleBuilder("test");
        builder.Title = title;
        foreach (var p in paragraphs)
        {
            builder.AddBlock(ArticleBlockKind.Paragraph, p);
        }

        return builder.Build().Article!;
    }

    /// <summary>
    /// Reads a seed the way the plain-text reader lays it out: line 1 is the title; the numeric view-count line, the
    /// visible dateline, junk lines (<c>.</c>, <c>;</c>) and the last line (the byline) are left out; short lines
    /// without a final period are captions, other lines paragraphs.
    /// </summary>
    public static Article FromSeed(string path)
    {
        var lines = File.ReadAllLines(path)
            .Select(l => l.Replace('\u00A0', ' ').Trim())
            .Where(l => l.Length > 0 && l.Any(char.IsLetterOrDigit))
            .ToList();
        var builder = new ArticleBuilder(path) { Title = lines[0] };
        for (var i = 1; i < lines.Count - 1; i++)
        {
            var line = lines[i];
            if (line.All(char.IsAsciiDigit))
            {
                continue;
            }

            if (DatelineParser.LooksLikeDateline(line))
            {
                builder.AddBlock(ArticleBlockKind.Dateline, line);
                continue;
            }

            var caption = line.Length < 200 && !line.EndsWith('.') && !line.EndsWith('…') && !line.EndsWith(':');
            builder.AddBlock(caption ? ArticleBlockKind.Caption : ArticleBlockKind.Paragraph, line);
        }

        return builder.Build().Article!;
    }

    /// <summary>The seed names in ../shared/seeds.</summary>
    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        if (RepoPaths.Shared is { } shared)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }
        }
        else
        {
            data.Add("(none)");
        }

        return data;
    }

    /// <summary>A gold figure.</summary>
    public sealed record GoldFigure(double Value, double? Total, string? Unit, string Qualifier);

    /// <summary>The gold figures and optional figure values of a seed.</summary>
    public static (IReadOnlyList<GoldFigure> Figures, IReadOnlyList<double> Optional) ReadGold(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var figures = new List<GoldFigure>();
        if (doc.RootElement.TryGetProperty("figures", out var list))
        {
            foreach (var f in list.EnumerateArray())
            {
                figures.Add(new GoldFigure(
                    f.GetProperty("value").GetDouble(),
                    f.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null,
                    f.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null,
                    f.TryGetProperty("qualifier", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : "exact"));
            }
        }

        var optional = new List<double>();
        if (doc.RootElement.TryGetProperty("optionalFigures", out var opt))
        {
            foreach (var o in opt.EnumerateArray())
            {
                optional.Add(o.GetDouble());
            }
        }

        return (figures, optional);
    }
}
