using System.Text;
using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Tests.Parsing;

public sealed class JsonEscapesTests
{
    [Theory]
    [InlineData(@"""a \ud800 b""", @"""a \uFFFD b""", 1)]
    [InlineData(@"""\uDC00\uD800""", @"""\uFFFD\uFFFD""", 2)]
    [InlineData(@"""\ud800\ud800\udc00""", @"""\uFFFD\ud800\udc00""", 1)]
    [InlineData(@"""\ud83d\ude00 \u00e0 \n \"" \/""", @"""\ud83d\ude00 \u00e0 \n \"" \/""", 0)]
    [InlineData(@"""\\ud800""", @"""\\ud800""", 0)]
    [InlineData(@"""\\\ud800""", @"""\\\uFFFD""", 1)]
    [InlineData(@"{""\udfff"":""\ud800x""}", @"{""\uFFFD"":""\uFFFDx""}", 2)]
    [InlineData(@"""\ud80""", @"""\ud80""", 0)]
    [InlineData(@"""\ud800", @"""\uFFFD", 1)]
    [InlineData(@"""\", @"""\", 0)]
    [InlineData("", "", 0)]
    public void ReplaceLoneSurrogates_Json_RewritesOnlyLoneSurrogateEscapes(string json, string expected, int count)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Equal(count, JsonEscapes.ReplaceLoneSurrogates(bytes));
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void ReplaceLoneSurrogates_RandomEscapes_LeavesStringsThatReadAsValidUtf16()
    {
        // Escapes of every kind, surrogates in every order, escaped backslashes before u.
        string[] pieces = [@"\ud800", @"\udbff", @"\udc00", @"\udfff", @"\uD83D\uDE00", @"\\", @"\""", @"\n", @"\u00e0", "a", "đ", @"\\u", "u"];
        var random = new Random(7);
        for (var round = 0; round < 2_000; round++)
        {
            var literal = "\"" + string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)])) + "\"";
            var bytes = Encoding.UTF8.GetBytes(literal);

            JsonEscapes.ReplaceLoneSurrogates(bytes);

            Assert.True(IsValidUtf16(JsonDocument.Parse(bytes).RootElement.GetString()!), literal);
        }
    }

    [Theory]
    [InlineData(@"""\ud800""", true)]
    [InlineData(@"""\uDFFF""", true)]
    [InlineData(@"""\u00e0 \n""", false)]
    [InlineData(@"""plain""", false)]
    public void MayHaveSurrogateEscape_Json_FindsEscapesOfD(string json, bool expected) =>
        Assert.Equal(expected, JsonEscapes.MayHaveSurrogateEscape(Encoding.UTF8.GetBytes(json)));

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
