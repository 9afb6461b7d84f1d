using System.Text;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

public sealed class ArticleReaderInputsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ArticleReaderInputsTests()
    {
        _folder.Write("b.txt", "Bài B\n\nThân bài B.");
        _folder.Write("a.txt", "Bài A\n\nThân bài A.");
        _folder.Write("a.gold.json", "{\"title\":\"gold\"}");
        _folder.Write("notes.md", "# not an article");
        _folder.Write("sub/c.html", "<html><body><p>C</p></body></html>");
        _folder.Write("sub/deeper/d.jsonl", "{\"title\":\"Bài D1\",\"body\":\"Thân D1.\"}\n{\"title\":\"Bài D2\",\"body\":\"Thân D2.\"}\n");
        _folder.Write("sub/e.jsonl.gz", TempFolder.Gzip("{\"title\":\"Bài E\",\"body\":\"Thân E.\"}\n"));
        _folder.Write("Z.htm", "<html><body><p>Z</p></body></html>");
        _folder.Write(".hidden/h.txt", "Ẩn\n\nKhông đọc.");
    }

    public void Dispose() => _folder.Dispose();

    private string Rel(string path) => Path.GetRelativePath(_folder.Path, path.Split(':')[0]).Replace('\\', '/');

    [Fact]
    public void Expand_Folder_ListsReadableFilesRecursivelyInOrdinalOrder()
    {
        var paths = InputExpander.Expand([_folder.Path]).Select(i => Rel(i.Path)).ToList();

        Assert.Equal(["Z.htm", "a.txt", "b.txt", "sub/c.html", "sub/e.jsonl.gz", "sub/deeper/d.jsonl"], paths);
    }

    [Fact]
    public void ReadInputs_Folder_ReadsEveryRecordInOrder()
    {
        var results = ArticleReader.ReadInputs([_folder.Path]).ToList();

        var sources = results.Select(r => Rel(r.Source) + (r.Source.Contains(".jsonl", StringComparison.Ordinal) ? ":" + r.Source.Split(':')[^1] : string.Empty)).ToList();
        Assert.Equal(["Z.htm", "a.txt", "b.txt", "sub/c.html", "sub/e.jsonl.gz:1", "sub/deeper/d.jsonl:1", "sub/deeper/d.jsonl:2"], sources);
        Assert.Equal("Bài A", results[1].Article!.Title);
        Assert.Equal("Bài D2", results[^1].Article!.Title);
    }

    [Fact]
    public void Expand_FolderWithLinkLoop_Terminates()
    {
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "sub", "loop"), _folder.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // Links need privileges on some systems; nothing to check there.
        }

        var paths = InputExpander.Expand([_folder.Path + "/**/*.txt"]).Select(i => Rel(i.Path)).ToList();

        Assert.Equal(["a.txt", "b.txt"], paths);
    }

    [Fact]
    public void Expand_GlobOneLevel_MatchesOnlyThatFolder()
    {
        var paths = InputExpander.Expand([Path.Combine(_folder.Path, "*.txt")]).Select(i => Rel(i.Path)).ToList();

        Assert.Equal(["a.txt", "b.txt"], paths);
    }

    [Fact]
    public void Expand_GlobAnyDepth_MatchesEveryLevel()
    {
        var paths = InputExpander.Expand([_folder.Path + "/**/*.html"]).Select(i => Rel(i.Path)).ToList();

        Assert.Equal(["sub/c.html"], paths);
    }

    [Fact]
    public void Expand_GlobSubfolderPattern_Matches()
    {
        var paths = InputExpander.Expand([_folder.Path + "/sub/*/*.jsonl"]).Select(i => Rel(i.Path)).ToList();

        Assert.Equal(["sub/deeper/d.jsonl"], paths);
    }

    [Fact]
    public void Expand_RelativeGlob_GivesRelativePaths()
    {
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(_folder.Path);
            var paths = InputExpander.Expand(["sub/**/*.jsonl*"]).Select(i => i.Path.Replace('\\', '/')).ToList();

            Assert.Equal(["sub/e.jsonl.gz", "sub/deeper/d.jsonl"], paths);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void ReadInputs_CorpusGlob_ReadsTheFiveSeeds()
    {
        var results = ArticleReader.ReadInputs([Path.Combine(RepoPaths.Corpus, "0*.txt")]).ToList();

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.True(r.Success));
    }

    [Theory]
    [InlineData("missing.txt")]
    [InlineData("nothing/*.txt")]
    [InlineData("*.nomatch")]
    public void ReadInputs_InputMatchingNothing_GivesOneFailureNamingIt(string input)
    {
        var full = Path.Combine(_folder.Path, input);

        var result = Assert.Single(ArticleReader.ReadInputs([full]));

        Assert.False(result.Success);
        Assert.Equal(full, result.Source);
        Assert.Equal(DiagnosticCodes.IoError, Assert.Single(result.Diagnostics).Code);
        Assert.Contains(full, result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_EmptyFolder_GivesOneFailure()
    {
        var empty = Path.Combine(_folder.Path, "empty");
        Directory.CreateDirectory(empty);

        Assert.False(Assert.Single(ArticleReader.ReadInputs([empty])).Success);
    }

    [Fact]
    public void ReadInputs_Dash_ReadsStandardInput()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("Bài từ stdin\n\nThân bài."));

        var results = ArticleReader.ReadExpanded(["-", Path.Combine(_folder.Path, "a.txt")], ArticleReaderOptions.Default, () => stdin).ToList();

        Assert.Equal("-", results[0].Source);
        Assert.Equal("Bài từ stdin", results[0].Article!.Title);
        Assert.Equal("Bài A", results[1].Article!.Title);
    }

    [Fact]
    public void ReadInputs_DashWithJsonLines_SniffsRecords()
    {
        var stdin = new MemoryStream(TempFolder.Gzip("{\"title\":\"Một\",\"body\":\"Đoạn.\"}\n"));

        var result = Assert.Single(ArticleReader.ReadExpanded(["-"], ArticleReaderOptions.Default, () => stdin));

        Assert.Equal("-:1", result.Source);
        Assert.Equal("Một", result.Article!.Title);
    }

    [Fact]
    public void ReadInputs_ManyInputs_AreExpandedLazily()
    {
        var consumed = 0;
        IEnumerable<string> Inputs()
        {
            while (true)
            {
                consumed++;
                yield return Path.Combine(_folder.Path, "a.txt");
            }
        }

        var results = ArticleReader.ReadInputs(Inputs()).Take(3).ToList();

        Assert.Equal(3, results.Count);
        Assert.True(consumed <= 4);
    }
}
