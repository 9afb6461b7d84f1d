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
    private static readonly Lazy<LevelRow[]> Rows = new(() => LexiconResource.ReadRows("Extraction/Places/levels.tsv")
        .Where(r => r.Length >= 3)
        .Select(r => new LevelRow(r[0], r[1], Enum.Parse<AdministrativeLevel>(r[2]), r.Length >= 4 ? r[3].Split(',', StringSplitOptions.TrimEntries) : []))
        .ToArray());

    /// <summary>Each level's canonical word (the first row naming it), from <c>levels.tsv</c>.</summary>
    private static readonly Lazy<Dictionary<AdministrativeLevel, string>> Canonicals = new(() => Rows.Value
        .GroupBy(r => r.Level)
        .ToDictionary(g => g.Key, g => g.First().Canonical));

    private static readonly Lazy<Dictionary<string, AdministrativeLevel>> ByKey = new(() => Rows.Value
        .GroupBy(r => VietnameseText.ToMatchingKey(r.Canonical), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Level, StringComparer.Ordinal));

    private static readonly Lazy<PhraseMatcher<LevelWord>> MatcherLazy = new(() =>
        new PhraseMatcher<LevelWord>(Rows.Value.Select(r => new PhraseRow<LevelWord>(
            r.Written,
            new LevelWord(r.Canonical, r.Level, r.Flags.Contains("numbered"), r.Flags.Contains("province")),
            r.Flags.Contains("exact")))));

    /// <summary>The matcher over every level word.</summary>
    public static PhraseMatcher<LevelWord> Matcher => MatcherLazy.Value;

    /// <summary>The canonical Vietnamese word of <paramref name="level"/> (<c>xã</c>); empty for <see cref="AdministrativeLevel.Unknown"/>.</summary>
    public static string ToWord(AdministrativeLevel level) =>
        Canonicals.Value.TryGetValue(level, out var word) ? word : string.Empty;

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

/// <summary>One row of <c>levels.tsv</c>: the word as written, its canonical word, the level it names and its flags.</summary>
internal sealed record LevelRow(string Written, string Canonical, AdministrativeLevel Level, string[] Flags);
