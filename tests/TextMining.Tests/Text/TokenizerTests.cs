using TextMining.Text;

namespace TextMining.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("Đại tá Trần Minh Thùy", "Đại|tá|Trần|Minh|Thùy")]
    [InlineData("TP. Đồng Hới, Q.1", "TP.|Đồng|Hới|,|Q.|1")]
    [InlineData("tp. Huế", "tp|.|Huế")]
    [InlineData("bà H'Hen Niê và GD&ĐT", "bà|H'Hen|Niê|và|GD&ĐT")]
    [InlineData("1.234,5 người", "1|.|234|,|5|người")]
    [InlineData("(UBND) – “mô hình”", "(|UBND|)|–|“|mô|hình|”")]
    [InlineData("", "")]
    public void Tokenize_Text_SplitsIntoTokens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => text.Substring(t.Start, t.Length))));
    }

    [Fact]
    public void Tokenize_Flags_MarkTheSpecialCases()
    {
        const string text = "UBND TP. Huế\nông H'Hen 1.234";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(TokenFlags.LineStart | TokenFlags.Capitalised | TokenFlags.AllCaps, tokens[0].Flags);
        Assert.Equal(TokenFlags.SpaceBefore | TokenFlags.Capitalised | TokenFlags.AllCaps | TokenFlags.Dotted, tokens[1].Flags);
        Assert.Equal(new SourceSpan(5, 3), tokens[1].Span);
        Assert.True(tokens[3].LineStart);
        Assert.False(tokens[3].SpaceBefore);
        Assert.Equal(TokenKind.Word, tokens[3].Kind);
        Assert.True((tokens[4].Flags & TokenFlags.Glued) != 0);
        Assert.Equal(TokenKind.Number, tokens[5].Kind);
        Assert.True((tokens[5].Flags & TokenFlags.SeparatedNumber) != 0);
        Assert.Equal(TokenKind.Punctuation, tokens[6].Kind);
    }

    [Fact]
    public void Tokenize_RandomInput_NeverThrowsAndCoversEveryNonBlank()
    {
        var random = new Random(12);
        const string alphabet = "aàăâđêôơưyỳ AĐTP.'’&,-–\n\t0123456789\u0301\uFFFF\uD800";
        for (var n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var tokens = Tokenizer.Tokenize(text);
            var covered = tokens.Sum(t => t.Length);

            Assert.Equal(text.Count(c => c is not (' ' or '\t' or '\n')), covered);
            Assert.True(tokens.Zip(tokens.Skip(1)).All(p => p.First.End <= p.Second.Start));
        }
    }
}
