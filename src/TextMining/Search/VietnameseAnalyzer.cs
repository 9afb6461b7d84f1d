using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TextMining.Search;

/// <summary>
/// The Lucene analyser of the search index, built on the library's word model (<see cref="SearchAnalyzer.Tokenize(string)"/>)
/// and normaliser (<see cref="VietnameseText"/>): numbers stay whole (<c>1.069</c>, <c>26.000</c>, <c>2,5</c>),
/// <c>09-CT/TW</c> is <c>09 ct tw</c>, every term is lower case with the tone placement unified (<c>hoá</c> =
/// <c>hóa</c>), and a term with diacritics also gets its folded form (<c>hóa</c> → <c>hoa</c>, <c>đ</c> →
/// <c>d</c>) at the same position, so a query without diacritics finds both and one with diacritics can
/// weight the exact form above the folded one.
/// </summary>
/// <remarks>
/// With <see cref="AnalyzerMode.Aliases"/> it emits only the abbreviation aliases of the text (synonyms from
/// <c>abbreviations.tsv</c>, both ways, in folded form): <c>ANTQ</c> gives <c>an ninh to quoc</c> and
/// <c>an ninh Tổ quốc</c> gives <c>antq</c>, at the positions of the words they stand for. Every match is
/// emitted, also overlapping ones (<c>bảo vệ an ninh Tổ quốc</c> gives both <c>bvantq</c> and <c>antq</c>), which
/// Lucene's longest-match <c>SynonymFilter</c> would not. An abbreviation matches only as written in the lexicon
/// (<c>ANTQ</c>, not the word <c>antq</c>, and not <c>CA</c> as the word <c>ca</c>); an expansion matches in any
/// case and spelling. Input must be normalised (<see cref="VietnameseText.Normalize"/>): offsets are offsets into it.
/// </remarks>
internal sealed class VietnameseAnalyzer : Analyzer
{
    private static readonly Lazy<AliasTables> Tables = new(BuildTables);

    private readonly AnalyzerMode _mode;

    public VietnameseAnalyzer(AnalyzerMode mode = AnalyzerMode.ExactAndFolded)
    {
        _mode = mode;
    }

    /// <summary>What the analyser emits.</summary>
    internal enum AnalyzerMode
    {
        /// <summary>Every term in its matching-key form, plus its folded form at the same position when it differs.</summary>
        ExactAndFolded,

        /// <summary>Only folded terms.</summary>
        Folded,

        /// <summary>Only the abbreviation aliases of the text, folded.</summary>
        Aliases,
    }

    /// <summary>A gap between the values of a multi-valued field, so a phrase never spans two officials.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (_mode == AnalyzerMode.Aliases)
        {
            return new TokenStreamComponents(new AbbreviationAliasTokenizer(reader, Tables.Value));
        }

        var tokenizer = new VietnameseTokenizer(reader, surface: false);
        return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(tokenizer, keepExact: _mode == AnalyzerMode.ExactAndFolded));
    }

    private static AliasTables BuildTables()
    {
        var byOriginal = new Dictionary<string, List<AliasPattern>>(StringComparer.Ordinal);
        var byFolded = new Dictionary<string, List<AliasPattern>>(StringComparer.Ordinal);
        foreach (var (abbreviation, expansion) in AbbreviationLexicon.Entries)
        {
            var normalized = VietnameseText.Normalize(abbreviation);
            var original = SearchAnalyzer.Tokenize(normalized).Select(t => normalized.Substring(t.Start, t.Length)).ToArray();
            var abbreviationFolded = SearchAnalyzer.FoldedTerms(abbreviation);
            var expansionFolded = SearchAnalyzer.FoldedTerms(expansion);
            if (original.Length == 0 || expansionFolded.Length == 0)
            {
                continue;
            }

            Add(byOriginal, original[0], new AliasPattern(original, expansionFolded));
            Add(byFolded, expansionFolded[0], new AliasPattern(expansionFolded, abbreviationFolded));
        }

        return new AliasTables(
            byOriginal.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            byFolded.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            FirstWordFilter.Of(byOriginal.Keys),
            FirstWordFilter.Of(byFolded.Keys));
    }

    private static void Add(Dictionary<string, List<AliasPattern>> map, string key, AliasPattern pattern)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(pattern);
    }
}

/// <summary>A word sequence of the lexicon and the words it stands for.</summary>
/// <param name="Tokens">The words to match (as written for abbreviations, folded for expansions).</param>
/// <param name="Alias">The folded words emitted in their place.</param>
internal sealed record AliasPattern(string[] Tokens, string[] Alias);

/// <summary>The abbreviation lexicon as patterns by first word, both ways, each with a filter on its first words.</summary>
internal sealed record AliasTables(
    Dictionary<string, AliasPattern[]> ByOriginal,
    Dictionary<string, AliasPattern[]> ByFolded,
    FirstWordFilter OriginalFirstWords,
    FirstWordFilter FoldedFirstWords);

