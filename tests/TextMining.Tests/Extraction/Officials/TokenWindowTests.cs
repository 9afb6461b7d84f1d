using TextMining.Extraction.Officials;
using TextMining.Text;

namespace TextMining.Tests.Extraction.Officials;

public class TokenWindowTests
{
    private const string Text =
        "Đồng chí Đại tá Trần Minh Thùy, Phó Giám đốc Công an tỉnh (TP. Hồ Chí Minh) cho biết:\n" +
        "  bà H'Hen Niê – Chủ tịch UBND xã, ông Lê Văn B…\n\n" +
        "Theo \t“Bộ trưởng” Nguyễn Văn An, 1.234 người dự; GD&ĐT, Q.1.";

    [Fact]
    public void OpenAt_EveryToken_ReadsTheTokensOfTheWholeTextTokenizer()
    {
        var all = Tokenizer.Tokenize(Text);
        for (var before = 0; before <= 8; before++)
        {
            var window = new TokenWindow(Text);
            foreach (var token in all)
            {
                var index = window.OpenAt(token.Start, before);
                var at = Array.IndexOf(all, token);
                var lineStart = at;
                while (!all[lineStart].LineStart)
                {
                    lineStart--;
                }

                // At least `before` tokens of the line before it, each the same token with the same flags.
                Assert.True(index >= Math.Min(before, at - lineStart), $"{before} before offset {token.Start}");
                for (var k = -Math.Min(index, 8); window.Has(index + k) && k < 12; k++)
                {
                    Assert.Equal(all[at + k], window[index + k]);
                }
            }
        }
    }

    [Fact]
    public void Has_NextLine_IsNotRead()
    {
        var window = new TokenWindow(Text);
        var index = window.OpenAt(Text.IndexOf("cho", StringComparison.Ordinal), 1);

        Assert.True(window.Has(index + 2));
        Assert.Equal(':', Text[window[index + 2].Start]);
        Assert.False(window.Has(index + 3));
    }

    [Theory]
    [InlineData("ông")]
    [InlineData("đồng")]
    [InlineData("phó")]
    [InlineData("đ")]
    [InlineData("tp")]
    [InlineData("giám")]
    [InlineData("nguyễn")]
    [InlineData("người")]
    [InlineData("cán")]
    [InlineData("x")]
    public void IsStarterWord_Word_AnswersAsTheStartersMatcher(string word)
    {
        var lexicon = OfficialLexicon.Instance;

        Assert.Equal(lexicon.Starters.HasPhraseStartingWith(word), lexicon.IsStarterWord(word));
    }

    [Fact]
    public void IsStarterWord_EveryWordOfTheSeedArticles_AnswersAsTheStartersMatcher()
    {
        var lexicon = OfficialLexicon.Instance;
        var starters = 0;
        foreach (var article in SeedArticles.Names().Select(SeedArticles.Load))
        {
            var key = VietnameseText.ToMatchingKey(article.Text);
            foreach (var token in Tokenizer.Tokenize(article.Text).Where(t => t.Kind != TokenKind.Punctuation))
            {
                var word = key.AsSpan(token.Start, token.Length - ((token.Flags & TokenFlags.Dotted) != 0 ? 1 : 0));
                var expected = lexicon.Starters.HasPhraseStartingWith(word);
                Assert.Equal(expected, lexicon.IsStarterWord(word));
                starters += expected ? 1 : 0;
            }
        }

        Assert.True(starters > 0);
    }
}
