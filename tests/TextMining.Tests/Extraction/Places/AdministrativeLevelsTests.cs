using TextMining.Extraction.Places;
using TextMining.Lexicons;

namespace TextMining.Tests.Extraction.Places;

public sealed class AdministrativeLevelsTests
{
    public static TheoryData<string> CanonicalWords() =>
        [.. LexiconResource.ReadRows("Extraction/Places/levels.tsv").Where(r => r.Length >= 2).Select(r => r[1]).Distinct()];

    [Theory]
    [MemberData(nameof(CanonicalWords))]
    public void Parse_EveryCanonicalLevelWord_NamesALevelThatWritesBackTheSameWord(string word)
    {
        var level = AdministrativeLevels.Parse(word);

        Assert.NotEqual(AdministrativeLevel.Unknown, level);
        Assert.Equal(word, AdministrativeLevels.ToWord(level));
    }

    [Fact]
    public void ToWord_EveryLevel_HasADistinctWord()
    {
        var known = Enum.GetValues<AdministrativeLevel>().Where(l => l != AdministrativeLevel.Unknown).ToArray();

        Assert.Equal(known.Length, known.Select(AdministrativeLevels.ToWord).Where(w => w.Length > 0).Distinct().Count());
        Assert.Equal(string.Empty, AdministrativeLevels.ToWord(AdministrativeLevel.Unknown));
    }

    [Theory]
    [InlineData("Thành phố", AdministrativeLevel.City)]
    [InlineData("thị xã", AdministrativeLevel.Town)]
    [InlineData("", AdministrativeLevel.Unknown)]
    [InlineData(null, AdministrativeLevel.Unknown)]
    [InlineData("vương quốc", AdministrativeLevel.Unknown)]
    public void Parse_AnyWord_IgnoresCaseAndGivesUnknownForOthers(string? word, AdministrativeLevel expected) =>
        Assert.Equal(expected, AdministrativeLevels.Parse(word));
}
