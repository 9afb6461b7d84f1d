using TextMining.Lexicons;

namespace TextMining.Extraction.Abbreviations;

/// <summary>
/// The abbreviation lexicon (<c>abbreviations.tsv</c>): the one list both extraction and the search analyser use.
/// </summary>
internal static class AbbreviationLexicon
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ByAbbreviation = new(() =>
        LexiconResource.ReadRows("Extraction/Abbreviations/abbreviations.tsv")
            .Where(r => r.Length >= 2 && r[1].Length > 0)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal));

    /// <summary>Every abbreviation (case as written) with its expansion.</summary>
    public static IReadOnlyDictionary<string, string> Entries => ByAbbreviation.Value;

    /// <summary>The expansion of <paramref name="abbreviation"/> (exact case), if known.</summary>
    public static bool TryExpand(string abbreviation, out string expansion) =>
        ByAbbreviation.Value.TryGetValue(abbreviation, out expansion!);
}
