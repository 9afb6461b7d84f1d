using TextMining.Lexicons;
using TextMining.Text;

namespace TextMining.Extraction.Places;

/// <summary>An administrative level word from <c>levels.tsv</c>.</summary>
/// <param name="Canonical">The canonical level word, e.g. <c>thành phố</c> for <c>TP.</c>.</param>
/// <param name="Level">The level it names.</param>
/// <param name="Numbered">Whether the place's name may be a number (<c>quận 3</c>).</param>
/// <param name="ProvinceLevel">Whether the unit is province-level (<c>tỉnh</c>, <c>thành phố</c>).</param>
internal sealed record LevelWord(string Canonical, AdministrativeLevel Level, bool Numbered, bool ProvinceLevel);

/// <summary>The level words (<c>levels.tsv</c>), loaded once, and the canonical word of each <see cref="AdministrativeLevel"/>.</summary>
internal static class AdministrativeLevels
{
    private static readonly (AdministrativeLevel Level, string Word)[] Canonicals =
    [
        (AdministrativeLevel.Province, "tỉnh"),
        (AdministrativeLevel.City, "thành phố"),
        (AdministrativeLevel.District, "huyện"),
        (AdministrativeLevel.UrbanDistrict, "quận"),
        (AdministrativeLevel.Town, "thị xã"),
        (AdministrativeLevel.SpecialZone, "đặc khu"),
        (AdministrativeLevel.Commune, "xã"),
        (AdministrativeLevel.Ward, "phường"),
        (AdministrativeLevel.Township, "thị trấn"),
        (AdministrativeLevel.Village, "thôn"),
        (AdministrativeLevel.Ban, "bản"),
        (AdministrativeLevel.Hamlet, "ấp"),
        (AdministrativeLevel.Buon, "buôn"),
        (AdministrativeLevel.Lang, "làng"),
        (AdministrativeLevel.ResidentialGroup, "tổ dân phố"),
        (AdministrativeLevel.Quarter, "khu phố"),
        (AdministrativeLevel.Subzone, "tiểu khu"),
        (AdministrativeLevel.Xom, "xóm"),
        (AdministrativeLevel.Khom, "khóm"),
    ];

    private static readonly Lazy<Dictionary<string, AdministrativeLevel>> ByKey = new(() =>
        Canonicals.ToDictionary(c => VietnameseText.ToMatchingKey(c.Word), c => c.Level, StringComparer.Ordinal));

    private static readonly Lazy<PhraseMatcher<LevelWord>> MatcherLazy = new(() =>
        new PhraseMatcher<LevelWord>(LexiconResource.ReadRows("Extraction/Places/levels.tsv")
            .Where(r => r.Length >= 2)
            .Select(r =>
            {
                var flags = r.Length >= 3 ? r[2].Split(',', StringSplitOptions.TrimEntries) : [];
                var word = new LevelWord(r[1], Parse(r[1]), flags.Contains("numbered"), flags.Contains("province"));
                return new PhraseRow<LevelWord>(r[0], word, flags.Contains("exact"));
            })));

    /// <summary>The matcher over every level word.</summary>
    public static PhraseMatcher<LevelWord> Matcher => MatcherLazy.Value;

    /// <summary>The canonical Vietnamese word of <paramref name="level"/> (<c>xã</c>); empty for <see cref="AdministrativeLevel.Unknown"/>.</summary>
    public static string ToWord(AdministrativeLevel level)
    {
        foreach (var (l, word) in Canonicals)
        {
            if (l == level)
            {
                return word;
            }
        }

        return string.Empty;
    }

    /// <summary>The level a canonical word names (case and tone placement do not count); <see cref="AdministrativeLevel.Unknown"/> for any other word.</summary>
    public static AdministrativeLevel Parse(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return AdministrativeLevel.Unknown;
        }

        return ByKey.Value.TryGetValue(word, out var level)
            || ByKey.Value.TryGetValue(VietnameseText.ToMatchingKey(VietnameseText.Normalize(word).Trim()), out level)
            ? level
            : AdministrativeLevel.Unknown;
    }
}
