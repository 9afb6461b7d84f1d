using System.Text;
using TextMining.Extraction.Abbreviations;
using TextMining.Extraction.Places;
using TextMining.Text;

namespace TextMining.Extraction.Organizations;

/// <summary>
/// Finds organisations: a head from <c>organizations.tsv</c> (<c>Công an</c>, <c>Ban Chỉ đạo</c>, <c>UBND</c>,
/// <c>Huyện ủy</c>, <c>Bộ Công an</c>, <c>Hội Nông dân</c>, <c>Trường THPT</c>, …) with what may follow it: a number
/// (<c>Ban Chỉ đạo 138</c>), a level word and place name (<c>UBND thành phố Đồng Hới</c>, <c>Công an tỉnh</c>), a
/// qualifier (<c>Trung ương</c>, <c>các cấp</c>) or a capitalised name (<c>Huyện ủy Thống Nhất</c>). The span covers
/// the number, so the figures stage skips it. <see cref="OrganizationMention.Name"/> is canonical: the head's
/// canonical form, the level's canonical form, and abbreviations expanded (<c>UBND TP. HCM</c> gives
/// <c>Ủy ban nhân dân thành phố Hồ Chí Minh</c>).
/// </summary>
internal sealed class OrganizationExtractor : IExtractionStage
{
    public ExtractorKind? Kind => ExtractorKind.Organizations;

    public IReadOnlyList<StageDependency> Needs => [];

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var key = context.MatchingKey;
        var heads = OrganizationLexicon.Heads;
        var runs = context.WordRuns;
        for (var k = 0; k < runs.Count; k++)
        {
            var i = runs.Start(k);
            if (heads.TryMatchWordAt(text, key, i, runs.End(k), out var headEnd, out var head)
                && TryRead(text, key, i, headEnd, head, out var end, out var name))
            {
                context.Organizations.Add(new OrganizationMention(text[i..end], name, new SourceSpan(i, end - i)));
                context.Claims.Claim(new SourceSpan(i, end - i), EntityKinds.Organization);
                k = runs.NextAtOrAfter(end, k) - 1;
            }
        }
    }

    private static bool TryRead(string text, string key, int start, int headEnd, OrganizationHead head, out int end, out string name)
    {
        var canonical = new StringBuilder(head.Canonical);
        end = headEnd;
        var hasTail = false;
        var hasPlace = false;

        if (head.Number)
        {
            var j = Words.SkipSpaces(text, end);
            if (j > end && j < text.Length && Words.IsDigit(text[j]))
            {
                var numberEnd = Words.WordEnd(text, j);
                if (IsDigits(text, j, numberEnd))
                {
                    canonical.Append(' ').Append(text, j, numberEnd - j);
                    end = numberEnd;
                    hasTail = true;
                }
            }
        }

        var levelled = false;
        if (head.Level)
        {
            var j = Words.SkipSpaces(text, end);
            if (j > end && OrganizationLexicon.Tails.TryMatchAt(text, key, j, out var tailEnd, out var tail))
            {
                canonical.Append(' ').Append(tail);
                end = tailEnd;
                hasTail = levelled = true;
            }
            else if (j > end && AdministrativeLevels.Matcher.TryMatchAt(text, key, j, out var levelEnd, out var level))
            {
                canonical.Append(' ').Append(level.Canonical);
                end = levelEnd;
                hasTail = levelled = true;
                var nameStart = Words.SkipSpaces(text, levelEnd);
                if ((nameStart > levelEnd || text[levelEnd - 1] == '.') && StartsName(text, key, nameStart, level.Numbered, afterLevel: true))
                {
                    var nameEnd = ReadName(text, key, nameStart, level, level.Numbered);
                    if (nameEnd > nameStart)
                    {
                        AbbreviationLexicon.AppendExpanded(canonical.Append(' '), text, nameStart, nameEnd);
                        end = nameEnd;
                        hasPlace = true;
                    }
                }
            }
        }

        if (!levelled && head.Name)
        {
            var j = Words.SkipSpaces(text, end);
            if (j > end && StartsName(text, key, j, numbered: false, afterLevel: false))
            {
                var nameEnd = ReadName(text, key, j, level: null, numbered: false);
                if (nameEnd > j)
                {
                    AbbreviationLexicon.AppendExpanded(canonical.Append(' '), text, j, nameEnd);
                    end = nameEnd;
                    hasTail = true;
                }
            }
        }

        name = canonical.ToString();
        var capitalised = Words.IsUpper(text[start]);
        // Lower-case "công an" is the police in general unless a level and a place follow (công an xã Định An).
        return (head.Bare || hasTail) && (capitalised || !head.Upper || hasPlace);
    }

    /// <summary>
    /// Whether a name starts at <paramref name="index"/>: a capital (or a number after a numbered level) that does not
    /// open another organisation, nor, straight after a head, a level (after a level, <c>TP. Buôn Ma Thuột</c> is a name).
    /// </summary>
    private static bool StartsName(string text, string key, int index, bool numbered, bool afterLevel)
    {
        if (index >= text.Length || !(Words.IsUpper(text[index]) || (numbered && Words.IsDigit(text[index]))))
        {
            return false;
        }

        return !OrganizationLexicon.Heads.TryMatchAt(text, key, index, out _, out _)
            && (afterLevel || !AdministrativeLevels.Matcher.TryMatchAt(text, key, index, out _, out _));
    }

    private static int ReadName(string text, string key, int start, LevelWord? level, bool numbered)
    {
        if ((level is null || level.ProvinceLevel) && ProvinceLexicon.Matcher.TryMatchAt(text, key, start, out var provinceEnd, out _))
        {
            return provinceEnd;
        }

        // Every province is in the lexicon: "Công an tỉnh Bùi Hữu Danh" is "Công an tỉnh" followed by a person.
        // A name straight after the head may be a person's (Trường THPT Lương Thế Vinh); after a level word it may not
        // (UBND huyện Trần Văn Nam is the district's committee, then a person).
        return level?.Canonical == "tỉnh" ? start : PlaceNames.Read(text, key, start, numbered, allowPerson: level is null);
    }

    private static bool IsDigits(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!Words.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
