namespace TextMining.Search;

/// <summary>
/// Builds snippets and finds matched entities from a query's positive terms. Matching is done on the folded
/// key of the text, whose offsets are the original text's, so highlights are spans into the original.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>About how many characters a snippet shows.</summary>
    public const int Window = 220;

    /// <summary>Matches looked at per article: bounds the work on a text that matches everywhere.</summary>
    private const int MaxMatches = 256;

    private readonly Pattern[] _text;
    private readonly Pattern[] _official;
    private readonly Pattern[] _rank;
    private readonly Pattern[] _model;
    private readonly Pattern[] _place;

    /// <summary>The text patterns by their first word (ascending pattern order), so each word of an article costs one lookup.</summary>
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    /// <summary>Entity values already matched against a pattern set (by reference) in this query.</summary>
    private readonly Dictionary<(Pattern[] Patterns, string Value), bool> _matched = [];

    /// <summary>The one-word prefix patterns (<c>covid*</c>), tried at every word.</summary>
    private readonly int[] _prefixes;

    /// <summary>
    /// Per ASCII first character, a bit per length (under 64) of the first words of <see cref="_byFirstWord"/>:
    /// most words of an article fail this test and are never hashed.
    /// </summary>
    private readonly ulong[] _firstWordLengths = new ulong[128];

    /// <summary>A first word the length filter cannot hold (not ASCII first, or 64 characters and more): every word is looked up.</summary>
    private readonly bool _lookUpEveryWord;

    public SnippetBuilder(IReadOnlyList<TermNode> terms)
    {
        Pattern[] Of(params SearchField[] fields) => terms
            .Where(t => fields.Contains(t.Field))
            .SelectMany(t => Expand(t))
            .ToArray();

        _text = Of(SearchField.Text, SearchField.Title, SearchField.Official, SearchField.Model, SearchField.Place, SearchField.Rank);
        _official = Of(SearchField.Text, SearchField.Official);
        _rank = Of(SearchField.Rank);
        _model = Of(SearchField.Text, SearchField.Model);
        _place = Of(SearchField.Text, SearchField.Place);
        var byFirstWord = Enumerable.Range(0, _text.Length)
            .Where(p => _text[p].Terms.Length > 0 && !(_text[p].Prefix && _text[p].Terms.Length == 1))
            .GroupBy(p => _text[p].Terms[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var first in byFirstWord.Keys)
        {
            if (first.Length is > 0 and < 64 && first[0] < 128)
            {
                _firstWordLengths[first[0]] |= 1UL << first.Length;
            }
            else
            {
                _lookUpEveryWord = true;
            }
        }

        _prefixes = Enumerable.Range(0, _text.Length).Where(p => _text[p].Prefix && _text[p].Terms.Length == 1).ToArray();
    }

    /// <summary>The best passage of <paramref name="text"/> with every match in it marked.</summary>
    public SearchSnippet Build(string text, string title)
    {
        var folded = VietnameseText.Fold(text);
        var tokens = SearchAnalyzer.Tokenize(text);
        var matches = new List<(int Start, int End, int Pattern)>();
        for (var i = 0; i < tokens.Count && matches.Count < MaxMatches; i++)
        {
            // The patterns that can start at this word, in pattern order: those whose first word it is, and prefixes.
            var word = folded.AsSpan(tokens[i].Start, tokens[i].Length);
            var exact = MayStartPattern(word) && _byFirstWord.TryGetValue(word, out var found) ? found : [];
            int e = 0, x = 0;
            while ((e < exact.Length || x < _prefixes.Length) && matches.Count < MaxMatches)
            {
                var p = x >= _prefixes.Length || (e < exact.Length && exact[e] < _prefixes[x]) ? exact[e++] : _prefixes[x++];
                if (_text[p].MatchesAt(folded, tokens, i) is { } matchEnd)
                {
                    matches.Add((tokens[i].Start, matchEnd, p));
                }
            }
        }

        var bodyStart = Math.Min(text.Length, title.Length + 2);
        int start;
        if (matches.Count == 0)
        {
            start = bodyStart < text.Length ? bodyStart : 0;
        }
        else
        {
            // The anchor whose window holds the most different terms; body before title on ties.
            var best = BestAnchor(matches, bodyStart);
            start = SentenceStart(text, best.Start);
        }

        var end = WordEnd(text, Math.Min(text.Length, start + Window));
        var highlights = new List<SourceSpan>();
        var last = -1;
        // Matches are found in text order; sort by start, longest first, keeping the pattern order on ties.
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : a.Pattern.CompareTo(b.Pattern));
        foreach (var m in matches)
        {
            if (m.Start < start || m.End > end || m.Start < last)
            {
                continue;
            }

            if (highlights.Count > 0 && last >= 0 && string.IsNullOrWhiteSpace(text[last..m.Start]) && m.Start - last <= 1)
            {
                // Adjacent words of the query ("Tuyên Hóa") are marked as one span.
                var previous = highlights[^1];
                highlights[^1] = new SourceSpan(previous.Start, m.End - previous.Start);
            }
            else
            {
                highlights.Add(new SourceSpan(m.Start, m.End - m.Start));
            }

            last = m.End;
        }

        return new SearchSnippet { Text = text[start..end], Start = start, Highlights = highlights };
    }

    /// <summary>Whether <paramref name="word"/> may be the first word of a pattern (no false negatives).</summary>
    private bool MayStartPattern(ReadOnlySpan<char> word) =>
        _lookUpEveryWord || (word.Length is > 0 and < 64 && word[0] < 128 && (_firstWordLengths[word[0]] & (1UL << word.Length)) != 0);

    /// <summary>The entities of a hit that the query's terms match.</summary>
    public IReadOnlyList<MatchedEntity> MatchEntities(BackendHit hit)
    {
        var result = new List<MatchedEntity>();
        foreach (var official in hit.Officials)
        {
            if (Matches(_official, official.Name) || (official.Rank is not null && Matches(_rank, official.Rank)))
            {
                result.Add(new MatchedEntity { Kind = MatchedEntityKind.Official, Value = official.Name, Span = new SourceSpan(official.Start, official.Length) });
            }
        }

        foreach (var model in hit.Models)
        {
            if (Matches(_model, model.Name))
            {
                result.Add(new MatchedEntity { Kind = MatchedEntityKind.Model, Value = model.Name, Span = new SourceSpan(model.Start, model.Length) });
            }
        }

        foreach (var place in hit.Places)
        {
            if (Matches(_place, place.Name) || (place.Province is not null && Matches(_place, place.Province)))
            {
                result.Add(new MatchedEntity { Kind = MatchedEntityKind.Place, Value = place.Name, Span = new SourceSpan(place.Start, place.Length) });
            }
        }

        return result;
    }

    /// <summary>Whether a pattern matches an entity value; the same names recur across hits, so each is analysed once per query.</summary>
    private bool Matches(Pattern[] patterns, string value)
    {
        if (patterns.Length == 0)
        {
            return false;
        }

        if (!_matched.TryGetValue((patterns, value), out var matches))
        {
            matches = Any(patterns, value);
            _matched[(patterns, value)] = matches;
        }

        return matches;
    }

    private static bool Any(Pattern[] patterns, string value)
    {
        if (patterns.Length == 0)
        {
            return false;
        }

        var normalized = VietnameseText.Normalize(value);
        var folded = VietnameseText.Fold(normalized);
        var tokens = SearchAnalyzer.Tokenize(normalized);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var p in patterns)
            {
                if (p.MatchesAt(folded, tokens, i) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<Pattern> Expand(TermNode term)
    {
        yield return new Pattern(term.Folded.ToArray(), term.IsPrefix);
        if (!term.IsPrefix)
        {
            foreach (var alias in SearchAnalyzer.FoldedAliases(term.Folded))
            {
                yield return new Pattern(alias, false);
            }
        }
    }

    /// <summary>
    /// The first match whose window (<see cref="Window"/> characters from its start) holds the most different
    /// patterns, a body match scoring one more than a title match. Matches are in text order, so each window is
    /// the run of matches after its anchor up to the first that starts past it.
    /// </summary>
    private (int Start, int End, int Pattern) BestAnchor(List<(int Start, int End, int Pattern)> matches, int bodyStart)
    {
        var seen = new int[_text.Length];
        var best = matches[0];
        var bestScore = -1;
        var first = 0;
        for (var a = 0; a < matches.Count; a++)
        {
            var m = matches[a];
            while (matches[first].Start < m.Start)
            {
                first++;
            }

            var limit = m.Start + Window;
            var distinct = 0;
            for (var j = first; j < matches.Count && matches[j].Start <= limit; j++)
            {
                var other = matches[j];
                if (other.End <= limit && seen[other.Pattern] != a + 1)
                {
                    seen[other.Pattern] = a + 1;
                    distinct++;
                }
            }

            var score = (distinct * 2) + (m.Start >= bodyStart ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (m, score);
            }
        }

        return best;
    }

    private static int SentenceStart(string text, int anchor)
    {
        var limit = Math.Max(0, anchor - 60);
        for (var i = anchor - 1; i >= limit; i--)
        {
            if (text[i] == '\n' || (i > 0 && text[i] == ' ' && text[i - 1] is '.' or '!' or '?' or ':'))
            {
                return i + 1;
            }
        }

        // No sentence start near: begin a few words before the match.
        var from = Math.Max(0, anchor - 30);
        var space = text.IndexOf(' ', from, anchor - from);
        return space >= 0 && space < anchor ? space + 1 : from;
    }

    private static int WordEnd(string text, int end)
    {
        var limit = Math.Min(text.Length, end + 20);
        while (end < limit && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    private sealed record Pattern(string[] Terms, bool Prefix)
    {
        /// <summary>The end offset of the match starting at token <paramref name="at"/>, or null.</summary>
        public int? MatchesAt(string folded, List<TermSpan> tokens, int at)
        {
            if (at + Terms.Length > tokens.Count)
            {
                return null;
            }

            for (var k = 0; k < Terms.Length; k++)
            {
                var token = tokens[at + k];
                var span = folded.AsSpan(token.Start, token.Length);
                var last = k == Terms.Length - 1;
                var ok = last && Prefix ? span.StartsWith(Terms[k], StringComparison.Ordinal) : span.SequenceEqual(Terms[k]);
                if (!ok)
                {
                    return null;
                }
            }

            return tokens[at + Terms.Length - 1].End;
        }
    }
}
