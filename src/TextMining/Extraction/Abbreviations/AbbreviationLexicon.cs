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

    private static bool TryExpand(string word, IReadOnlyDictionary<string, string>? first, out string expansion)
    {
        if (first is not null && first.TryGetValue(word, out var own))
        {
            expansion = own;
            return true;
        }

        return TryExpand(word, out expansion);
    }

    /// <summary>
    /// Appends <c>text[start..end)</c> with every all-caps word that <paramref name="first"/> or the lexicon knows
    /// replaced by its expansion (<c>HCM</c> gives <c>Hồ Chí Minh</c>).
    /// </summary>
    /// <param name="builder">Where the text goes.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the part to append starts.</param>
    /// <param name="end">Where it ends (at a word boundary).</param>
    /// <param name="first">Expansions looked up before the lexicon's (a stage's own abbreviations), or null.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static StringBuilder AppendExpanded(StringBuilder builder, string text, int start, int end, IReadOnlyDictionary<string, string>? first = null)
    {
        var k = start;
        while (k < end)
        {
            if (!Words.IsWordChar(text[k]))
            {
                builder.Append(text[k]);
                k++;
                continue;
            }

            var wordEnd = Words.WordEnd(text, k);
            var word = text[k..wordEnd];
            builder.Append(Words.IsAllCaps(word) && TryExpand(word, first, out var expansion) ? expansion : word);
            k = wordEnd;
        }

        return builder;
    }
}
