using TextMining.Extraction;
using TextMining.Parsing;

namespace TextMining.Tests.Export;

/// <summary>Analyses of the five seeds and of the whole bundled corpus, computed once per test run.</summary>
internal static class ExportSamples
{
    private static readonly Lazy<IReadOnlyList<ArticleAnalysis>> SeedsLazy = new(() => Analyze(
        Directory.GetFiles(RepoPaths.Corpus, "0*.txt").Order(StringComparer.Ordinal).ToArray()));

    private static readonly Lazy<IReadOnlyList<ArticleAnalysis>> CorpusLazy = new(() => Analyze(
        Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).ToArray()));

    /// <summary>The five seed articles (corpus/0*.txt).</summary>
    public static IReadOnlyList<ArticleAnalysis> Seeds => SeedsLazy.Value;

    /// <summary>Every article of corpus/.</summary>
    public static IReadOnlyList<ArticleAnalysis> Corpus => CorpusLazy.Value;

    private static List<ArticleAnalysis> Analyze(string[] paths)
    {
        var analyses = new List<ArticleAnalysis>();
        foreach (var path in paths)
        {
            // A relative source keeps outputs independent of where the clone lives.
            var result = ArticleReader.ReadPlainText(File.ReadAllText(path), "corpus/" + Path.GetFileName(path));
            Assert.True(result.TryGetArticle(out var article), path);
            analyses.Add(TextMiningPipeline.Default.Analyze(article));
        }

        return analyses;
    }
}
