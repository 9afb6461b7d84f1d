namespace TextMining.Extraction.Places;

/// <summary>A province or centrally-run city from <c>provinces.tsv</c>.</summary>
/// <param name="Name">The canonical name, e.g. <c>Quảng Bình</c>.</param>
/// <param name="Kind"><c>tỉnh</c> or <c>thành phố</c>.</param>
/// <param name="MergedInto">The post-2025 province it was merged into, or null when it still exists.</param>
internal sealed record Province(string Name, string Kind, string? MergedInto);

/// <summary>One spelling of a province.</summary>
/// <param name="Province">The province.</param>
/// <param name="Bare">Whether this spelling standing alone (without a level word) is taken as the place.</param>
internal sealed record ProvinceSpelling(Province Province, bool Bare);

/// <summary>The 63 pre-2025 and 34 post-2025 province-level units with their spellings, loaded once.</summary>
internal static class ProvinceLexicon
{
    private static readonly Lazy<Dictionary<string, ProvinceSpelling>> ByKey = new(Load);

    // The canonical names as written, looked up as they are: the resolver asks for them for every place it settles,
    // and normalising the name each time cost more than the lookup.
    private static readonly Lazy<Dictionary<string, Province>> ByName = new(() =>
        ByKey.Value.Values.Select(s => s.Province.Name).Distinct(StringComparer.Ordinal)
            .Select(name => (name, Found: ByKey.Value.GetValueOrDefault(KeyOf(name))))
            .Where(n => n.Found is not null)
            .ToDictionary(n => n.name, n => n.Found!.Province, StringComparer.Ordinal));
    private static readonly Lazy<PhraseMatcher<ProvinceSpelling>> MatcherLazy = new(() =>
        new PhraseMatcher<ProvinceSpelling>(ByKey.Value.Select(kv => new PhraseRow<ProvinceSpelling>(kv.Key, kv.Value))));

    /// <summary>Matches a province name (any listed spelling) at a word start.</summary>
    public static PhraseMatcher<ProvinceSpelling> Matcher => MatcherLazy.Value;

    /// <summary>Every distinct province.</summary>
    public static IReadOnlyList<Province> All => ByKey.Value.Values.Select(s => s.Province).Distinct().ToArray();

    /// <summary>Looks a name up by any spelling (case- and tone-placement-insensitive).</summary>
    public static bool TryFind(string name, out Province province)
    {
        if (ByName.Value.TryGetValue(name, out var named))
        {
            province = named;
            return true;
        }

        var found = ByKey.Value.TryGetValue(KeyOf(name), out var spelling);
        province = spelling?.Province!;
        return found;
    }

    private static Dictionary<string, ProvinceSpelling> Load()
    {
        var map = new Dictionary<string, ProvinceSpelling>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("Extraction/Places/provinces.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            var province = new Province(row[0], row[1], row.Length >= 4 && row[3].Length > 0 ? row[3] : null);
            var notBare = row.Length >= 6 ? Split(row[5]) : [];
            foreach (var spelling in (string[])[row[0], .. row.Length >= 5 ? Split(row[4]) : []])
            {
                map[VietnameseText.ToMatchingKey(spelling)] = new ProvinceSpelling(province, !notBare.Contains(spelling, StringComparer.Ordinal));
            }
        }

        return map;
    }

    private static string KeyOf(string name) => VietnameseText.ToMatchingKey(VietnameseText.Normalize(name).Trim());

    private static string[] Split(string field) => field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
