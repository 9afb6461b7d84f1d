namespace TextMining.Extraction.Places;

/// <summary>A place the location scanner found, before its province is settled.</summary>
/// <param name="Start">Where the mention starts (its level word, or the name when bare).</param>
/// <param name="End">Where the mention ends.</param>
/// <param name="NameStart">Where the name starts.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Level">The canonical level word (<c>xã</c>, <c>thành phố</c>).</param>
/// <param name="Province">The province, set when the mention is itself a province.</param>
/// <param name="ProvinceLevel">Whether the mention is a province-level unit.</param>
/// <param name="Levelled">Whether a level word precedes the name.</param>
/// <param name="Emit">Whether the mention is reported (a bare province after <c>xã Vạn Ninh,</c> only names a parent).</param>
internal sealed record FoundPlace(int Start, int End, int NameStart, string Name, string Level, string? Province, bool ProvinceLevel, bool Levelled, bool Emit);

/// <summary>
/// Gives every place its province from the March-2025 gazetteer and the article's context. A name the gazetteer
/// holds in one province gets that province. A repeated name (<c>xã Vạn Ninh</c> is in three provinces) is narrowed
/// by its unit word's tier, then by the places written after it with commas (<c>(xã Vạn Ninh, Quảng Ninh)</c>: the
/// huyện Quảng Ninh of Quảng Bình holds a xã Vạn Ninh, which beats the province Quảng Ninh holding one further
/// down), then by the article's votes: one per province named, one per place whose name is unique, one for a
/// source address naming a province (<c>baoquangbinh.vn</c>). A place the gazetteer does not hold (villages, units
/// renamed before or after March 2025) takes the province of the places written after it, else the article's
/// leading province. A name still ambiguous keeps no province rather than a guess.
/// </summary>
internal static class ProvinceResolver
{
    private const int MaxChain = 4;
    private const double DistrictMatchBonus = 0.5;
    private const double UnitWordBonus = 0.25;
    private const double ContradictedScore = -1;

    /// <summary>Hosts whose province is remembered; an archive comes from a few sites, a hostile one from any number.</summary>
    private const int MaxCachedHosts = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> HostProvinces = new(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> HostProvincesBySpan =
        HostProvinces.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<(string Compact, string Province)[]> HostNames = new(() => ProvinceLexicon.All
        .Select(p => (string.Concat(VietnameseText.Fold(p.Name).Where(char.IsAsciiLetter)), Gazetteer.MarchProvince(p)))
        .Where(p => p.Item1.Length >= 6)
        .ToArray());

    public static void Resolve(Article article, string text, string key, List<FoundPlace> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        var candidates = new GazetteerUnit[found.Count][];
        var folded = new bool[found.Count];
        var resolved = new string?[found.Count];
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < found.Count; k++)
        {
            candidates[k] = Candidates(found[k], key, out folded[k]);
            resolved[k] = folded[k] ? null : Settled(found[k], candidates[k]);
            if (resolved[k] is { } p && found[k].Emit)
            {
                votes[p] = votes.GetValueOrDefault(p) + 1;
            }
        }

        if (SourceProvince(article) is { } source)
        {
            votes[source] = votes.GetValueOrDefault(source) + 1;
        }

        for (var k = 0; k < found.Count; k++)
        {
            if (resolved[k] is null && candidates[k].Length > 0 && found[k].Emit)
            {
                resolved[k] = Choose(found, candidates, k, text, votes, folded[k] ? 1 : double.Epsilon);
                if (resolved[k] is null && folded[k])
                {
                    // The name without its tones was only a guess; the place is one the gazetteer does not hold.
                    candidates[k] = [];
                }
            }
        }

        for (var k = found.Count - 1; k >= 0; k--)
        {
            resolved[k] ??= ChainProvince(found, resolved, k, text);
        }

        var leading = Leading(votes);
        var byName = SameNames(found, key, resolved);
        for (var k = 0; k < found.Count; k++)
        {
            // The same place named again takes the province it had where its context settled it; a repeated name
            // no context settles keeps none rather than the article's.
            resolved[k] ??= byName.GetValueOrDefault(NameKey(found[k], key)) ?? (candidates[k].Length == 0 ? leading : null);
            found[k] = found[k] with { Province = resolved[k] };
        }
    }

