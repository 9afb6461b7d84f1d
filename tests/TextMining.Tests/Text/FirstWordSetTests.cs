using TextMining.Text;

namespace TextMining.Tests.Text;

public sealed class FirstWordSetTests
{
    private const char Gap = PhraseMatcher<int>.OptionalSpace;

    [Theory]
    [InlineData("công", true)]
    [InlineData("tp", true)]
    [InlineData("ubnd", true)]
    [InlineData("x", true)]
    [InlineData("cũng", false)]
    [InlineData("cùng", false)]
    [InlineData("côn", false)]
    [InlineData("an", false)]
    [InlineData("tpp", false)]
    public void MayStart_Word_PassesEveryPhrasesFirstWordAndRejectsOthers(string word, bool expected)
    {
        var set = new FirstWordSet();
        set.Add("công an tỉnh", Gap);
        set.Add("tp.", Gap);
        set.Add("ubnd", Gap);
        set.Add("x-quang", Gap);

        Assert.Equal(expected, set.MayStart(word));
    }

    [Theory]
    [InlineData("tp\uE000hcm")]
    [InlineData("(ông)")]
    [InlineData("")]
    public void Add_FirstWordMayRunOn_LetsEveryWordPass(string phrase)
    {
        var set = new FirstWordSet();
        set.Add("công an", Gap);

        set.Add(phrase, Gap);

        Assert.True(set.MayStart("tphcm"));
        Assert.True(set.MayStart("bất"));
    }

    [Fact]
    public void AcceptAll_LetsEveryWordPass()
    {
        var set = new FirstWordSet();
        set.Add("công an", Gap);

        set.AcceptAll();

        Assert.True(set.MayStart("bất"));
    }

    [Fact]
    public void MayStart_Empty_Passes()
    {
        Assert.True(new FirstWordSet().MayStart(string.Empty));
    }

    [Fact]
    public void MayStart_ManyPhrases_RejectsMostOtherWords()
    {
        var set = new FirstWordSet();
        var phrases = Enumerable.Range(0, 100).Select(i => "w" + i).ToArray();
        foreach (var phrase in phrases)
        {
            set.Add(phrase + " x", Gap);
        }

        Assert.All(phrases, p => Assert.True(set.MayStart(p)));
        Assert.True(Enumerable.Range(100, 1000).Count(i => set.MayStart("w" + i)) < 100);
    }
}
