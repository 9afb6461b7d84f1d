using TextMining.Extraction.Figures;
using TextMining.Text;

namespace TextMining.Tests.Extraction.Figures;

public sealed class FigurePhrasesTests
{
    private static readonly PhraseMatcher<int> Units = new([new("cán bộ", 1), new("m", 2), new("m²", 3), new("%", 4)]);

    [Theory]
    [InlineData("cán bộ chiến sĩ", 1, 6)]
    [InlineData("cán bộ-chiến sĩ", 0, 0)]
    [InlineData("m² đất", 3, 2)]
    [InlineData("m³ nước", 0, 0)]
    [InlineData("m-x", 0, 0)]
    [InlineData("m-2", 2, 1)]
    [InlineData("%,", 4, 1)]
    public void MatchForward_FigureWord_MatchesOnlyWholeWords(string key, int value, int end)
    {
        var matched = Units.MatchForward(key, 0, key.Length, out var v, out var e);

        Assert.Equal(value != 0, matched);
        Assert.Equal((value, end), matched ? (v, e) : (0, 0));
    }

    [Theory]
    [InlineData("cán bộ chiến sĩ", 1, 6)]
    [InlineData("cán bộ-chiến sĩ", 0, 0)]
    [InlineData("cán", 0, 0)]
    [InlineData("m² đất", 3, 2)]
    [InlineData("m³ nước", 0, 0)]
    [InlineData("m-2", 2, 1)]
    [InlineData("mét", 0, 0)]
    [InlineData("%,", 4, 1)]
    public void FigureMatcher_MatchForward_MatchesAsThePhraseMatcher(string key, int value, int end)
    {
        var units = new FigureMatcher<int>([new("cán bộ", 1), new("m", 2), new("m²", 3), new("%", 4)]);

        var matched = units.MatchForward(key, 0, key.Length, out var v, out var e);

        Assert.Equal(value != 0, matched);
        Assert.Equal((value, end), matched ? (v, e) : (0, 0));
    }

    [Theory]
    [InlineData("có hơn  5", 8, 1, 3)]
    [InlineData("có trên 5", 8, 0, 0)]
    [InlineData("hơn 5", 4, 1, 0)]
    [InlineData("5", 0, 0, 0)]
    public void FigureMatcher_MatchBackward_MatchesAsThePhraseMatcher(string key, int end, int value, int start)
    {
        var before = new FigureMatcher<int>([new("hơn", 1), new("gần như", 2)], (a, b) => char.IsLetter(a) && char.IsLetter(b));

        var matched = before.MatchBackward(key, end, 0, out var v, out var s);

        Assert.Equal(value != 0, matched);
        Assert.Equal((value, start), matched ? (v, s) : (0, 0));
    }

    [Fact]
    public void MatchBackward_SpacesBeforeOffset_AreSkipped()
    {
        var before = new PhraseMatcher<int>([new("hơn", 1)], backward: true, joins: (a, b) => char.IsLetter(a) && char.IsLetter(b));

        Assert.True(before.MatchBackward("có hơn  5", 8, 0, out var value, out var start));
        Assert.Equal((1, 3), (value, start));
    }
}
