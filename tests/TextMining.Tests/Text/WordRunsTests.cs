using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Tests.Text;

public sealed class WordRunsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("UBND", "UBND")]
    [InlineData("Công an tỉnh Quảng Bình.", "Công|an|tỉnh|Quảng|Bình")]
    [InlineData("TP. Đồng Hới, Q.1 (KT-XH)", "TP|Đồng|Hới|Q|1|KT|XH")]
    [InlineData("bà H'Hen và GD&ĐT 1.234,5", "bà|H|Hen|và|GD|ĐT|1|234|5")]
    [InlineData("“mô hình”\n– xã", "mô|hình|xã")]
    [InlineData("hoa\u0300 ky\u0301", "hoa\u0300|ky\u0301")]
    public void Of_Text_GivesTheRunsOfWordCharacters(string text, string expected)
    {
        var runs = WordRuns.Of(text);

        Assert.Equal(expected, string.Join('|', Enumerable.Range(0, runs.Count).Select(k => text[runs.Start(k)..runs.End(k)])));
    }

    [Theory]
    [InlineData("UBND", true, false)]
    [InlineData("Quảng", true, true)]
    [InlineData("xã", false, true)]
    [InlineData("ĐT", true, false)]
    [InlineData("138", false, false)]
    [InlineData("2a", false, true)]
    [InlineData("ANTQ\u0301", true, false)]
    public void Of_Word_RecordsItsCase(string word, bool startsUpper, bool hasLower)
    {
        var runs = WordRuns.Of("(" + word + ")");

        Assert.Equal(1, runs.Count);
        Assert.Equal(startsUpper, runs.StartsUpper(0));
        Assert.Equal(hasLower, runs.HasLower(0));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(3, 0, 1)]
    [InlineData(4, 0, 1)]
    [InlineData(5, 1, 2)]
    [InlineData(8, 0, 2)]
    [InlineData(9, 0, 3)]
    [InlineData(10, 2, 3)]
    [InlineData(5, 3, 3)]
    public void NextAtOrAfter_Offset_SkipsRunsThatStartBefore(int offset, int from, int expected)
    {
        // Runs start at 0 ("Ban"), 4 ("Chỉ") and 8 ("đạo").
        var runs = WordRuns.Of("Ban Chỉ đạo");

        Assert.Equal(expected, runs.NextAtOrAfter(offset, from));
    }

    [Theory]
    [InlineData("Công an tỉnh Quảng Bình, xã Vạn Ninh và UBND huyện", "Ban Chỉ đạo")]
    [InlineData("a", "Công an tỉnh Quảng Bình, xã Vạn Ninh và UBND huyện")]
    [InlineData("Công an", "")]
    public void Of_ReusedRuns_GivesWhatNewRunsGive(string earlier, string text)
    {
        var reused = WordRuns.Of(text, WordRuns.Of(earlier));
        var fresh = WordRuns.Of(text);

        Assert.Equal(fresh.Count, reused.Count);
        for (var k = 0; k < fresh.Count; k++)
        {
            Assert.Equal((fresh.Start(k), fresh.End(k), fresh.StartsUpper(k), fresh.HasLower(k)), (reused.Start(k), reused.End(k), reused.StartsUpper(k), reused.HasLower(k)));
        }
    }

    [Fact]
    public void Of_ManyShortWords_GrowsPastItsFirstGuess()
    {
        var text = string.Join(' ', Enumerable.Repeat("a", 5_000));

        var runs = WordRuns.Of(text);

        Assert.Equal(5_000, runs.Count);
        Assert.Equal(text.Length - 1, runs.Start(runs.Count - 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Of_RandomText_GivesWhatACharacterByCharacterReadGives(int seed)
    {
        // Runs of every length across the sixteen-character blocks, of ASCII, Vietnamese, combining marks, letters
        // with no case and punctuation past ASCII.
        const string alphabet = "aZ9 .,-'\n\tđĐưƯăêÊếẾọỌ\u0301“”…–ß×÷ÀÿĂ\u4E2D\u0410\u0430\u00AA\u02B0\uFFFE\uD800";
        var random = new Random(seed);
        for (var round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++)
            {
                // Long stretches of letters or of spaces now and then, so runs and gaps cross several blocks.
                chars[i] = random.Next(10) == 0 && i > 0 ? chars[i - 1] : alphabet[random.Next(alphabet.Length)];
            }

            AssertReadAsCharacters(new string(chars));
        }
    }

    [Fact]
    public void Of_EveryCharacter_IsClassedAsWordsClassesIt()
    {
        // Every UTF-16 unit once, in each of the sixteen positions of a block, between a letter and a space.
        var text = new System.Text.StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            text.Append(' ', c % 16).Append('a').Append((char)c).Append(' ').Append((char)c).Append("B ");
        }

        AssertReadAsCharacters(text.ToString());
    }

    [SharedFact]
    public void Of_RealArticles_StepsThroughTheWordsWordsDefines()
    {
        var path = Path.Combine(RepoPaths.Shared!, "corpus", "movement-web.jsonl.gz");
        foreach (var article in ArticleReader.ReadFile(path).Select(r => r.Article).OfType<Article>())
        {
            var text = article.Text;
            var runs = WordRuns.Of(text);
            var k = 0;
            for (var i = Words.NextWordStart(text, 0); i < text.Length; i = Words.NextWordStart(text, i), k++)
            {
                var end = Words.WordEnd(text, i);
                Assert.Equal((i, end), (runs.Start(k), runs.End(k)));
                Assert.Equal(Words.IsUpper(text[i]), runs.StartsUpper(k));
                Assert.Equal(text.AsSpan(i, end - i).ContainsAny(LowerCase), runs.HasLower(k));
                i = end;
            }

            Assert.Equal(k, runs.Count);
        }
    }

    /// <summary>Asserts the runs of <paramref name="text"/> are those a plain loop over its characters finds.</summary>
    private static void AssertReadAsCharacters(string text)
    {
        var expected = new List<(int, int, bool, bool)>();
        for (var i = 0; i < text.Length;)
        {
            if (!Words.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasLower = false;
            for (; i < text.Length && Words.IsWordChar(text[i]); i++)
            {
                hasLower |= Words.IsLower(text[i]);
            }

            expected.Add((start, i, Words.IsUpper(text[start]), hasLower));
        }

        var runs = WordRuns.Of(text);
        var actual = Enumerable.Range(0, runs.Count).Select(k => (runs.Start(k), runs.End(k), runs.StartsUpper(k), runs.HasLower(k)));
        Assert.Equal(expected, actual);
    }

    private static readonly System.Buffers.SearchValues<char> LowerCase = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x3000).Select(c => (char)c).Where(char.IsLower).ToArray());
}
