using TextMining.Text;

namespace TextMining.Extraction.Locations;

/// <summary>
/// Finds the longest lexicon phrase that starts at a word start. Phrases are looked up by their first word in the
/// text's matching key (case- and tone-placement-insensitive) without allocating or hashing; a phrase marked exact must also
/// match the original text character for character (<c>TP.</c> but not <c>tp.</c>). A space in a phrase matches
/// one or more spaces in the text. Built once from lexicon rows; read-only and thread-safe afterwards.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseMatcher<T>
{
    private const int MaxFirstWordLength = 15;

    // First words bucketed by (folded first letter, length): a lookup is an array index and one or two span compares.
    private readonly FirstWord[]?[] _buckets = new FirstWord[]?[128 * (MaxFirstWordLength + 1)];
    private readonly bool[] _firstChars = new bool[128];

    public PhraseMatcher(IEnumerable<(string Phrase, bool Exact, T Value)> phrases)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (phrase, exact, value) in phrases)
        {
            var original = VietnameseText.Normalize(phrase).Trim();
            if (original.Length == 0 || !WordScanner.IsWordChar(original[0]))
            {
                continue;
            }

            var key = VietnameseText.ToMatchingKey(original);
            var firstEnd = WordScanner.WordEnd(key, 0);
            var first = key[..firstEnd];
            if (!groups.TryGetValue(first, out var list))
            {
                groups[first] = list = [];
            }

            list.Add(new Entry(key, original, exact, value));
        }

        foreach (var (first, list) in groups)
        {
            var folded = VietnameseText.FoldChar(first[0]);
            if (folded >= 128 || first.Length > MaxFirstWordLength)
            {
                throw new InvalidOperationException($"lexicon phrase '{list[0].Original}' starts with an unsupported word");
            }

            _firstChars[folded] = true;
            var index = (folded * (MaxFirstWordLength + 1)) + first.Length;
            var entry = new FirstWord(first, list.OrderByDescending(e => e.Key.Length).ToArray());
            _buckets[index] = [.. _buckets[index] ?? [], entry];
        }
    }

    /// <summary>Whether any phrase can start with a word whose folded first character is <paramref name="foldedFirst"/>.</summary>
    public bool MayStartWith(char foldedFirst) => foldedFirst < 128 && _firstChars[foldedFirst];

    /// <summary>
    /// Tries the phrases whose first word is the word at <paramref name="start"/> (which must be a word start),
    /// longest first.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="key">The matching key of <paramref name="text"/> (same length).</param>
    /// <param name="start">A word start.</param>
    /// <param name="wordEnd">The end of the word at <paramref name="start"/>.</param>
    /// <param name="end">The end (exclusive) of the phrase matched.</param>
    /// <param name="value">The phrase's value.</param>
    /// <returns>Whether a phrase matched.</returns>
    public bool TryMatch(string text, string key, int start, int wordEnd, out int end, out T value)
    {
        var length = wordEnd - start;
        var folded = VietnameseText.FoldChar(key[start]);
        if (length <= MaxFirstWordLength && folded < 128 && _buckets[(folded * (MaxFirstWordLength + 1)) + length] is { } bucket)
        {
            var word = key.AsSpan(start, length);
            foreach (var first in bucket)
            {
                if (!word.SequenceEqual(first.Word))
                {
                    continue;
                }

                foreach (var entry in first.Entries)
                {
                    if (TryMatchEntry(text, key, start, entry, out end))
                    {
                        value = entry.Value;
                        return true;
                    }
                }
            }
        }

        end = start;
        value = default!;
        return false;
    }

    /// <summary>Like <see cref="TryMatch"/> but finds the word end itself.</summary>
    public bool TryMatchAt(string text, string key, int start, out int end, out T value)
    {
        if (start >= text.Length || !WordScanner.IsWordChar(text[start]) || !WordScanner.IsWordStart(text, start))
        {
            end = start;
            value = default!;
            return false;
        }

        return TryMatch(text, key, start, WordScanner.WordEnd(text, start), out end, out value);
    }

    private static bool TryMatchEntry(string text, string key, int start, Entry entry, out int end)
    {
        var source = entry.Exact ? text : key;
        var phrase = entry.Exact ? entry.Original : entry.Key;
        var i = start;
        for (var p = 0; p < phrase.Length; p++)
        {
            var c = phrase[p];
            if (c == ' ')
            {
                if (i >= source.Length || source[i] != ' ')
                {
                    end = start;
                    return false;
                }

                i = WordScanner.SkipSpaces(source, i);
                continue;
            }

            if (i >= source.Length || source[i] != c)
            {
                end = start;
                return false;
            }

            i++;
        }

        if (WordScanner.IsWordChar(phrase[^1]) && !WordScanner.IsWordEnd(text, i))
        {
            end = start;
            return false;
        }

        end = i;
        return true;
    }

    private sealed record Entry(string Key, string Original, bool Exact, T Value);

    private sealed record FirstWord(string Word, Entry[] Entries);
}
