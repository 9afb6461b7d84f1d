using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextMining.Evaluation;

namespace TextMining.Tests.Evaluation;

/// <summary>
/// Keeps the hand gold of <c>Assets/web-gold</c> honest: every file names a record of <c>../shared</c>, and every
/// official name, position, model name and document it lists occurs, diacritic-exact, in that record's title or body.
/// </summary>
public sealed class WebGoldTests
{
    private const string SharedPrefix = "shared:";

    private static readonly Dictionary<string, List<SourceRecord>> Cache = [];

    private static string WebGold => Path.Combine(RepoPaths.Assets, "web-gold");

    [SharedFact]
    public void WebGold_EveryFile_NamesOneRecordWithItsTitleAndDate()
    {
        var files = GoldFiles();

        Assert.NotEmpty(files);
        var problems = new List<string>();
        foreach (var path in files)
        {
            var gold = GoldArticle.Load(path);
            var record = FindRecord(gold);
            if (record is null)
            {
                problems.Add($"{Path.GetFileName(path)}: no record with url {gold.Url} in {gold.File}");
                continue;
            }

            if (gold.Title != record.Title)
            {
                problems.Add($"{Path.GetFileName(path)}: title \"{gold.Title}\" ≠ record's \"{record.Title}\"");
            }

            if (gold.Published != record.Published)
            {
                problems.Add($"{Path.GetFileName(path)}: published {gold.Published} ≠ record's {record.Published}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SharedFact]
    public void WebGold_EveryNamePositionModelAndDocument_OccursInTheRecordText()
    {
        var problems = new List<string>();
        foreach (var path in GoldFiles())
        {
            var gold = GoldArticle.Load(path);
            var record = FindRecord(gold);
            if (record is null)
            {
                problems.Add($"{Path.GetFileName(path)}: no record with url {gold.Url}");
                continue;
            }

            var strings = gold.Officials.SelectMany(o => o.Positions.Prepend(o.Name).Select(s => ("official", s)))
                .Concat(gold.Models.Select(m => ("model", m)))
                .Concat(gold.Documents.Select(d => ("document", d)));
            problems.AddRange(strings
                .Where(s => !record.Text.Contains(s.Item2.Normalize(NormalizationForm.FormC), StringComparison.Ordinal))
                .Select(s => $"{Path.GetFileName(path)}: {s.Item1} \"{s.Item2}\" is not in the record's text"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The officials bar on real articles (issue 11): officials F1 over both annotators' 52 records, dev and held out,
    /// at least 0.95 (0.947 on arrival). The message lists every missed and extra official.
    /// </summary>
    [SharedFact]
    public void EvaluateFolder_WebGoldWholeSet_OfficialsF1AtLeast095()
    {
        var report = Evaluator.EvaluateFolder(WebGold);

        Assert.True(report.Articles.Count >= 50, $"web-gold should hold 52 records, found {report.Articles.Count}");
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        var officials = report[ScoredKind.Officials];
        var misses = report.Articles.SelectMany(a => a.Outcomes.Where(o => o.Kind == ScoredKind.Officials)
            .SelectMany(o => o.Missed.Select(m => $"missed {m}").Concat(o.Extra.Select(e => $"extra {e}"))));
        Assert.True(
            officials.F1 >= 0.95,
            $"officials P {officials.Precision:F3} R {officials.Recall:F3} F1 {officials.F1:F3}: {string.Join("; ", misses)}");
    }

    [SharedFact]
    public void WebGold_HeldOutAndDev_AreDisjoint()
    {
        var dev = Names("dev");
        var heldOut = Names("heldout");

        Assert.NotEmpty(dev);
        Assert.NotEmpty(heldOut);
        Assert.Empty(dev.Intersect(heldOut, StringComparer.Ordinal));
    }

    private static string[] Names(string split)
    {
        var folder = Path.Combine(WebGold, split);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.gold.json").Select(Path.GetFileName).OfType<string>()]
            : [];
    }

    private static List<string> GoldFiles() =>
        [.. Directory.EnumerateFiles(WebGold, "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>The record the gold file names: its <c>shared:</c> file and URL, read straight from the JSON Lines.</summary>
    private static SourceRecord? FindRecord(GoldArticle gold)
    {
        Assert.NotNull(gold.File);
        Assert.StartsWith(SharedPrefix, gold.File, StringComparison.Ordinal);
        var path = Path.Combine(RepoPaths.Shared!, gold.File[SharedPrefix.Length..]);
        Assert.True(File.Exists(path), $"{gold.File} is not in ../shared");
        return Records(path).SingleOrDefault(r => r.Url == gold.Url);
    }

    private static List<SourceRecord> Records(string path)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var records))
            {
                records = [.. ReadRecords(path)];
                Cache[path] = records;
            }

            return records;
        }
    }

    private static IEnumerable<SourceRecord> ReadRecords(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var title = Text(root, "title");
            var body = Text(root, "body") ?? string.Empty;
            yield return new SourceRecord(
                Text(root, "url"),
                title,
                Text(root, "published"),
                ((title ?? string.Empty) + "\n" + body).Normalize(NormalizationForm.FormC));
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record SourceRecord(string? Url, string? Title, string? Published, string Text);
}
