using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

/// <summary>The five seeds in corpus/ read as plain text must give the gold metadata exactly.</summary>
public sealed class PlainTextSeedTests
{
    /// <summary>Seed, paragraphs, captions, source tag: counts checked by hand against the files.</summary>
    public static TheoryData<string, int, int, string?> Seeds() => new()
    {
        { "000_a8b8063e22b5bfd5", 3, 2, null },
        { "001_79c7c580c821ed32", 6, 7, null },
        { "002_2ba95aec68977a7d", 4, 0, "ĐN" },
        { "003_d14e820f91db3fca", 5, 1, null },
        { "004_e54cdf6b1a378940", 4, 8, null },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReadFile_Seed_MatchesGoldMetadata(string seed, int paragraphs, int captions, string? sourceTag)
    {
        var path = Path.Combine(RepoPaths.Corpus, seed + ".txt");
        var results = ArticleReader.ReadFile(path).ToList();

        var result = Assert.Single(results);
        Assert.True(result.TryGetArticle(out var article), string.Join("; ", result.Diagnostics));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, seed + ".gold.json")));
        var root = gold.RootElement;
        Assert.Equal(root.GetProperty("title").GetString(), article.Title);
        Assert.Equal(root.GetProperty("views").ValueKind == JsonValueKind.Null ? null : root.GetProperty("views").GetInt32(), article.Views);
        Assert.Equal(root.GetProperty("published").GetString(), article.PublishedIso);
        Assert.Equal(root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!), article.Authors);
        Assert.Equal(paragraphs, article.Paragraphs.Count);
        Assert.Equal(captions, article.Captions.Count);
        Assert.Equal(sourceTag, article.SourceTag);
        Assert.Empty(article.Diagnostics);
        Assert.Equal(path, article.Source);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReadPlainText_Seed_BlocksIndexTheText(string seed, int paragraphs, int captions, string? sourceTag)
    {
        _ = (paragraphs, captions, sourceTag);
        var text = File.ReadAllText(Path.Combine(RepoPaths.Corpus, seed + ".txt"));

        var article = ArticleReader.ReadPlainText(text, seed).Article!;

        Assert.StartsWith(article.Title + "\n\n", article.Text, StringComparison.Ordinal);
        Assert.All(article.Blocks, b => Assert.Equal(b.Text, article.Text.Substring(b.Span.Start, b.Span.Length)));
        Assert.DoesNotContain('\u00A0', article.Text);
        Assert.All(article.Authors, a => Assert.DoesNotContain(a, article.Text.Split('\n').Last(), StringComparison.Ordinal));
    }

    /// <summary>Every annotated article in corpus/ (seeds and the team's authored articles).</summary>
    public static TheoryData<string> GoldArticles()
    {
        var data = new TheoryData<string>();
        foreach (var gold in Directory.GetFiles(RepoPaths.Corpus, "*.gold.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(gold)[..^".gold.json".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldArticles))]
    public void ReadFile_EveryGoldArticle_MatchesTitleViewsPublishedAuthors(string name)
    {
        var result = Assert.Single(ArticleReader.ReadFile(Path.Combine(RepoPaths.Corpus, name + ".txt")));

        var article = result.Article!;
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".gold.json")));
        var root = gold.RootElement;
        Assert.Equal(root.GetProperty("title").GetString(), article.Title);
        Assert.Equal(root.GetProperty("views").ValueKind == JsonValueKind.Null ? null : root.GetProperty("views").GetInt32(), article.Views);
        Assert.Equal(root.GetProperty("published").GetString(), article.PublishedIso);
        Assert.Equal(root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!), article.Authors);
        Assert.NotEmpty(article.Paragraphs);
    }

    [Fact]
    public void ReadFile_Seed002_StripsSourceTagAndKeepsDateline()
    {
        var article = ArticleReader.ReadFile(Path.Combine(RepoPaths.Corpus, "002_2ba95aec68977a7d.txt")).Single().Article!;

        Assert.Equal("Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)", article.Dateline);
        Assert.StartsWith("Làm việc với Huyện ủy Thống Nhất", article.Lead, StringComparison.Ordinal);
        Assert.True(article.PublishedHasOffset);
        Assert.Equal(new DateTimeOffset(2017, 4, 21, 23, 34, 0, TimeSpan.FromHours(7)), article.Published);
    }

    [Fact]
    public void ReadFile_Seed000_CaptionsAreTheLinesBetweenImagePlaceholders()
    {
        var article = ArticleReader.ReadFile(Path.Combine(RepoPaths.Corpus, "000_a8b8063e22b5bfd5.txt")).Single().Article!;

        Assert.Equal(
            ["Toàn cảnh hội nghị.", "Lãnh đạo huyện Tuyên Hoa trao Bằng khen cho tập thể và cá nhân đạt thành tích xuất sắc trong phong trào toàn dân BVANTQ."],
            article.Captions);
    }
}
