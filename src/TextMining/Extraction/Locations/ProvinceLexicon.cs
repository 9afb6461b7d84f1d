using TextMining.Lexicons;
using TextMining.Text;

namespace TextMining.Extraction.Locations;

/// <summary>A province or centrally-run city from <c>provinces.tsv</c>.</summary>
/// <param name="Name">The canonical name, e.g. <c>Quảng Bình</c>.</param>
/// <param name="Kind"><c>tỉnh</c> or <c>thành phố</c>.</param>
/// <param name="MergedInto">The post-2025 province it was merged into, or null when it still exists.</param>
internal sealed record Province(string Name, string Kind, string? MergedInto);

/// <summary>The 63 pre-2025 and 34 post-2025 province-level units with their spellings, loaded once.</summary>
internal static class ProvinceLexicon
{
    private static readonly Lazy<Dictionary<string, Province>> ByKey = new(Load);
    private static readonly Lazy<PhraseMatcher<Province>> MatcherLazy = new(() =>
        new PhraseMatcher<Province>(ByKey.Value.Select(kv => (kv.Key, false, kv.Value))));

    /// <summary>Matches a province name (any listed spelling) at a word start.</summary>
    public static PhraseMatcher<Province> Matcher => MatcherLazy.Value;

    /// <summary>Every distinct province.</summary>
    public static IReadOnlyList<Province> All => ByKey.Value.Values.Distinct().ToArray();

    /// <summary>Looks a name up by any spelling (case- and tone-placement-insensitive).</summary>
    public static bool TryFind(string name, out Province province) =>
        ByKey.Value.TryGetValue(VietnameseText.ToMatchingKey(VietnameseText.Normalize(name).Trim()), out province!);

    private static Dictionary<string, Province> Load()
    {
        var map = new Dictionary<string, Province>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("Extraction/Locations/provinces.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            var province = new Province(row[0], row[1], row.Length >= 4 && row[3].Length > 0 ? row[3] : null);
            map[VietnameseText.ToMatchingKey(row[0])] = province;
            if (row.Length >= 5)
            {
                foreach (var alias in row[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    map[VietnameseText.ToMatchingKey(alias)] = province;
                }
            }
        }

        return map;
    }
}
