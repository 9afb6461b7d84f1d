namespace TextMining.Search;

/// <summary>A term of analysed text: where it sits in the original string.</summary>
/// <param name="Start">UTF-16 offset in the original (and, as keys are length-preserving, in its keys).</param>
/// <param name="Length">Length in UTF-16 units.</param>
internal readonly record struct TermSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// The search word model: splits normalised text into terms; <see cref="VietnameseAnalyzer"/> (index), the query
/// parser and the snippets all use it, each term in two forms, the matching key
/// (<see cref="VietnameseText.ToMatchingKey"/>: lower case, tone placement unified, diacritics kept) and the
/// folded key (<see cref="VietnameseText.Fold(string)"/>: no diacritics, <c>đ</c> as <c>d</c>). Both keys have the
/// length of the input, so a term's offsets are offsets in the original text.
/// </summary>
/// <remarks>
/// A term is a run of letters and digits. Inside a number a dot or comma between digits is kept, so
/// <c>1.069</c>, <c>26.000</c> and <c>2,5</c> stay one term. Terms longer than <see cref="MaxTermLength"/> are
/// cut to that length. Index and query go through the same code, so they always agree.
/// </remarks>
internal static class SearchAnalyzer
{
    /// <summary>The longest term kept; longer runs (hashes, garbage) are cut.</summary>
    public const int MaxTermLength = 48;

    private static readonly Lazy<AbbreviationTables> Tables = new(BuildTables);

    /// <summary>Splits <paramref name="text"/> into terms.</summary>
    public static List<TermSpan> Tokenize(string text)
    {
        // Vietnamese words are short (a syllable each): about one term per four characters.
        var terms = new List<TermSpan>((text.Length / 4) + 4);
        Tokenize(text, terms);
        return terms;
    }

    /// <summary>Splits <paramref name="text"/> into terms, appending to <paramref name="terms"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<TermSpan> terms)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTermChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var numeric = char.IsDigit(text[i]);
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsTermChar(c))
                {
                    numeric &= char.IsDigit(c);
                    i++;
                    continue;
                }

                // 1.069, 26.000, 2,5: a separator between digits of a number keeps the number whole.
                if (numeric && c is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i - 1]))
                {
                    i++;
                    continue;
                }

                break;
            }

            terms.Add(new TermSpan(start, Math.Min(i - start, MaxTermLength)));
        }
    }

    /// <summary>Whether <paramref name="text"/> (a query word) carries Vietnamese diacritics.</summary>
    public static bool HasDiacritics(string text) => VietnameseText.HasDiacritics(text);

    /// <summary>The folded terms of a short value as an array.</summary>
    public static string[] FoldedTerms(string value)
    {
        var normalized = VietnameseText.Normalize(value);
        var folded = VietnameseText.Fold(normalized);
        return Tokenize(normalized).Select(t => folded.Substring(t.Start, t.Length)).ToArray();
    }

    /// <summary>
    /// The folded alternatives of a folded term sequence through the abbreviation lexicon: <c>antq</c> gives
    /// <c>an ninh to quoc</c> and the reverse. Used to highlight both forms in snippets.
    /// </summary>
    public static IReadOnlyList<string[]> FoldedAliases(IReadOnlyList<string> foldedTerms)
    {
        var key = string.Join(' ', foldedTerms);
        return Tables.Value.FoldedAliases.TryGetValue(key, out var aliases) ? aliases : [];
    }

    private static bool IsTermChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && c <= '\u036F');

    private static AbbreviationTables BuildTables()
    {
        var aliases = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var (abbreviation, expansion) in AbbreviationLexicon.Entries)
        {
            var abbreviationFolded = FoldedTerms(abbreviation);
            var expansionFolded = FoldedTerms(expansion);
            if (abbreviationFolded.Length == 0 || expansionFolded.Length == 0)
            {
                continue;
            }

            Add(aliases, string.Join(' ', abbreviationFolded), expansionFolded);
            Add(aliases, string.Join(' ', expansionFolded), abbreviationFolded);
        }

        return new AbbreviationTables(
            aliases.ToDictionary(p => p.Key, p => (IReadOnlyList<string[]>)p.Value.ToArray(), StringComparer.Ordinal));
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private sealed record AbbreviationTables(
        Dictionary<string, IReadOnlyList<string[]>> FoldedAliases);
}
