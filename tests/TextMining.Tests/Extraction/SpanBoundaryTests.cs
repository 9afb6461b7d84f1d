using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextMining.Extraction;
using TextMining.Parsing;
using TextMining.Tests.Extraction.Models;
using TextMining.Text;

namespace TextMining.Tests.Extraction;

/// <summary>
/// Every span of every entity kind the pipeline reports starts and ends on a word boundary: never inside a
/// syllable, and never inside a word of several syllables (seed 001's <c>trưởng Bộ Công an, …</c> once started
/// inside <c>Bộ trưởng</c>). The words of several syllables are the multi-syllable rows of the title, rank,
/// honorific, compound and level lexicons, read from the source files. Checked over the bundled corpus and over
/// the real records the shared gold files name (text in ../shared).
/// </summary>
public sealed class SpanBoundaryTests
{
    private static readonly string[] CompoundLexicons =
    [
        "Extraction/Officials/titles.tsv",
        "Extraction/Officials/ranks.tsv",
        "Extraction/Officials/honorifics.tsv",
        "Extraction/Officials/compounds.tsv",
        "Extraction/Places/levels.tsv",
    ];

    private static readonly Lazy<string[]> Compounds = new(LoadCompounds);

    [Fact]
    public void Analyze_Corpus_EverySpanIsOnWordBoundaries()
    {
        var articles = Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => ArticleReader.ReadFile(path))
            .Select(r => r.Article)
            .OfType<Article>()
            .ToArray();

