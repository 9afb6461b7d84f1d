using TextMining.Text;

namespace TextMining.Extraction.Places;

/// <summary>
/// Finds administrative places: a level word (<c>levels.tsv</c>) followed by a capitalised name
/// (<c>xã Vạn Ninh</c>, <c>TP. Đồng Hới</c>, <c>huyện Tuyên Hóa</c>, <c>quận 3</c>), and province names standing
/// alone (<c>Công an Hà Tĩnh</c>). Province-level names are cut to the province lexicon's spelling
/// (<c>tỉnh Sóc Trăng Trần Văn Chuyện</c> gives <c>Sóc Trăng</c>). Every place then gets its province from the
/// March-2025 gazetteer and the article's context (<see cref="ProvinceResolver"/>).
/// </summary>
internal sealed class PlaceExtractor : IExtractionStage
{
    private const int MaxNameWords = 5;

    public ExtractorKind? Kind => ExtractorKind.Places;

    public IReadOnlyList<StageDependency> Needs => [];

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var key = context.MatchingKey;
        var levels = AdministrativeLevels.Matcher;
        var provinces = ProvinceLexicon.Matcher;
        var found = new List<FoundPlace>();

        var runs = context.WordRuns;
        for (var k = 0; k < runs.Count; k++)
        {
            var i = runs.Start(k);
            if (levels.TryMatchWordAt(text, key, i, runs.End(k), out var levelEnd, out var level)
                && TryReadLevelled(text, key, i, levelEnd, level, out var item))
            {
                found.Add(item);
                k = runs.NextAtOrAfter(item.End, k) - 1;
                continue;
            }

            // A name inside another (Nguyễn Hà Nam) is ruled out before the province lexicon is searched: most
            // capitalised words are inside a person's name.
            if (runs.StartsUpper(k)
                && !FollowsCapitalisedWord(text, runs, k)
                && provinces.TryMatchWordAt(text, key, i, runs.End(k), out var provinceEnd, out var spelling)
                && spelling.Bare
                && Words.ReadProperName(text, i, MaxNameWords + 1) == provinceEnd)
            {
                var parentOnly = IsParentPosition(text, i, found);
                found.Add(new FoundPlace(i, provinceEnd, i, text[i..provinceEnd], spelling.Province.Kind, spelling.Province.Name, ProvinceLevel: true, Levelled: false, Emit: !parentOnly));
                k = runs.NextAtOrAfter(provinceEnd, k) - 1;
            }
        }

        ProvinceResolver.Resolve(context.Article, text, key, found);
        foreach (var f in found)
        {
            if (f.Emit)
            {
                context.Places.Add(new PlaceMention(text[f.Start..f.End], f.Name, AdministrativeLevels.Parse(f.Level), f.Province, new SourceSpan(f.Start, f.End - f.Start)));
            }
        }
    }

    private static bool TryReadLevelled(string text, string key, int start, int levelEnd, LevelWord level, out FoundPlace item)
    {
        item = default!;
        var nameStart = Words.SkipSpaces(text, levelEnd);
        if (nameStart == levelEnd && text[levelEnd - 1] != '.')
        {
            return false;
        }

        var nameEnd = PlaceNames.Read(text, key, nameStart, level.Numbered);
        if (nameEnd == nameStart)
        {
            return false;
        }

        nameEnd = WithUnitNumber(text, key, nameStart, nameEnd, level);

        string? province = null;
        var provinceLevel = false;
        if (level.ProvinceLevel && ProvinceLexicon.Matcher.TryMatchAt(text, key, nameStart, out var provinceEnd, out var p))
        {
            nameEnd = provinceEnd;
            province = p.Province.Name;
            provinceLevel = true;
        }
        else if (level.Canonical == "tỉnh")
        {
            // Every province is in the lexicon: "tỉnh Bùi Hữu Danh" is "tỉnh" followed by a person.
            return false;
        }

        item = new FoundPlace(start, nameEnd, nameStart, text[nameStart..nameEnd], level.Canonical, province, provinceLevel, Levelled: true, Emit: true);
        return true;
    }

    /// <summary>
    /// Extends a name by the number the gazetteer has as part of it (<c>phường Đông Hải 1</c>, <c>xã Long Điền Đông A</c>
    /// is read whole already); other numbers after a name are not part of it (<c>xã Hưng Lộc 3 mô hình</c>).
    /// </summary>
    private static int WithUnitNumber(string text, string key, int nameStart, int nameEnd, LevelWord level)
    {
        if (nameEnd + 1 >= text.Length || text[nameEnd] != ' ' || !Words.IsDigit(text[nameEnd + 1]) || Gazetteer.TierOf(level.Canonical) is not { } tier)
        {
            return nameEnd;
        }

        var numberEnd = Words.WordEnd(text, nameEnd + 1);
        foreach (var unit in Gazetteer.Find(key.AsSpan(nameStart, numberEnd - nameStart)))
        {
            if (unit.Tier == tier)
            {
                return numberEnd;
            }
        }

        return nameEnd;
    }

    /// <summary>
    /// Whether run <paramref name="k"/> continues a capitalised name (Nguyễn Hà Nam): the run before it starts with a
    /// capital and only plain spaces, at least one, stand between them.
    /// </summary>
    private static bool FollowsCapitalisedWord(string text, WordRuns runs, int k)
    {
        if (k == 0 || !runs.StartsUpper(k - 1))
        {
            return false;
        }

        var start = runs.Start(k);
        return text[start - 1] == ' ' && Words.SkipSpacesBack(text, start) == runs.End(k - 1);
    }

    /// <summary>Whether a bare name follows a place and a comma (<c>xã Vạn Ninh, Quảng Ninh</c>): it names the parent.</summary>
    private static bool IsParentPosition(string text, int index, List<FoundPlace> found)
    {
        if (found.Count == 0)
        {
            return false;
        }

        var j = Words.SkipSpacesBack(text, index);
        return j > 0 && text[j - 1] == ',' && Words.SkipSpacesBack(text, j - 1) == found[^1].End;
    }
}
