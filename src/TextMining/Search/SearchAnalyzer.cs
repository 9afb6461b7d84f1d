using System.Text;
using TextMining.Extraction.Abbreviations;
using TextMining.Text;

namespace TextMining.Search;

/// <summary>A term of analysed text: where it sits in the original string.</summary>
/// <param name="Start">UTF-16 offset in the original (and, as keys are length-preserving, in its keys).</param>
/// <param name="Length">Length in UTF-16 units.</param>
internal readonly record struct TermSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// The search analyser: splits normalised text into terms and gives each term two forms, the matching key
/// (<see cref="VietnameseText.ToMatchingKey"/>: lower case, tone placement unified, diacritics kept) and the
/// folded key (<see cref="VietnameseText.Fold"/>: no diacritics, <c>đ</c> as <c>d</c>). Both keys have the
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
        var terms = new List<TermSpan>(text.Length / 5);
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

    /// <summary>
    /// Appends the analysed form of the terms to <paramref name="builder"/>, space-separated: the substrings of
    /// <paramref name="key"/> (a matching or folded key of the original text) at each term's offsets.
    /// </summary>
    public static void AppendTerms(StringBuilder builder, string key, List<TermSpan> terms, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }

            builder.Append(key, terms[i].Start, terms[i].Length);
        }
    }

    /// <summary>Analyses a short value (a name, a place) into its exact and folded term strings.</summary>
    public static (string Exact, string Folded) AnalyzeValue(string value)
    {
        var normalized = VietnameseText.Normalize(value);
        var terms = Tokenize(normalized);
        if (terms.Count == 0)
        {
            return (string.Empty, string.Empty);
        }

        var exact = new StringBuilder(normalized.Length);
        var folded = new StringBuilder(normalized.Length);
        AppendTerms(exact, VietnameseText.ToMatchingKey(normalized), terms, 0, terms.Count);
        AppendTerms(folded, VietnameseText.Fold(normalized), terms, 0, terms.Count);
        return (exact.ToString(), folded.ToString());
    }

    /// <summary>The folded terms of a short value as an array.</summary>
    public static string[] FoldedTerms(string value)
    {
        var normalized = VietnameseText.Normalize(value);
        var folded = VietnameseText.Fold(normalized);
        return Tokenize(normalized).Select(t => folded.Substring(t.Start, t.Length)).ToArray();
    }

    /// <summary>
    /// Appends to <paramref name="builder"/> the folded form of every abbreviation of the lexicon found in the
    /// text, in either direction: for <c>ANTQ</c> its expansion <c>an ninh to quoc</c>, for the words
    /// <c>an ninh Tổ quốc</c> the abbreviation <c>antq</c>. The search matches this column beside the body, so
    /// a query for either form finds both.
    /// </summary>
    public static void AppendAbbreviationAliases(StringBuilder builder, string text, string folded, List<TermSpan> terms)
    {
        var tables = Tables.Value;
        var byOriginal = tables.ByFirstOriginal.GetAlternateLookup<ReadOnlySpan<char>>();
        var byFolded = tables.ByFirstFolded.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            // Abbreviations start with one of few (capital) letters; most words need no lookup.
            if (tables.FirstChars.Contains(text[term.Start]) && byOriginal.TryGetValue(text.AsSpan(term.Start, term.Length), out var abbreviations))
            {
                foreach (var pattern in abbreviations)
                {
                    if (Matches(text, terms, i, pattern.Tokens))
                    {
                        Append(builder, pattern.Alias);
                    }
                }
            }

            if (byFolded.TryGetValue(folded.AsSpan(term.Start, term.Length), out var expansions))
            {
                foreach (var pattern in expansions)
                {
                    if (Matches(folded, terms, i, pattern.Tokens))
                    {
                        Append(builder, pattern.Alias);
                    }
                }
            }
        }
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

    private static bool Matches(string source, List<TermSpan> terms, int at, string[] tokens)
    {
        if (at + tokens.Length > terms.Count)
        {
            return false;
        }

        for (var k = 0; k < tokens.Length; k++)
        {
            var t = terms[at + k];
            if (!source.AsSpan(t.Start, t.Length).SequenceEqual(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Append(StringBuilder builder, string alias)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(alias);
    }

    private static bool IsTermChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && c <= '\u036F');

    private static AbbreviationTables BuildTables()
    {
        var byOriginal = new Dictionary<string, List<Pattern>>(StringComparer.Ordinal);
        var byFolded = new Dictionary<string, List<Pattern>>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var (abbreviation, expansion) in AbbreviationLexicon.Entries)
        {
            var normalized = VietnameseText.Normalize(abbreviation);
            var originalTokens = Tokenize(normalized).Select(t => normalized.Substring(t.Start, t.Length)).ToArray();
            var abbreviationFolded = FoldedTerms(abbreviation);
            var expansionFolded = FoldedTerms(expansion);
            if (originalTokens.Length == 0 || expansionFolded.Length == 0)
            {
                continue;
            }

            Add(byOriginal, originalTokens[0], new Pattern(originalTokens, string.Join(' ', expansionFolded)));
            Add(byFolded, expansionFolded[0], new Pattern(expansionFolded, string.Join(' ', abbreviationFolded)));
            Add(aliases, string.Join(' ', abbreviationFolded), expansionFolded);
            Add(aliases, string.Join(' ', expansionFolded), abbreviationFolded);
        }

        return new AbbreviationTables(
            byOriginal.Keys.Select(k => k[0]).ToHashSet(),
            byOriginal.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            byFolded.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
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

    private sealed record Pattern(string[] Tokens, string Alias);

    private sealed record AbbreviationTables(
        HashSet<char> FirstChars,
        Dictionary<string, Pattern[]> ByFirstOriginal,
        Dictionary<string, Pattern[]> ByFirstFolded,
        Dictionary<string, IReadOnlyList<string[]>> FoldedAliases);
}
