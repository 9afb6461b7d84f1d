using System.IO.Compression;
using TextMining.Parsing;

namespace TextMining.Tests.Extraction.Models;

/// <summary>
/// Guards the stage's precision outside the genre: general news (<c>../shared/corpus/general-baomoi.jsonl.gz</c>) names
/// almost no grassroots security models, so the number of models found over its first 3,000 articles may not grow when
/// rules are added for movement articles.
/// </summary>
public sealed class GeneralNewsModelCountTests
{
    private const int Articles = 3000;

    /// <summary>
    /// Models found by the default pipeline over the first 3,000 general articles when the rules for real movement
    /// articles (issue 11) were added: 11, all quoted names of other fields' schemes (<c>Ngày thứ bảy tình nguyện</c>,
    /// <c>Hàng cây thanh niên</c>); the same count before and after those rules.
    /// </summary>
    private const int MaxModels = 11;

    [SharedFact]
    public void Run_FirstGeneralArticles_FindNoMoreModelsThanBefore()
    {
        var path = Path.Combine(RepoPaths.Shared!, "corpus", "general-baomoi.jsonl.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var found = new List<string>();
        var read = 0;
        foreach (var result in JsonLinesArticleReader.Read(gzip, path, ArticleReaderOptions.Default).Take(Articles))
        {
            read++;
            if (result.TryGetArticle(out var article))
            {
                found.AddRange(TextMiningPipeline.Default.Analyze(article).Models.Select(m => m.Name));
            }
        }

        Assert.Equal(Articles, read);
        Assert.True(found.Count <= MaxModels, $"{found.Count} models (at most {MaxModels}): {string.Join(" | ", found)}");
    }
}
