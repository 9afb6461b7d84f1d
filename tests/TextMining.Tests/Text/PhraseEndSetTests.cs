using TextMining.Text;

namespace TextMining.Tests.Text;

public sealed class PhraseEndSetTests
{
    private const char Gap = PhraseMatcher<int>.OptionalSpace;

    [Theory]
    [InlineData("ngày", true)]
    [InlineData("sáng ngày", true)]
    [InlineData("vào lúc", true)]
    [InlineData("x", true)]
    [InlineData("đêm", false)]
    [InlineData("ngàn", false)]
    [InlineData("lú", false)]
    [InlineData("", false)]
    public void MayEnd_PassesEveryPhrasesEndAndRejectsOthers(string text, bool expected)
    {
        var set = new PhraseEndSet();
        set.Add("ngày", Gap);
        set.Add("vào lúc", Gap);
        set.Add("x", Gap);

        Assert.Equal(expected, set.MayEnd(text, text.Length, 0));
    }

    [Fact]
    public void MayEnd_SpaceInPhrase_NeedsASpaceBeforeTheLastCharacter()
    {
        var set = new PhraseEndSet();
        set.Add("thứ 2", Gap);

        Assert.True(set.MayEnd("thứ 2", 5, 0));
        Assert.False(set.MayEnd("122", 3, 0));
    }

    [Fact]
    public void MayEnd_Floor_BoundsThePhrase()
    {
        var set = new PhraseEndSet();
        set.Add("ab", Gap);

        Assert.True(set.MayEnd("xab", 3, 1));
        Assert.False(set.MayEnd("xab", 3, 2));
        Assert.False(set.MayEnd("xab", 1, 1));
    }

    [Fact]
    public void Add_GapBeforeLastCharacter_PassesOnTheLastCharacter()
    {
        var set = new PhraseEndSet();
        set.Add("tp\uE000.", Gap);

        Assert.True(set.MayEnd("abc.", 4, 0));
        Assert.False(set.MayEnd("abc", 3, 0));
    }

    [Fact]
    public void Add_EndsWithGap_LetsEveryOffsetPass()
    {
        var set = new PhraseEndSet();
        set.Add("tp\uE000", Gap);

        Assert.True(set.MayEnd("bất", 3, 0));
        Assert.True(set.MayEnd("bất", 0, 0));
    }
}