/// <summary>
/// Rejects most words of a text before a dictionary lookup: the lengths of the keys that begin with each character,
/// as a bit set per character (lengths over 63 share the last bit). A word passes when some key has its first
/// character and its length; characters beyond the table always pass.
/// </summary>
internal sealed class FirstWordFilter
{
    private const int TableSize = 0x1F00; // Latin, Vietnamese letters (U+1E00–U+1EFF) and below
    private readonly ulong[] _lengths = new ulong[TableSize];

    private FirstWordFilter()
    {
    }

    public static FirstWordFilter Of(IEnumerable<string> keys)
    {
        var filter = new FirstWordFilter();
        foreach (var key in keys.Where(k => k.Length > 0 && k[0] < TableSize))
        {
            filter._lengths[key[0]] |= 1UL << Math.Min(key.Length, 63);
        }

        return filter;
    }

    /// <summary>Whether a key could be <paramref name="first"/> followed by <paramref name="length"/> - 1 more characters.</summary>
    public bool MayMatch(char first, int length) => first >= TableSize || ((_lengths[first] >> Math.Min(length, 63)) & 1) != 0;
}

/// <summary>
/// Emits the folded aliases of every abbreviation and expansion of the lexicon found in the text: the alias's first
/// word at the position of the first matched word, the rest at the positions after it, offsets those of the whole
/// match. Positions only move forward: aliases are emitted in position order.
/// </summary>
internal sealed class AbbreviationAliasTokenizer : Lucene.Net.Analysis.Tokenizer
{
    private readonly AliasTables _tables;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<(int Position, string Term, int Start, int End)> _aliases = [];
    private readonly List<TermSpan> _terms = [];
    private char[] _folded = new char[SearchAnalyzer.MaxTermLength];
    private char[] _text = [];
    private int _length;
    private int _next;
    private int _lastPosition;

    public AbbreviationAliasTokenizer(TextReader input, AliasTables tables)
        : base(input)
    {
        _tables = tables;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _aliases.Count)
        {
            return false;
        }

        ClearAttributes();
        var (position, term, start, end) = _aliases[_next++];
        _term.SetEmpty().Append(term);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _increment.PositionIncrement = position - _lastPosition;
        _lastPosition = position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _length = InputBuffer.ReadAll(m_input, ref _text);
        ReadOnlySpan<char> text = _text.AsSpan(0, _length);
        _aliases.Clear();
        _next = 0;
        _lastPosition = -1;
        _terms.Clear();
        SearchAnalyzer.Tokenize(text, _terms);
        var byOriginal = _tables.ByOriginal.GetAlternateLookup<ReadOnlySpan<char>>();
        var byFolded = _tables.ByFolded.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < _terms.Count; i++)
        {
            var term = _terms[i];
            var word = text.Slice(term.Start, term.Length);
            if (_tables.OriginalFirstWords.MayMatch(word[0], word.Length) && byOriginal.TryGetValue(word, out var abbreviations))
            {
                Collect(text, i, abbreviations, folded: false);
            }

            if (_tables.FoldedFirstWords.MayMatch(VietnameseText.FoldChar(word[0]), word.Length)
                && byFolded.TryGetValue(Fold(word), out var expansions))
            {
                Collect(text, i, expansions, folded: true);
            }
        }

        SortByPosition();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        InputBuffer.Release(ref _text);
    }

    /// <summary>Emits the aliases of the patterns that match the words from <paramref name="at"/> on, as written or folded.</summary>
    private void Collect(ReadOnlySpan<char> text, int at, AliasPattern[] patterns, bool folded)
    {
        foreach (var pattern in patterns)
        {
            if (at + pattern.Tokens.Length > _terms.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < pattern.Tokens.Length && matches; k++)
            {
                var t = _terms[at + k];
                var word = text.Slice(t.Start, t.Length);
                matches = folded ? Fold(word).SequenceEqual(pattern.Tokens[k]) : word.SequenceEqual(pattern.Tokens[k]);
            }

            if (!matches)
            {
                continue;
            }

            var start = _terms[at].Start;
            var end = _terms[at + pattern.Tokens.Length - 1].End;
            for (var k = 0; k < pattern.Alias.Length; k++)
            {
                _aliases.Add((at + k, pattern.Alias[k], start, end));
            }
        }
    }

    /// <summary>The word folded (<see cref="VietnameseText.FoldChar"/>) into a buffer reused until the next call.</summary>
    private ReadOnlySpan<char> Fold(ReadOnlySpan<char> word)
    {
        if (_folded.Length < word.Length)
        {
            _folded = new char[word.Length];
        }

        VietnameseText.Fold(word, _folded);
        return _folded.AsSpan(0, word.Length);
    }

    /// <summary>Positions only move forward: a stable sort by position, aliases at one position in the order found.</summary>
    private void SortByPosition()
    {
        for (var i = 1; i < _aliases.Count; i++)
        {
            if (_aliases[i].Position < _aliases[i - 1].Position)
            {
                var ordered = _aliases.Select((a, k) => (a, k)).OrderBy(x => x.a.Position).ThenBy(x => x.k).Select(x => x.a).ToArray();
                _aliases.Clear();
                _aliases.AddRange(ordered);
                return;
            }
        }
    }
}

