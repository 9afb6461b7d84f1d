using TextMining.Text;

namespace TextMining.Extraction.Locations;

/// <summary>
/// Finds administrative places: a level word (<c>levels.tsv</c>) followed by a capitalised name
/// (<c>xã Vạn Ninh</c>, <c>TP. Đồng Hới</c>, <c>huyện Tuyên Hóa</c>, <c>quận 3</c>), and province names standing
/// alone (<c>Công an Hà Tĩnh</c>). Province-level names are cut to the province lexicon's spelling
/// (<c>tỉnh Sóc Trăng Trần Văn Chuyện</c> gives <c>Sóc Trăng</c>). A lower-level place gets its province from a
/// parent chain written after it (<c>xã Châu Lăng, huyện Tri Tôn, tỉnh An Giang</c>;
/// <c>(xã Vạn Ninh, Quảng Ninh)</c>), else from the article when it names exactly one province with a level word.
/// </summary>
internal sealed class LocationExtractor : IExtractionStage
{
    private const int MaxNameWords = 5;

    public int Order => StageOrder.Locations;

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var key = context.MatchingKey;
        var folded = context.Folded;
        var levels = AdministrativeLevels.Matcher;
        var provinces = ProvinceLexicon.Matcher;
        var found = new List<Found>();

        var i = 0;
        while (i < text.Length)
        {
            if (!WordScanner.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = WordScanner.WordEnd(text, i);
            if (levels.MayStartWith(folded[i])
                && levels.TryMatch(text, key, i, wordEnd, out var levelEnd, out var level)
                && TryReadLevelled(text, key, i, levelEnd, level, out var item))
            {
                found.Add(item);
                i = item.End;
                continue;
            }

            if (WordScanner.IsUpper(text[i])
                && provinces.TryMatch(text, key, i, wordEnd, out var provinceEnd, out var spelling)
                && spelling.Bare
                && !FollowsCapitalisedWord(text, i)
                && WordScanner.ReadProperName(text, i, MaxNameWords + 1) == provinceEnd)
            {
                var parentOnly = IsParentPosition(text, i, found);
                found.Add(new Found(i, provinceEnd, text[i..provinceEnd], spelling.Province.Kind, spelling.Province.Name, ProvinceLevel: true, Levelled: false, Emit: !parentOnly));
                i = provinceEnd;
                continue;
            }

            i = wordEnd;
        }

        AssignProvinces(text, found);
        foreach (var f in found)
        {
            if (f.Emit)
            {
                context.Locations.Add(new LocationMention(text[f.Start..f.End], f.Name, f.Level, f.Province, new SourceSpan(f.Start, f.End - f.Start)));
            }
        }
    }

    private static bool TryReadLevelled(string text, string key, int start, int levelEnd, AdministrativeLevel level, out Found item)
    {
        item = default!;
        var nameStart = WordScanner.SkipSpaces(text, levelEnd);
        if (nameStart == levelEnd && text[levelEnd - 1] != '.')
        {
            return false;
        }

        var nameEnd = PlaceNames.Read(text, key, nameStart, level.Numbered);
        if (nameEnd == nameStart)
        {
            return false;
        }

        string? province = null;
        var provinceLevel = false;
        if (level.ProvinceLevel && ProvinceLexicon.Matcher.TryMatch(text, key, nameStart, WordScanner.WordEnd(text, nameStart), out var provinceEnd, out var p))
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

        item = new Found(start, nameEnd, text[nameStart..nameEnd], level.Canonical, province, provinceLevel, Levelled: true, Emit: true);
        return true;
    }

    /// <summary>Whether the word at <paramref name="index"/> continues a capitalised name (Nguyễn Hà Nam).</summary>
    private static bool FollowsCapitalisedWord(string text, int index)
    {
        var j = index;
        if (j == 0 || text[j - 1] != ' ')
        {
            return false;
        }

        j = WordScanner.SkipSpacesBack(text, j);
        if (j == 0 || !WordScanner.IsWordChar(text[j - 1]))
        {
            return false;
        }

        var s = j - 1;
        while (s > 0 && WordScanner.IsWordChar(text[s - 1]))
        {
            s--;
        }

        return WordScanner.IsUpper(text[s]);
    }

    /// <summary>Whether a bare name follows a place and a comma (<c>xã Vạn Ninh, Quảng Ninh</c>): it names the parent.</summary>
    private static bool IsParentPosition(string text, int index, List<Found> found)
    {
        if (found.Count == 0)
        {
            return false;
        }

        var j = WordScanner.SkipSpacesBack(text, index);
        return j > 0 && text[j - 1] == ',' && WordScanner.SkipSpacesBack(text, j - 1) == found[^1].End;
    }

    private static void AssignProvinces(string text, List<Found> found)
    {
        string? articleProvince = null;
        var distinct = 0;
        foreach (var f in found)
        {
            if (f.Levelled && f.ProvinceLevel && f.Province is not null && !string.Equals(f.Province, articleProvince, StringComparison.Ordinal))
            {
                distinct += articleProvince is null ? 1 : 2;
                articleProvince ??= f.Province;
            }
        }

        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].ProvinceLevel)
            {
                continue;
            }

            string? parent = null;
            for (var j = k + 1; j < found.Count && j <= k + 4; j++)
            {
                if (!IsCommaJoined(text, found[j - 1].End, found[j].Start))
                {
                    break;
                }

                if (found[j].ProvinceLevel)
                {
                    parent = found[j].Province;
                    break;
                }
            }

            parent ??= distinct == 1 ? articleProvince : null;
            if (parent is not null)
            {
                found[k] = found[k] with { Province = parent };
            }
        }
    }

    private static bool IsCommaJoined(string text, int end, int nextStart)
    {
        var i = WordScanner.SkipSpaces(text, end);
        return i < text.Length && text[i] == ',' && WordScanner.SkipSpaces(text, i + 1) == nextStart;
    }

    private sealed record Found(int Start, int End, string Name, string Level, string? Province, bool ProvinceLevel, bool Levelled, bool Emit);
}