    private static Dictionary<string, string> SameNames(List<FoundPlace> found, string key, string?[] resolved)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < found.Count; k++)
        {
            if (resolved[k] is { } p)
            {
                byName.TryAdd(NameKey(found[k], key), p);
            }
        }

        return byName;
    }

    private static string NameKey(FoundPlace place, string key) => string.Concat(place.Level, "|", key.AsSpan(place.NameStart, place.End - place.NameStart));

    /// <summary>The gazetteer units a mention may name: same name, same tier; a bare province name after a place also a district.</summary>
    private static GazetteerUnit[] Candidates(FoundPlace place, string key, out bool folded)
    {
        folded = false;
        if (place.ProvinceLevel && place.Emit)
        {
            return [];
        }

        var tier = place.ProvinceLevel ? (GazetteerTier?)null : Gazetteer.TierOf(place.Level);
        if (!place.ProvinceLevel && tier is null)
        {
            return [];
        }

        var name = key.AsSpan(place.NameStart, place.End - place.NameStart);
        var units = Filter(Gazetteer.Find(name), tier);
        if (units.Length == 0 && tier is not null)
        {
            Span<char> foldedName = stackalloc char[Math.Min(name.Length, 64)];
            if (name.Length <= foldedName.Length)
            {
                for (var i = 0; i < name.Length; i++)
                {
                    foldedName[i] = VietnameseText.FoldChar(name[i]);
                }

                units = Filter(Gazetteer.FindFolded(foldedName), tier);
                folded = units.Length > 0;
            }
        }

        return units;
    }

    private static GazetteerUnit[] Filter(GazetteerUnit[] units, GazetteerTier? tier)
    {
        // tier null: a bare province name in a parent's place may be the province or a district of that name.
        var keep = 0;
        foreach (var u in units)
        {
            if (tier is null ? u.Tier != GazetteerTier.Commune : u.Tier == tier)
            {
                keep++;
            }
        }

        return keep == units.Length ? units : units.Where(u => tier is null ? u.Tier != GazetteerTier.Commune : u.Tier == tier).ToArray();
    }

    /// <summary>The province when the mention alone settles it: a province, or a name the gazetteer holds in one province only.</summary>
    private static string? Settled(FoundPlace place, GazetteerUnit[] candidates)
    {
        if (place.ProvinceLevel && place.Emit)
        {
            return place.Province is { } named && ProvinceLexicon.TryFind(named, out var p) ? Gazetteer.MarchProvince(p) : place.Province;
        }

        if (candidates.Length == 0)
        {
            return null;
        }

        var first = candidates[0].Province;
        foreach (var c in candidates)
        {
            if (!string.Equals(c.Province, first, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return first;
    }

    /// <summary>
    /// Picks a repeated name's province: the places after it narrow the candidates, the votes choose. A name matched
    /// only without its tones (<c>Tuyên Hoa</c>) needs a vote or a parent, not just its unit word.
    /// </summary>
    private static string? Choose(List<FoundPlace> found, GazetteerUnit[][] candidates, int k, string text, Dictionary<string, double> votes, double minimum)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in candidates[k])
        {
            scores[c.Province] = Math.Max(scores.GetValueOrDefault(c.Province, double.NegativeInfinity), Score(found, candidates, k, c, text, votes));
        }

        var best = scores.MaxBy(s => s.Value);
        var tied = scores.Count(s => s.Value == best.Value);
        return best.Value >= minimum && tied == 1 ? best.Key : null;
    }

    private static double Score(List<FoundPlace> found, GazetteerUnit[][] candidates, int k, GazetteerUnit unit, string text, Dictionary<string, double> votes)
    {
        var score = votes.GetValueOrDefault(unit.Province);
        if (string.Equals(unit.UnitWord, found[k].Level, StringComparison.Ordinal))
        {
            score += UnitWordBonus;
        }

        for (var j = k + 1; j < found.Count && j <= k + MaxChain && IsParentJoined(text, found[j - 1].End, found[j].Start); j++)
        {
            switch (Contains(found[j], candidates[j], unit))
            {
                case Containment.District:
                    score += DistrictMatchBonus + 1;
                    break;
                case Containment.Province:
                    score += 1;
                    break;
                case Containment.No:
                    return ContradictedScore;
            }
        }

        return score;
    }

    private enum Containment
    {
        Unknown,
        No,
        Province,
        District,
    }

    /// <summary>Whether the parent mention <paramref name="parent"/> can hold <paramref name="unit"/>, and at which level.</summary>
    private static Containment Contains(FoundPlace parent, GazetteerUnit[] parentUnits, GazetteerUnit unit)
    {
        if (parent.ProvinceLevel && parent.Emit && parent.Province is { } named)
        {
            return Gazetteer.LiesIn(unit.Province, ProvinceLexicon.TryFind(named, out var p) ? Gazetteer.MarchProvince(p) : named)
                ? Containment.Province
                : Containment.No;
        }

        if (parentUnits.Length == 0)
        {
            return Containment.Unknown;
        }

        var result = Containment.No;
        foreach (var u in parentUnits)
        {
            if (!string.Equals(u.Province, unit.Province, StringComparison.Ordinal))
            {
                continue;
            }

            if (u.Tier == GazetteerTier.District && unit.Tier == GazetteerTier.Commune && string.Equals(u.Name, unit.District, StringComparison.Ordinal))
            {
                return Containment.District;
            }

            if (u.Tier == GazetteerTier.Province)
            {
                result = Containment.Province;
            }
        }

        return result;
    }

    /// <summary>The province of the first place written after this one with commas (<c>thôn Đông, xã Cẩm Hòa</c>).</summary>
    private static string? ChainProvince(List<FoundPlace> found, string?[] resolved, int k, string text)
    {
        for (var j = k + 1; j < found.Count && j <= k + MaxChain && IsParentJoined(text, found[j - 1].End, found[j].Start); j++)
        {
            if (resolved[j] is { } p)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The province with the most votes, when one leads.</summary>
    private static string? Leading(Dictionary<string, double> votes)
    {
        if (votes.Count == 0)
        {
            return null;
        }

        var best = votes.MaxBy(v => v.Value);
        return votes.Count(v => v.Value == best.Value) == 1 ? best.Key : null;
    }

    /// <summary>The province a source address names (<c>baoquangbinh.vn</c>, <c>congan.quangninh.gov.vn</c>), if exactly one.</summary>
    private static string? SourceProvince(Article article)
    {
        if (article.Url is not { } url || !UrlHost.TryGet(url, out var host))
        {
            return null;
        }

        // A known host is looked up by its span, without taking it out of the address.
        return HostProvincesBySpan.TryGetValue(host, out var known)
            ? known
            : BoundedCache.GetOrCompute(HostProvinces, host.ToString(), HostProvince, MaxCachedHosts);
    }

    /// <summary>The province whose compact name is in <paramref name="host"/>, or null for none or several.</summary>
    private static string? HostProvince(string host)
    {
        string? found = null;
        foreach (var (compact, province) in HostNames.Value)
        {
            if (host.Contains(compact, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null && !string.Equals(found, province, StringComparison.Ordinal))
                {
                    return null;
                }

                found = province;
            }
        }

        return found;
    }

    /// <summary>Whether the next place follows after a comma or an opening bracket: <c>xã A, huyện B</c>, <c>xã A (huyện B)</c>.</summary>
    private static bool IsParentJoined(string text, int end, int nextStart)
    {
        var i = Words.SkipSpaces(text, end);
        return i < text.Length && text[i] is ',' or '(' && Words.SkipSpaces(text, i + 1) == nextStart;
    }
}