        Assert.NotEmpty(articles);
        AssertBoundaries(articles);
    }

    [SharedFact]
    public void Analyze_SharedGoldRecords_EverySpanIsOnWordBoundaries()
    {
        var articles = Directory.EnumerateFiles(Path.Combine(RepoPaths.Assets, "shared-gold"), "*.gold.json")
            .Order(StringComparer.Ordinal)
            .Select(SharedRecord)
            .ToArray();

        Assert.NotEmpty(articles);
        AssertBoundaries(articles);
    }

    [Fact]
    public void Analyze_TitleOfSomeoneElse_OfficialStartsAfterIt()
    {
        var article = TestArticles.Build("Tiêu đề", "Thừa ủy quyền của Bộ trưởng Bộ Công an, đồng chí Đại tá Trần Quang Hiếu, Phó giám đốc Công an tỉnh trao Bằng khen.");

        var official = Assert.Single(TextMiningPipeline.Default.Analyze(article).Officials);

        Assert.Equal("Trần Quang Hiếu", official.Name);
        Assert.StartsWith("đồng chí Đại tá Trần Quang Hiếu", Assert.Single(official.Mentions).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_UnitNameWithCompound_OrganisationIsNotCutInsideIt()
    {
        var article = TestArticles.Build("Tiêu đề", "Thường vụ Đảng ủy Bộ Chỉ huy Biên phòng Quảng Trị vừa thưởng nóng lực lượng.");

        var organisations = TextMiningPipeline.Default.Analyze(article).Organizations.Select(o => o.Text).ToArray();

        Assert.Contains("Bộ Chỉ huy Biên phòng Quảng Trị", organisations);
        Assert.DoesNotContain(organisations, o => o.EndsWith("Chỉ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bộ trưởng Bộ Công an", 0, 20, true)]
    [InlineData("Bộ trưởng Bộ Công an", 3, 17, false)]
    [InlineData("Bộ trưởng Bộ Công an", 0, 5, false)]
    [InlineData("“Khu dân cư” (xã A)", 0, 12, true)]
    [InlineData("TP.HCM", 0, 6, true)]
    [InlineData("Phó trưởng Công an huyện", 4, 20, false)]
    [InlineData("Trưởng thôn Đông cho biết", 7, 9, true)]
    public void IsWordBoundarySpan_SpansInsideAWord_AreRejected(string text, int start, int length, bool expected)
    {
        Assert.Equal(expected, IsWordBoundarySpan(text, new SourceSpan(start, length)) && !CutsCompound(CompoundsIn(text), new SourceSpan(start, length)));
    }

    private static void AssertBoundaries(IEnumerable<Article> articles)
    {
        var pipeline = TextMiningPipeline.Default;
        var bad = new List<string>();
        foreach (var article in articles)
        {
            var analysis = pipeline.Analyze(article);
            var compounds = CompoundsIn(article.Text);
            foreach (var (kind, span) in Spans(analysis))
            {
                if (!IsWordBoundarySpan(article.Text, span) || CutsCompound(compounds, span))
                {
                    bad.Add($"{article.Source ?? article.Url} {kind} {span}: «{Around(article.Text, span)}»");
                }
            }
        }

        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad));
    }

    private static IEnumerable<(string Kind, SourceSpan Span)> Spans(ArticleAnalysis a) =>
        a.Dates.Select(d => ("date", d.Span))
            .Concat(a.Officials.SelectMany(o => o.Mentions).Select(m => ("official", m.Span)))
            .Concat(a.Figures.Select(f => ("figure", f.Span)))
            .Concat(a.Models.Select(m => ("model", m.Span)))
            .Concat(a.Documents.Select(d => ("document", d.Span)))
            .Concat(a.Places.Select(l => ("place", l.Span)))
            .Concat(a.Organizations.Select(o => ("organisation", o.Span)))
            .Concat(a.Abbreviations.Select(x => ("abbreviation", x.Span)));

    /// <summary>Whether neither end of <paramref name="span"/> cuts a word (a run of letters, digits and marks).</summary>
    private static bool IsWordBoundarySpan(string text, SourceSpan span)
    {
        if (span.Length <= 0 || span.Start < 0 || span.End > text.Length)
        {
            return false;
        }

        var startCuts = span.Start > 0 && IsWordChar(text[span.Start - 1]) && IsWordChar(text[span.Start]);
        var endCuts = span.End < text.Length && IsWordChar(text[span.End - 1]) && IsWordChar(text[span.End]);
        return !startCuts && !endCuts;
    }

    /// <summary>
    /// The words of several syllables whose later syllables are written in lower case (<c>Bộ trưởng</c>, <c>Phó trưởng</c>,
    /// <c>Giám đốc</c>, <c>thị xã</c>), as matching keys. Left out: titles that end in the noun of the unit named
    /// after them (the <c>open</c> titles, <c>Trưởng thôn</c>, <c>Trưởng khu</c> before <c>phố</c>): in
    /// <c>Trưởng thôn Đông</c> the place <c>thôn Đông</c> shares that noun, and names with capitals (<c>Ủy viên Ban Thường vụ</c>) that hold an organisation's name.
    /// </summary>
    private static string[] LoadCompounds()
    {
        var rows = CompoundLexicons
            .SelectMany(f => File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "TextMining", f)).Select(l => (File: f, Line: l)))
            .Where(r => r.Line.Length > 0 && r.Line[0] != '#')
            .Select(r => (r.File, Row: r.Line.Split('\t')))
            .ToArray();
        var unitNouns = rows.Where(r => r.File.EndsWith("levels.tsv", StringComparison.Ordinal)).Select(r => Key(r.Row[0])).ToHashSet(StringComparer.Ordinal);
        return rows
            .Where(r => !(r.Row.Length > 1 && r.Row[1].Contains("open", StringComparison.Ordinal)))
            .SelectMany(r => r.Row.Length > 1 && r.Row[1].Contains("pho", StringComparison.Ordinal) ? [r.Row[0], "Phó " + r.Row[0].ToLowerInvariant()] : new[] { r.Row[0] })
            .Select(w => VietnameseText.Normalize(w).Trim())
            .Where(w => w.Contains(' ', StringComparison.Ordinal) && !w[w.IndexOf(' ', StringComparison.Ordinal)..].Any(char.IsUpper))
            .Select(Key)
            .Where(w => !unitNouns.Any(u => w.EndsWith(" " + u, StringComparison.Ordinal) || u.StartsWith(w[(w.IndexOf(' ', StringComparison.Ordinal) + 1)..] + " ", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    private static string Key(string word) => VietnameseText.ToMatchingKey(VietnameseText.Normalize(word).Trim());

    /// <summary>Where the multi-syllable words occur in <paramref name="text"/> as whole syllables, later syllables in lower case.</summary>
    private static List<SourceSpan> CompoundsIn(string text)
    {
        var key = VietnameseText.ToMatchingKey(text);
        var found = new List<SourceSpan>();
        foreach (var word in Compounds.Value)
        {
            for (var i = key.IndexOf(word, StringComparison.Ordinal); i >= 0; i = key.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                var span = new SourceSpan(i, word.Length);
                var rest = word.IndexOf(' ', StringComparison.Ordinal);
                if (IsWordBoundarySpan(text, span) && !text.AsSpan(i + rest, word.Length - rest).ContainsAny(Uppercase))
                {
                    found.Add(span);
                }
            }
        }

        return found;
    }

    private static readonly System.Buffers.SearchValues<char> Uppercase = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x2000).Select(c => (char)c).Where(char.IsUpper).ToArray());

    private static bool CutsCompound(List<SourceSpan> compounds, SourceSpan span) =>
        compounds.Any(c => (c.Start < span.Start && span.Start < c.End) || (c.Start < span.End && span.End < c.End));

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static string Around(string text, SourceSpan span)
    {
        var from = Math.Max(0, span.Start - 15);
        var to = Math.Min(text.Length, span.End + 15);
        return text[from..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..to];
    }

    /// <summary>The article a shared gold file names: the record with its URL in the ../shared corpus file.</summary>
    private static Article SharedRecord(string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var file = gold.RootElement.GetProperty("file").GetString()!;
        var url = gold.RootElement.GetProperty("url").GetString()!;
        var path = Path.Combine(RepoPaths.Shared!, file["shared:".Length..]);
        using var data = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(data, Encoding.UTF8);
        var quoted = JsonSerializer.Serialize(url);
        while (reader.ReadLine() is { } line)
        {
            if (!line.Contains(quoted, StringComparison.Ordinal) && !line.Contains(url, StringComparison.Ordinal))
            {
                continue;
            }

            using var one = new MemoryStream(Encoding.UTF8.GetBytes(line));
            if (ArticleReader.ReadStream(one, path, ArticleFormat.JsonLines).FirstOrDefault()?.Article is { } article && article.Url == url)
            {
                return article;
            }
        }

        throw new InvalidDataException($"{goldPath}: no record {url} in {path}");
    }
}
