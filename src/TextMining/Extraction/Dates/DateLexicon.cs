using TextMining.Lexicons;
using TextMining.Text;

namespace TextMining.Extraction.Dates;

/// <summary>
/// The words of <c>date-words.tsv</c> and <c>roman-numerals.tsv</c>, grouped by role, as matching keys
/// (<see cref="VietnameseText.ToMatchingKey"/>), longest phrase first within each role. Loaded once, read-only.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> Lazy = new(() => new DateLexicon(
        LexiconResource.ReadRows("Extraction/Dates/date-words.tsv"),
        LexiconResource.ReadRows("Extraction/Dates/roman-numerals.tsv")));

    private readonly Dictionary<string, Phrase[]> _byRole;

    private DateLexicon(IReadOnlyList<string[]> words, IReadOnlyList<string[]> romans)
    {
        _byRole = words
            .Where(r => r.Length >= 2 && r[1].Length > 0)
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => new Phrase(VietnameseText.ToMatchingKey(r[0]), r.Length > 2 ? r[2] : string.Empty))
                    .OrderByDescending(p => p.Key.Length)
                    .ToArray(),
                StringComparer.Ordinal);
        Romans = romans
            .Where(r => r.Length >= 2 && int.TryParse(r[1], out _))
            .Select(r => new Phrase(r[0], r[1]))
            .OrderByDescending(p => p.Key.Length)
            .ToArray();
    }

    /// <summary>The shared instance.</summary>
    public static DateLexicon Instance => Lazy.Value;

    /// <summary>Roman numerals of quarters, as written (upper case), longest first.</summary>
    public Phrase[] Romans { get; }

    /// <summary>The phrases of <paramref name="role"/>, longest first; empty when the lexicon has none.</summary>
    public Phrase[] this[string role] => _byRole.TryGetValue(role, out var phrases) ? phrases : [];

    /// <summary>A lexicon phrase (matching key) with the value column.</summary>
    /// <param name="Key">The phrase as a matching key.</param>
    /// <param name="Value">The value column, or empty.</param>
    internal readonly record struct Phrase(string Key, string Value);
}
