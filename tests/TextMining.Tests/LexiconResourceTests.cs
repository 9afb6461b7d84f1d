using TextMining.Lexicons;

namespace TextMining.Tests;

public sealed class LexiconResourceTests
{
    public static TheoryData<string> Lexicons()
    {
        var data = new TheoryData<string>();
        foreach (var name in LexiconResource.All)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void All_ListsEmbeddedLexicons()
    {
        Assert.Contains("Extraction/Abbreviations/abbreviations.tsv", LexiconResource.All);
    }

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void ReadRows_EveryLexicon_LoadsWithHeaderAndRows(string path)
    {
        var rows = LexiconResource.ReadRows(path);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[0])));
    }
}
