using TextMining.Lexicons;
using TextMining.Text;

namespace TextMining.Extraction.Locations;

/// <summary>Tells a person's name from a place name after a level word (<c>UBND huyện Trần Văn Nam</c>).</summary>
internal static class PersonNames
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Surnames = new(() =>
        LexiconResource.ReadColumn("Extraction/Locations/surnames.tsv")
            .Select(VietnameseText.ToMatchingKey)
            .ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>());

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

            if (WordScanner.IsWordChar(text[k]) && WordScanner.IsWordStart(text, k))
            {
                words++;
            }
        }

        return words is 3 or 4 && Surnames.Value.Contains(key.AsSpan(start, WordScanner.WordEnd(text, start) - start));
    }
}
