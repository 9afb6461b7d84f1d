using System.Text.Json;

namespace TextMining.Cli.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Extract_Corpus_OneJsonLinePerArticleWithSpansIntoText()
    {
        var (code, stdout, stderr) = CliRunner.Run("extract", CliRunner.Corpus);

        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var articles = Directory.GetFiles(CliRunner.Corpus, "*.txt").Length;
        Assert.Equal(articles, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString()!;
            foreach (var kind in new[] { "dates", "figures", "models", "documents", "locations", "organizations" })
            {
                foreach (var item in root.GetProperty(kind).EnumerateArray())
                {
                    var start = item.GetProperty("start").GetInt32();
                    var length = item.GetProperty("length").GetInt32();
                    Assert.Equal(item.GetProperty("text").GetString(), text.Substring(start, length));
                }
            }

            foreach (var official in root.GetProperty("officials").EnumerateArray())
            {
                foreach (var mention in official.GetProperty("mentions").EnumerateArray())
                {
                    Assert.Equal(mention.GetProperty("text").GetString(), text.Substring(mention.GetProperty("start").GetInt32(), mention.GetProperty("length").GetInt32()));
                }
            }
        }
    }

    [Fact]
    public void Extract_Seeds_TitleViewsPublishedAuthorsEqualGold()
    {
        foreach (var gold in Directory.GetFiles(CliRunner.Corpus, "0*.gold.json"))
        {
            var article = gold.Replace(".gold.json", ".txt", StringComparison.Ordinal);
            var (code, stdout, _) = CliRunner.Run("extract", article);
            Assert.Equal(0, code);
            using var expected = JsonDocument.Parse(File.ReadAllText(gold));
            using var actual = JsonDocument.Parse(stdout);
            foreach (var field in new[] { "title", "views", "published", "authors" })
            {
                var want = expected.RootElement.GetProperty(field);
                var got = actual.RootElement.GetProperty(field);
                Assert.True(JsonElement.DeepEquals(want, got), $"{Path.GetFileName(article)} {field}: expected {want.GetRawText()}, got {got.GetRawText()}");
            }
        }
    }

    [Fact]
    public void Extract_BadInputAmongGood_ReportsItAndProcessesTheOthers()
    {
        var dir = Directory.CreateTempSubdirectory("textmining-cli-");
        try
        {
            File.Copy(Path.Combine(CliRunner.Corpus, "000_a8b8063e22b5bfd5.txt"), Path.Combine(dir.FullName, "a.txt"));
            File.WriteAllBytes(Path.Combine(dir.FullName, "b.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
            File.WriteAllText(Path.Combine(dir.FullName, "c.txt"), string.Empty);

            var (code, stdout, stderr) = CliRunner.Run("extract", dir.FullName);

            Assert.Equal(1, code);
            Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("b.txt", stderr, StringComparison.Ordinal);
            Assert.Contains("c.txt", stderr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Extract_MissingInput_ExitsWithOneNamingIt()
    {
        var (code, _, stderr) = CliRunner.Run("extract", "no-such-file-xyz.txt");

        Assert.Equal(1, code);
        Assert.Contains("no-such-file-xyz.txt", stderr, StringComparison.Ordinal);
    }
}