/// <summary>
/// Splits normalised text into terms with <see cref="SearchAnalyzer.Tokenize(string)"/> (the word model the
/// query parser and the snippets use, so index, query and highlights agree) and emits each as its matching key
/// (<see cref="VietnameseText.ToMatchingKey"/>: lower case, tone placement unified) or, for the alias chain, as
/// written. Offsets are the term's offsets in the input.
/// </summary>
internal sealed class VietnameseTokenizer : Lucene.Net.Analysis.Tokenizer
{
    private readonly bool _surface;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly List<TermSpan> _spans = [];

    /// <summary>The input as read (reused from one value to the next), and its terms' keys at the same offsets.</summary>
    private char[] _text = [];
    private char[] _chars = [];
    private int _length;
    private int _next;

    public VietnameseTokenizer(TextReader input, bool surface)
        : base(input)
    {
        _surface = surface;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _spans.Count)
        {
            return false;
        }

        ClearAttributes();
        var span = _spans[_next++];
        _term.CopyBuffer(_chars, span.Start, span.Length);
        _offset.SetOffset(CorrectOffset(span.Start), CorrectOffset(span.End));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _length = InputBuffer.ReadAll(m_input, ref _text);
        var text = _text.AsSpan(0, _length);
        _spans.Clear();
        SearchAnalyzer.Tokenize(text, _spans);
        if (_chars.Length < _length)
        {
            _chars = new char[_text.Length];
        }

        if (_surface)
        {
            text.CopyTo(_chars);
        }
        else
        {
            VietnameseText.WriteMatchingKey(text, _chars);
        }

        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        InputBuffer.Release(ref _text);
        InputBuffer.Release(ref _chars);
    }
}

/// <summary>
/// Folds each term (no diacritics, <c>đ</c> as <c>d</c>): with <c>keepExact</c> the folded form follows the exact
/// one at the same position (position increment 0) when they differ; without, it replaces it.
/// </summary>
internal sealed class VietnameseFoldingFilter : TokenFilter
{
    private readonly bool _keepExact;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private char[] _folded = new char[32];
    private int _foldedLength;

    /// <summary>
    /// The folded form is still to be emitted at the exact form's position. The other attributes (offsets,
    /// type) are still those of the exact form, as nothing runs between the two calls, so they are not captured
    /// and restored: that cloned every attribute of every word with diacritics, the largest cost of writing.
    /// </summary>
    private bool _pending;

    public VietnameseFoldingFilter(TokenStream input, bool keepExact)
        : base(input)
    {
        _keepExact = keepExact;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending)
        {
            _pending = false;
            _term.CopyBuffer(_folded, 0, _foldedLength);
            _increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!Fold())
        {
            return true;
        }

        if (_keepExact)
        {
            _pending = true;
        }
        else
        {
            _term.CopyBuffer(_folded, 0, _foldedLength);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = false;
    }

    /// <summary>Folds the current term into the buffer; whether that changed it.</summary>
    private bool Fold()
    {
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (_folded.Length < length)
        {
            _folded = new char[Math.Max(length, _folded.Length * 2)];
        }

        var changed = false;
        for (var i = 0; i < length; i++)
        {
            var f = VietnameseText.FoldChar(buffer[i]);
            changed |= f != buffer[i];
            _folded[i] = f;
        }

        _foldedLength = length;
        return changed;
    }
}

/// <summary>
/// Reads a tokenizer's whole input into a buffer it keeps from one value to the next, instead of a new string per
/// value. Lucene disposes a tokenizer after each value (and reuses it); a buffer grown for an unusually long value is
/// dropped then, so a thread's analyser does not hold megabytes.
/// </summary>
internal static class InputBuffer
{
    /// <summary>The largest buffer kept between values (characters): far above a news article.</summary>
    private const int Kept = 1 << 17;

    /// <summary>Drops <paramref name="buffer"/> when it is longer than is kept between values.</summary>
    public static void Release(ref char[] buffer)
    {
        if (buffer.Length > Kept)
        {
            buffer = [];
        }
    }

    /// <summary>Reads <paramref name="input"/> to its end into <paramref name="buffer"/> (grown as needed); the number of characters read.</summary>
    public static int ReadAll(TextReader input, ref char[] buffer)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(1024, buffer.Length * 2));
            }

            var read = input.Read(buffer, length, buffer.Length - length);
            if (read <= 0)
            {
                return length;
            }

            length += read;
        }
    }
}
