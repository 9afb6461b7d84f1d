namespace TextMining.Extraction.Places;

/// <summary>The tier of an administrative unit in the March-2025 gazetteer.</summary>
internal enum GazetteerTier
{
    /// <summary>A province or centrally-run city (<c>tỉnh</c>, <c>thành phố</c> Hà Nội).</summary>
    Province,

    /// <summary>A district-level unit: <c>huyện</c>, <c>quận</c>, <c>thị xã</c>, <c>thành phố</c> inside a province.</summary>
    District,

    /// <summary>A commune-level unit: <c>xã</c>, <c>phường</c>, <c>thị trấn</c>.</summary>
    Commune,
}

/// <summary>One unit of <c>gazetteer.tsv</c>.</summary>
/// <param name="Name">The bare name, e.g. <c>Vạn Ninh</c>, <c>12</c>.</param>
/// <param name="Tier">Province, district or commune level.</param>
/// <param name="UnitWord">The unit word in canonical form (<c>xã</c>, <c>thị xã</c>, <c>thành phố</c>).</param>
/// <param name="District">The district a commune lies in; null for provinces and districts.</param>
/// <param name="Province">The province, spelled as <c>provinces.tsv</c> spells it.</param>
internal sealed record GazetteerUnit(string Name, GazetteerTier Tier, string UnitWord, string? District, string Province);

/// <summary>
/// Every Vietnamese province, district and commune in force in March 2025 (<c>gazetteer.tsv</c>, generated from
/// <c>../shared/gazetteer</c>), looked up by name. Loaded once into dictionaries keyed by the name's matching key
/// (case- and tone-placement-insensitive) and by its folded form (no diacritics); lookups take a span of the
/// article's key and allocate nothing.
/// </summary>
internal static class Gazetteer
{
    private static readonly Lazy<Index> IndexLazy = new(Load);

    /// <summary>The units whose name's matching key is <paramref name="key"/> (empty when none).</summary>
    public static GazetteerUnit[] Find(ReadOnlySpan<char> key) =>
        IndexLazy.Value.ByKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var units) ? units : [];

    /// <summary>The units whose folded name is <paramref name="folded"/> (a name written without or with wrong tones).</summary>
    public static GazetteerUnit[] FindFolded(ReadOnlySpan<char> folded) =>
        IndexLazy.Value.ByFolded.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var units) ? units : [];

    /// <summary>
    /// The March-2025 name of a province: itself when it was a province then, else the province it had become
    /// (<c>Thừa Thiên Huế</c>, renamed <c>Huế</c> on 1 January 2025).
    /// </summary>
    public static string MarchProvince(Province province) =>
        IndexLazy.Value.Provinces.Contains(province.Name) || province.MergedInto is null ? province.Name : province.MergedInto;

    /// <summary>
    /// Whether a place in <paramref name="marchProvince"/> may be written as lying in <paramref name="named"/>: the
    /// same province, or the province it merged into in July 2025 (<c>Đồng Hới, Quảng Trị</c> in a 2026 article).
    /// </summary>
    public static bool LiesIn(string marchProvince, string named) =>
        string.Equals(marchProvince, named, StringComparison.Ordinal)
        || (ProvinceLexicon.TryFind(marchProvince, out var p) && string.Equals(p.MergedInto, named, StringComparison.Ordinal));

    /// <summary>
    /// The March-2025 province of a place given by name and level word: <paramref name="province"/> when set (renamed
    /// provinces take their March-2025 name), the place itself when it is a province, else the one province the
    /// gazetteer holds a unit of that name and tier in; null when the name is repeated across provinces or unknown.
    /// </summary>
    public static string? ProvinceOf(string name, string level, string? province)
    {
        if (!string.IsNullOrWhiteSpace(province))
        {
            return ProvinceLexicon.TryFind(province, out var named) ? MarchProvince(named) : province.Trim();
        }

        var levelWord = VietnameseText.ToMatchingKey(VietnameseText.Normalize(level).Trim());
        if (levelWord is "tỉnh" or "thành phố" && ProvinceLexicon.TryFind(name, out var itself))
        {
            return MarchProvince(itself);
        }

        if (TierOf(levelWord) is not { } tier)
        {
            return null;
        }

        string? found = null;
        foreach (var unit in Find(VietnameseText.ToMatchingKey(VietnameseText.Normalize(name).Trim())))
        {
            if (unit.Tier != tier)
            {
                continue;
            }

            if (found is not null && !string.Equals(found, unit.Province, StringComparison.Ordinal))
            {
                return null;
            }

            found = unit.Province;
        }

        return found;
    }

    /// <summary>The tier a level word (as <c>levels.tsv</c> canonicalises it) names, or null for villages and 2025 units.</summary>
    public static GazetteerTier? TierOf(string levelWord) => levelWord switch
    {
        "tỉnh" => GazetteerTier.Province,
        "huyện" or "quận" or "thị xã" or "thành phố" => GazetteerTier.District,
        "xã" or "phường" or "thị trấn" => GazetteerTier.Commune,
        _ => null,
    };

    private static Index Load()
    {
        var units = new List<GazetteerUnit>();
        foreach (var row in LexiconResource.ReadRows("Extraction/Places/gazetteer.tsv"))
        {
            if (row.Length < 5 || !Enum.TryParse<GazetteerTier>(row[1], ignoreCase: true, out var tier))
            {
                throw new InvalidDataException($"gazetteer.tsv: malformed row '{string.Join('\t', row)}'");
            }

            var province = ProvinceLexicon.TryFind(row[4], out var p)
                ? p.Name
                : throw new InvalidDataException($"gazetteer.tsv: province '{row[4]}' is not in provinces.tsv");
            units.Add(new GazetteerUnit(row[0], tier, row[2], row[3].Length > 0 ? row[3] : null, province));
        }

        return new Index(
            Group(units, u => VietnameseText.ToMatchingKey(u.Name)),
            Group(units, u => VietnameseText.Fold(u.Name)),
            units.Where(u => u.Tier == GazetteerTier.Province).Select(u => u.Province).ToHashSet(StringComparer.Ordinal));
    }

    private static Dictionary<string, GazetteerUnit[]> Group(List<GazetteerUnit> units, Func<GazetteerUnit, string> key) =>
        units.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private sealed record Index(Dictionary<string, GazetteerUnit[]> ByKey, Dictionary<string, GazetteerUnit[]> ByFolded, HashSet<string> Provinces);
}
