using TextMining.Lexicons;

namespace TextMining.Extraction.Locations;

/// <summary>An administrative level word from <c>levels.tsv</c>.</summary>
/// <param name="Canonical">The canonical level, e.g. <c>thành phố</c> for <c>TP.</c>.</param>
/// <param name="Numbered">Whether the place's name may be a number (<c>quận 3</c>).</param>
/// <param name="ProvinceLevel">Whether the unit is province-level (<c>tỉnh</c>, <c>thành phố</c>).</param>
internal sealed record AdministrativeLevel(string Canonical, bool Numbered, bool ProvinceLevel);

/// <summary>The level words (<c>levels.tsv</c>), loaded once.</summary>
internal static class AdministrativeLevels
{
    private static readonly Lazy<PhraseMatcher<AdministrativeLevel>> MatcherLazy = new(() =>
        new PhraseMatcher<AdministrativeLevel>(LexiconResource.ReadRows("Extraction/Locations/levels.tsv")
            .Where(r => r.Length >= 2)
            .Select(r =>
            {
                var flags = r.Length >= 3 ? r[2].Split(',', StringSplitOptions.TrimEntries) : [];
                return (r[0], flags.Contains("exact"), new AdministrativeLevel(r[1], flags.Contains("numbered"), flags.Contains("province")));
            })));

    /// <summary>The matcher over every level word.</summary>
    public static PhraseMatcher<AdministrativeLevel> Matcher => MatcherLazy.Value;
}
