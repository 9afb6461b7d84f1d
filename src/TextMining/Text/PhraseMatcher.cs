using System.Buffers;

namespace TextMining.Text;

/// <summary>Which form of the text a <see cref="PhraseMatcher{T}"/> compares phrases with.</summary>
internal enum MatchView
{
    /// <summary>The normalised text itself: case and diacritics count.</summary>
    Text,

    /// <summary><see cref="VietnameseText.ToMatchingKey"/>: case and tone placement do not count.</summary>
    MatchingKey,

    /// <summary><see cref="VietnameseText.Fold(string)"/>: case and every diacritic do not count.</summary>
    Folded,
}

/// <summary>One lexicon phrase for a <see cref="PhraseMatcher{T}"/>.</summary>
/// <param name="Phrase">
/// The phrase as written in the lexicon. A space matches one or more spaces of the text; <see cref="PhraseMatcher{T}.OptionalSpace"/>
/// matches zero or more.
/// </param>
/// <param name="Value">What the phrase stands for.</param>
/// <param name="Exact">Whether the original text must also match character for character (<c>TP.</c> but not <c>tp.</c>).</param>
internal readonly record struct PhraseRow<T>(string Phrase, T Value, bool Exact = false);

/// <summary>A phrase found in the text.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Value">The phrase's value.</param>
internal readonly record struct PhraseMatch<T>(int Start, int End, T Value);

