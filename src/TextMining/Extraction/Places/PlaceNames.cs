namespace TextMining.Extraction.Places;

/// <summary>
/// Reads the name of a place after a level word: a capitalised run (<see cref="Words.ReadProperName"/>) cut
/// before a word that opens an organisation, a title or a person (<c>name-stops.tsv</c>, strong surnames of
/// <c>surnames.tsv</c>), and rejected when it reads as a person's name (<c>UBND huyện Trần Văn Nam</c>).
/// </summary>
internal static class PlaceNames
{
    private const int MaxWords = 5;

    private static readonly Lazy<PhraseMatcher<bool>> Stops = new(() =>
        new PhraseMatcher<bool>(LexiconResource.ReadRows("Extraction/Places/name-stops.tsv")
            .Select(r => new PhraseRow<bool>(r[0], r.Length < 2 || r[1] != "inner"))));

    private static readonly Lazy<(HashSet<string> All, HashSet<string> Strong)> Surnames = new(() =>
    {
        var rows = LexiconResource.ReadRows("Extraction/Places/surnames.tsv");
        return (rows.Select(r => VietnameseText.ToMatchingKey(r[0])).ToHashSet(StringComparer.Ordinal),
            rows.Where(r => r.Length > 1 && r[1] == "strong").Select(r => VietnameseText.ToMatchingKey(r[0])).ToHashSet(StringComparer.Ordinal));
    });

    /// <summary>
    /// Reads a place name at <paramref name="start"/>; returns its end, or <paramref name="start"/> when no name
    /// starts there. With <paramref name="allowPerson"/> a name that reads as a person is kept (schools are named
    /// after people: <c>Trường THPT Lương Thế Vinh</c>).
    /// </summary>
    public static int Read(string text, string key, int start, bool allowNumber, bool allowPerson = false)
    {
        var end = Words.ReadProperName(text, start, MaxWords, allowNumber);
        if (end == start || Words.IsDigit(text[start]))
        {
            return end;
        }

        var stops = Stops.Value;
        var strong = Surnames.Value.Strong.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        for (var k = start; k < end;)
        {
            if (!Words.IsWordChar(text[k]))
            {
                k++;
                continue;
            }

            var wordEnd = Words.WordEnd(text, k);
            if (stops.TryMatchAt(text, key, k, out _, out var anywhere) && (anywhere || words > 0))
            {
                end = Words.SkipSpacesBack(text, k);
                break;
            }

            if (words > 0 && strong.Contains(key.AsSpan(k, wordEnd - k)))
            {
                end = Words.SkipSpacesBack(text, k);
                break;
            }

            words++;
            k = wordEnd;
        }

        while (end > start && !Words.IsWordChar(text[end - 1]))
        {
            end--;
        }

        return end <= start || (!allowPerson && LooksLikePerson(text, key, start, end)) ? start : end;
    }

    /// <summary>
    /// Whether the name <c>text[start..end)</c> reads as a person: three or four words, no hyphen, and the first is a
    /// common surname.
    /// </summary>
    public static bool LooksLikePerson(string text, string key, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            if (text[k] == '-')
            {
                return false;
            }

            if (Words.IsWordChar(text[k]) && Words.IsWordStart(text, k))
            {
                words++;
            }
        }

        return words is 3 or 4
            && Surnames.Value.All.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(start, Words.WordEnd(text, start) - start));
    }
}
