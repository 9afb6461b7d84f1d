using System.IO.Compression;
using System.Text.Json;
using TextMining.Extraction;

namespace TextMining.Tests.Extraction.Models;

/// <summary>Runs the place, organisation, abbreviation and model stages over the real movement articles in ../shared.</summary>
public sealed class MovementCorpusTests
{
    [SharedFact]
    public void Analyze_MovementArticles_SpansIndexTheTextAndKnownEntitiesAreFound()
    {
        var pipeline = new TextMiningPipelineBuilder().UseAbbreviations().UseOrganizations().UsePlaces().UseGrassrootsModels().Build();
        var analyses = ReadMovementArticles().Select(pipeline.Analyze).ToArray();

        Assert.NotEmpty(analyses);
        foreach (var analysis in analyses)
        {
            var text = analysis.Article.Text;
            Assert.Empty(analysis.Diagnostics);
            Assert.All(analysis.Organizations, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
            Assert.All(analysis.Places, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
            Assert.All(analysis.Abbreviations, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
            Assert.All(analysis.Models, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
        }

        var all = analyses.SelectMany(a => a.Organizations.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Công an tỉnh Sóc Trăng", all);
        Assert.Contains("Bộ Công an", all);
        Assert.Contains("Công an huyện Tri Tôn", all);
        var places = analyses.SelectMany(a => a.Places).ToArray();
        Assert.Contains(places, l => l.Text == "xã Châu Lăng" && l.Province == "An Giang");
        Assert.Contains(analyses.SelectMany(a => a.Abbreviations), m => m.Text == "ĐBSCL");
    }

    private static IEnumerable<Article> ReadMovementArticles()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus"), "movement-*.jsonl.gz"))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            while (reader.ReadLine() is { } line)
            {
                using var doc = JsonDocument.Parse(line);
                var title = doc.RootElement.GetProperty("title").GetString() ?? string.Empty;
                var body = doc.RootElement.GetProperty("body").GetString() ?? string.Empty;
                yield return TestArticles.Build(title, body.Split('\n'));
            }
        }
    }
}