/// <summary>
/// The one longest-phrase matcher of the library: a character trie of lexicon phrases in one <see cref="MatchView"/>,
/// matched forwards from a start offset or backwards from an end offset, longest phrase first (Markdig's
/// <c>CompactPrefixTree.TryMatchLongest</c>, spaCy's <c>PhraseMatcher(attr=…)</c>). A phrase that ends (starts, when
/// backwards) with a word character only matches at a word boundary (<see cref="Words.IsWordChar"/>). Lookups walk
/// the trie over spans of the view and allocate nothing. Built once from lexicon rows; read-only and thread-safe
/// afterwards.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseMatcher<T>
{
    /// <summary>In a phrase, a gap of zero or more spaces (between a word and punctuation: <c>TP.</c>·<c>Hồ</c>).</summary>
    public const char OptionalSpace = '\uE000';

    private readonly Node _root = new();
    private readonly StartFilter _starts = new();
    private readonly FirstWordSet _firstWords = new();
    private readonly PhraseEndSet _ends = new();
    private readonly Func<char, char, bool> _joins;
    private readonly SearchValues<char> _firstChars;

    /// <summary>Builds the matcher.</summary>
    /// <param name="rows">The phrases; an empty phrase is ignored, a duplicate keeps both values (the first wins).</param>
    /// <param name="view">The form of the text that phrases are compared with.</param>
    /// <param name="backward">Whether phrases are matched backwards, ending at an offset.</param>
    /// <param name="joins">
    /// Whether two adjacent characters belong to one word, which decides whether a phrase may end (start, when
    /// backwards) where it does: called with the phrase's last character and the text's next one (the text's
    /// previous character and the phrase's first one, backwards). When null, two word characters join
    /// (<see cref="Words.IsWordChar"/>). The figures scanner joins letters only, so <c>lần</c> still matches in
    /// <c>CoV-2lần</c>; the dates scanner lets <c>tháng</c> match in <c>tháng3</c>.
    /// </param>
    public PhraseMatcher(IEnumerable<PhraseRow<T>> rows, MatchView view = MatchView.MatchingKey, bool backward = false, Func<char, char, bool>? joins = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        View = view;
        Backward = backward;
        _joins = joins ?? JoinsWords;
        var order = 0;
        var firstChars = new HashSet<char>();
        if (backward || joins is not null)
        {
            // A phrase may then end inside a word of the text, whose whole first word is no phrase's.
            _firstWords.AcceptAll();
        }

        foreach (var row in rows)
        {
            var original = VietnameseText.Normalize(row.Phrase).Trim();
            if (original.Length == 0)
            {
                continue;
            }

            var key = ToView(original, view);
            var chars = backward ? Reverse(key) : key;
            var node = _root;
            foreach (var c in chars)
            {
                node = node.GetOrAdd(c);
            }

            node.Add(new Entry(original, row.Exact, row.Value, order++, chars[^1]));
            firstChars.Add(key[0]);
            _starts.Add(chars);

            // A phrase that starts with no word character (% of the units) never starts at a whole word: left out
            // of the first words, it does not open the filter to every word. Exact where the filter is asked (forwards,
            // words joined as Words.IsWordChar says); elsewhere the filter accepts all anyway.
            if (Words.IsWordChar(key[0]))
            {
                _firstWords.Add(key, OptionalSpace);
            }
            if (backward)
            {
                _ends.Add(key, OptionalSpace);
            }
        }

        _firstChars = SearchValues.Create([.. firstChars]);
    }

    /// <summary>The view phrases are compared with.</summary>
    public MatchView View { get; }

    /// <summary>Whether phrases are matched backwards.</summary>
    public bool Backward { get; }

    /// <summary>
    /// False when no phrase can start with the whole word <paramref name="word"/> of the key: a reject-only test of one
    /// bit (<see cref="FirstWordSet"/>), before any trie walk. Always true where it would not be exact (backwards, custom
    /// joins), so a caller may ask it before any match.
    /// </summary>
    public bool MayStartWithWord(ReadOnlySpan<char> word) => _firstWords.MayStart(word);

    /// <summary>
    /// False when no phrase can end just before <paramref name="end"/> of <paramref name="view"/> (a backward matcher's
    /// reject-only test of the last two characters, <see cref="PhraseEndSet"/>), before any trie walk. Always true
    /// forwards.
    /// </summary>
    public bool MayEndAt(string view, int end, int floor) => !Backward || _ends.MayEnd(view, end, floor);

    /// <summary>Whether some phrase starts with the whole word <paramref name="word"/> (in the matcher's view), forwards only.</summary>
    public bool HasPhraseStartingWith(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || (!Backward && !_starts.MayStartWord(word)))
        {
            return false;
        }

        var node = _root;
        foreach (var c in word)
        {
            node = node.Find(c);
            if (node is null)
            {
                return false;
            }
        }

        return node.Entries is not null || node.Space is not null || node.Gap is not null;
    }

    /// <summary>
    /// The longest phrase at <paramref name="offset"/>: starting there, or ending there when the matcher is
    /// <see cref="Backward"/>. The caller checks that a word starts (ends) there.
    /// </summary>
    /// <param name="view">The text in the matcher's <see cref="View"/>.</param>
    /// <param name="offset">Where the phrase starts (forwards) or ends (backwards).</param>
    /// <param name="match">The phrase found.</param>
    /// <param name="text">The original text, for phrases marked exact; <paramref name="view"/> when null.</param>
    /// <param name="floor">The lowest offset a match may cover (backwards) …</param>
    /// <param name="limit">… and the offset it may not reach past (forwards); the text's ends when negative.</param>
    /// <returns>Whether a phrase matched.</returns>
    public bool TryMatchLongest(string view, int offset, out PhraseMatch<T> match, string? text = null, int floor = 0, int limit = -1)
    {
        var end = limit < 0 ? view.Length : limit;
        if (!Backward && !_starts.MayStart(view, offset, end))
        {
            match = default;
            return false;
        }

        var search = new Search(view, text ?? view, floor, end, null);
        Walk(ref search, _root, offset, offset);
        match = search.Best;
        return search.Found;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/> when a word starts there (forwards matchers in the
    /// <see cref="MatchView.MatchingKey"/> view).
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="key">Its matching key.</param>
    /// <param name="start">Where the phrase must start.</param>
    /// <param name="end">Just past the phrase.</param>
    /// <param name="value">The phrase's value.</param>
    /// <returns>Whether a phrase matched.</returns>
    public bool TryMatchAt(string text, string key, int start, out int end, out T value)
    {
        if (start >= 0 && start < text.Length && Words.IsWordChar(text[start]) && Words.IsWordStart(text, start)
            && TryMatchLongest(key, start, out var match, text))
        {
            end = match.End;
            value = match.Value;
            return true;
        }

        end = start;
        value = default!;
        return false;
    }

    /// <summary>
    /// <see cref="TryMatchAt"/> at the word of the text from <paramref name="start"/> to <paramref name="wordEnd"/> (a
    /// run of <see cref="WordRuns"/>): a word that is no phrase's first word is rejected before the trie is walked.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="key">Its matching key.</param>
    /// <param name="start">Where the word, and the phrase, start.</param>
    /// <param name="wordEnd">Just past the word: a character that is not a word character, or the text's end.</param>
    /// <param name="end">Just past the phrase.</param>
    /// <param name="value">The phrase's value.</param>
    /// <returns>Whether a phrase matched.</returns>
    public bool TryMatchWordAt(string text, string key, int start, int wordEnd, out int end, out T value)
    {
        if (MayStartWithWord(key.AsSpan(start, wordEnd - start)))
        {
            return TryMatchAt(text, key, start, out end, out value);
        }

        end = start;
        value = default!;
        return false;
    }

    /// <summary>
    /// The first offset at or after <paramref name="from"/> where the first character of some phrase (in the
    /// matcher's view) stands, or -1: a vectorised pre-filter for scanning a whole text, forwards only.
    /// </summary>
    /// <param name="view">The text in the matcher's <see cref="View"/>.</param>
    /// <param name="from">Where the search starts.</param>
    public int IndexOfCandidate(string view, int from)
    {
        if (from >= view.Length)
        {
            return -1;
        }

        var at = view.AsSpan(from).IndexOfAny(_firstChars);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>
    /// The first phrase at or after <paramref name="from"/> that starts a word of <paramref name="text"/>, longest
    /// first at that offset (forwards matchers).
    /// </summary>
    /// <param name="view">The text in the matcher's <see cref="View"/>.</param>
    /// <param name="from">Where the search starts.</param>
    /// <param name="match">The phrase found.</param>
    /// <param name="text">The original text, for word starts and exact phrases; <paramref name="view"/> when null.</param>
    /// <returns>Whether a phrase was found.</returns>
    public bool TryFindNext(string view, int from, out PhraseMatch<T> match, string? text = null)
    {
        text ??= view;
        for (var at = IndexOfCandidate(view, from); at >= 0; at = IndexOfCandidate(view, at + 1))
        {
            if (Words.IsWordStart(text, at) && TryMatchLongest(view, at, out match, text))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// Every phrase at <paramref name="offset"/>, longest first (equal lengths in lexicon order, unless optional
    /// spaces make two spellings of one length), into <paramref name="matches"/>, which is cleared first.
    /// </summary>
    /// <returns>How many matched.</returns>
    public int MatchAll(string view, int offset, List<PhraseMatch<T>> matches, string? text = null, int floor = 0, int limit = -1)
    {
        ArgumentNullException.ThrowIfNull(matches);
        matches.Clear();
        var end = limit < 0 ? view.Length : limit;
        if (!Backward && !_starts.MayStart(view, offset, end))
        {
            return 0;
        }

        var search = new Search(view, text ?? view, floor, end, matches);
        Walk(ref search, _root, offset, offset);
        return matches.Count;
    }

    private static bool JoinsWords(char a, char b) => Words.IsWordChar(a) && Words.IsWordChar(b);

    private static string ToView(string normalized, MatchView view) => view switch
    {
        MatchView.MatchingKey => VietnameseText.ToMatchingKey(normalized),
        MatchView.Folded => VietnameseText.Fold(normalized),
        _ => normalized,
    };

    private static string Reverse(string s)
    {
        var chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>
    /// Walks the trie from <paramref name="node"/> along the view. A loop follows the one path most characters
    /// take; it recurses only where a space or gap node branches, so the order in which entries are accepted is
    /// that of a depth-first walk (a branch before the path that continues after it).
    /// </summary>
    private void Walk(ref Search search, Node node, int origin, int pos)
    {
        var view = search.View;
        while (true)
        {
            if (node.Entries is { } entries)
            {
                Accept(ref search, entries, origin, pos);
            }

            if (node.Children is null)
            {
                return;
            }

            var inside = Backward ? pos > search.Floor : pos < search.Limit;
            var c = inside ? view[Backward ? pos - 1 : pos] : '\0';
            if (c == ' ')
            {
                if (node.Space is null && node.Gap is null)
                {
                    return;
                }

                pos = Backward ? Words.SkipSpacesBack(view, pos, search.Floor) : Words.SkipSpaces(view, pos, search.Limit);
                if (node.Space is { } space)
                {
                    if (node.Gap is null)
                    {
                        node = space;
                        continue;
                    }

                    Walk(ref search, space, origin, pos);
                }

                node = node.Gap!;
                continue;
            }

            if (node.Gap is { } none)
            {
                Walk(ref search, none, origin, pos);
            }

            if (!inside || node.Find(c) is not { } child)
            {
                return;
            }

            node = child;
            pos = Backward ? pos - 1 : pos + 1;
        }
    }

    private void Accept(ref Search search, Entry[] entries, int origin, int pos)
    {
        var (start, end) = Backward ? (pos, origin) : (origin, pos);
        var length = end - start;
        foreach (var entry in entries)
        {
            if (Backward ? start > 0 && _joins(search.Text[start - 1], entry.Edge) : end < search.Text.Length && _joins(entry.Edge, search.Text[end]))
            {
                return;
            }

            if (entry.Exact && !MatchesOriginal(search.Text, start, end, entry.Original))
            {
                continue;
            }

            var match = new PhraseMatch<T>(start, end, entry.Value);
            if (search.All is { } all)
            {
                // Longest first; a match of the same length goes after those already found (trie order).
                var at = all.Count;
                while (at > 0 && all[at - 1].End - all[at - 1].Start < length)
                {
                    at--;
                }

                all.Insert(at, match);
                continue;
            }

            if (!search.Found || length > search.Best.End - search.Best.Start
                || (length == search.Best.End - search.Best.Start && entry.Order < search.BestOrder))
            {
                search.Found = true;
                search.Best = match;
                search.BestOrder = entry.Order;
            }

            return;
        }
    }

    private static bool MatchesOriginal(string text, int start, int end, string phrase)
    {
        var i = start;
        foreach (var c in phrase)
        {
            if (c is ' ' or OptionalSpace)
            {
                while (i < end && text[i] == ' ')
                {
                    i++;
                }

                continue;
            }

            if (i >= end || text[i] != c)
            {
                return false;
            }

            i++;
        }

        return i == end;
    }

    private struct Search(string view, string text, int floor, int limit, List<PhraseMatch<T>>? all)
    {
        public readonly string View = view;
        public readonly string Text = text;
        public readonly int Floor = floor;
        public readonly int Limit = limit;
        public readonly List<PhraseMatch<T>>? All = all;
        public bool Found;
        public PhraseMatch<T> Best;
        public int BestOrder;
    }

    /// <summary>
    /// The first two characters of every phrase (forwards), folded (<see cref="VietnameseText.FoldChar"/>), as a bit
    /// per pair of ASCII characters: most word starts of a text begin no phrase, and this rejects them with a few
    /// array reads instead of a walk of the trie. Folding maps equal characters to equal characters, so a phrase
    /// that matches always passes.
    /// </summary>
    private sealed class StartFilter
    {
        private readonly ulong[] _pairs = new ulong[128 * 128 / 64];
        private readonly bool[] _anySecond = new bool[128];
        private bool _nonAsciiFirst;

        public void Add(string chars)
        {
            var first = VietnameseText.FoldChar(chars[0]);
            if (first >= 128)
            {
                _nonAsciiFirst = true;
                return;
            }

            var second = chars.Length > 1 && chars[1] != OptionalSpace ? VietnameseText.FoldChar(chars[1]) : OptionalSpace;
            if (second >= 128)
            {
                // A gap, or a second character outside the table: any character may follow the first.
                _anySecond[first] = true;
                return;
            }

            var bit = (first * 128) + second;
            _pairs[bit >> 6] |= 1UL << (bit & 63);
        }

        /// <summary>Whether a phrase may start with the whole word <paramref name="word"/> (not empty), followed by a space.</summary>
        public bool MayStartWord(ReadOnlySpan<char> word)
        {
            var first = VietnameseText.FoldChar(word[0]);
            if (first >= 128)
            {
                return _nonAsciiFirst;
            }

            if (_anySecond[first])
            {
                return true;
            }

            var second = word.Length > 1 ? VietnameseText.FoldChar(word[1]) : ' ';
            if (second >= 128)
            {
                return true;
            }

            var bit = (first * 128) + second;
            return (_pairs[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        /// <summary>Whether a phrase may start at <paramref name="offset"/> of <paramref name="view"/> (before <paramref name="limit"/>).</summary>
        public bool MayStart(string view, int offset, int limit)
        {
            if ((uint)offset >= (uint)view.Length || offset >= limit)
            {
                return true;
            }

            var first = VietnameseText.FoldChar(view[offset]);
            if (first >= 128)
            {
                return _nonAsciiFirst;
            }

            if (_anySecond[first])
            {
                return true;
            }

            if (offset + 1 >= limit)
            {
                return false;
            }

            var second = VietnameseText.FoldChar(view[offset + 1]);
            if (second >= 128)
            {
                return true;
            }

            var bit = (first * 128) + second;
            return (_pairs[bit >> 6] & (1UL << (bit & 63))) != 0;
        }
    }

    private sealed record Entry(string Original, bool Exact, T Value, int Order, char Edge);

    private sealed class Node
    {
        /// <summary>Above this many children, a node looks up ASCII characters in a table.</summary>
        private const int LinearLimit = 8;

        private char[] _chars = [];
        private Node?[]? _ascii;

        public Node[]? Children { get; private set; }

        public Entry[]? Entries { get; private set; }

        /// <summary>The child for a space (one or more spaces of the text), looked up on every node visited.</summary>
        public Node? Space { get; private set; }

        /// <summary>The child for <see cref="OptionalSpace"/>.</summary>
        public Node? Gap { get; private set; }

        public Node? Find(char c)
        {
            if (_ascii is { } ascii && c < 128)
            {
                return ascii[c];
            }

            var chars = _chars;
            if (chars.Length <= LinearLimit)
            {
                for (var i = 0; i < chars.Length; i++)
                {
                    if (chars[i] == c)
                    {
                        return Children![i];
                    }
                }

                return null;
            }

            var index = chars.AsSpan().BinarySearch(c);
            return index >= 0 ? Children![index] : null;
        }

        public Node GetOrAdd(char c)
        {
            if (Find(c) is { } existing)
            {
                return existing;
            }

            var index = ~_chars.AsSpan().BinarySearch(c);
            var node = new Node();
            _chars = [.. _chars[..index], c, .. _chars[index..]];
            Children = [.. (Children ?? [])[..index], node, .. (Children ?? [])[index..]];
            if (c == ' ')
            {
                Space = node;
            }
            else if (c == OptionalSpace)
            {
                Gap = node;
            }

            if (_chars.Length > LinearLimit)
            {
                _ascii ??= new Node?[128];
                if (c < 128)
                {
                    _ascii[c] = node;
                }

                for (var i = 0; i < _chars.Length; i++)
                {
                    if (_chars[i] < 128)
                    {
                        _ascii[_chars[i]] = Children[i];
                    }
                }
            }

            return node;
        }

        public void Add(Entry entry) => Entries = [.. Entries ?? [], entry];
    }
}
