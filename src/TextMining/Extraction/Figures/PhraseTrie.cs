namespace TextMining.Extraction.Figures;

/// <summary>
/// A read-only trie of lexicon phrases over words of a matching key (<see cref="Text.VietnameseText.ToMatchingKey"/>),
/// matched forwards from a word start or backwards from a word end, longest phrase first. Lookups take spans of
/// the key, so matching allocates nothing. A word is a run of letters (with digits, <c>²</c>, <c>³</c> or an inner
/// hyphen after a letter, as in <c>m2</c>, <c>đô-la</c>); <c>,</c>, <c>%</c> and <c>‰</c> are words of their own.
/// Words of a phrase are separated by spaces only.
/// </summary>
/// <typeparam name="T">The payload of a phrase.</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();
    private readonly bool _reversed;

    /// <summary>Creates an empty trie.</summary>
    /// <param name="reversed">Whether phrases are matched backwards, ending right before an offset.</param>
    public PhraseTrie(bool reversed) => _reversed = reversed;

    /// <summary>Adds a phrase, already in matching-key form; a later duplicate keeps the first payload.</summary>
    public void Add(string keyPhrase, T value)
    {
        var words = Split(keyPhrase);
        if (words.Count == 0)
        {
            return;
        }

        if (_reversed)
        {
            words.Reverse();
        }

        var node = _root;
        foreach (var word in words)
        {
            node = node.GetOrAdd(word);
        }

        if (!node.HasValue)
        {
            node.HasValue = true;
            node.Value = value;
        }
    }

    /// <summary>
    /// The longest phrase that starts at <paramref name="start"/> (a word start, no leading spaces) and ends
    /// at or before <paramref name="limit"/>.
    /// </summary>
    /// <returns>Whether a phrase matched; <paramref name="end"/> is just past its last word.</returns>
    public bool MatchForward(string key, int start, int limit, out T value, out int end)
    {
        value = default!;
        end = start;
        var found = false;
        var node = _root;
        var pos = start;
        while (true)
        {
            var wordEnd = WordEndForward(key, pos, limit);
            if (wordEnd == pos || !node.TryGetChild(key.AsSpan(pos, wordEnd - pos), out var child))
            {
                return found;
            }

            node = child;
            if (node.HasValue)
            {
                found = true;
                value = node.Value;
                end = wordEnd;
            }

            if (!node.HasChildren)
            {
                return found;
            }

            pos = SkipSpacesForward(key, wordEnd, limit);
            if (pos == wordEnd && !IsSymbolWord(key, pos, limit) && (wordEnd == 0 || !IsSymbolWord(key, wordEnd - 1, limit)))
            {
                // Words must be separated by spaces unless one of them is a symbol word such as ",".
                return found;
            }
        }
    }

    /// <summary>
    /// The longest phrase that ends right before <paramref name="end"/> (after any spaces there), starting at or
    /// after <paramref name="floor"/>.
    /// </summary>
    /// <returns>Whether a phrase matched; <paramref name="start"/> is its first character.</returns>
    public bool MatchBackward(string key, int end, int floor, out T value, out int start)
    {
        value = default!;
        start = end;
        var found = false;
        var node = _root;
        var pos = SkipSpacesBackward(key, end, floor);
        while (true)
        {
            var wordStart = WordStartBackward(key, pos, floor);
            if (wordStart == pos || !node.TryGetChild(key.AsSpan(wordStart, pos - wordStart), out var child))
            {
                return found;
            }

            node = child;
            if (node.HasValue)
            {
                found = true;
                value = node.Value;
                start = wordStart;
            }

            if (!node.HasChildren)
            {
                return found;
            }

            var next = SkipSpacesBackward(key, wordStart, floor);
            if (next == wordStart)
            {
                return found;
            }

            pos = next;
        }
    }

    /// <summary>Just past the word that starts at <paramref name="start"/>, or <paramref name="start"/> when none does.</summary>
    public static int WordEndForward(string key, int start, int limit)
    {
        if (start >= limit)
        {
            return start;
        }

        if (IsSymbolWord(key, start, limit))
        {
            return start + 1;
        }

        if (!char.IsLetter(key[start]))
        {
            return start;
        }

        var i = start + 1;
        while (i < limit)
        {
            var c = key[i];
            if (char.IsLetter(c) || char.IsAsciiDigit(c) || c is '²' or '³')
            {
                i++;
            }
            else if (c == '-' && i + 1 < limit && char.IsLetter(key[i + 1]) && char.IsLetter(key[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The start of the letter word that ends right before <paramref name="end"/>, or <paramref name="end"/>.</summary>
    public static int WordStartBackward(string key, int end, int floor)
    {
        if (end <= floor)
        {
            return end;
        }

        if (key[end - 1] == ',')
        {
            return end - 1;
        }

        var i = end;
        while (i > floor && char.IsLetter(key[i - 1]))
        {
            i--;
        }

        return i;
    }

    public static int SkipSpacesForward(string key, int pos, int limit)
    {
        while (pos < limit && key[pos] == ' ')
        {
            pos++;
        }

        return pos;
    }

    public static int SkipSpacesBackward(string key, int pos, int floor)
    {
        while (pos > floor && key[pos - 1] == ' ')
        {
            pos--;
        }

        return pos;
    }

    private static bool IsSymbolWord(string key, int pos, int limit) =>
        pos < limit && key[pos] is ',' or '%' or '‰';

    private static List<string> Split(string phrase)
    {
        var words = new List<string>();
        var i = 0;
        while (i < phrase.Length)
        {
            i = SkipSpacesForward(phrase, i, phrase.Length);
            var end = WordEndForward(phrase, i, phrase.Length);
            if (end == i)
            {
                // Anything else (a stray character) is kept as a word of its own so the phrase stays distinct.
                end = i + 1;
            }

            if (i < phrase.Length)
            {
                words.Add(phrase[i..end]);
            }

            i = end;
        }

        return words;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public bool HasValue { get; set; }

        public T Value { get; set; } = default!;

        public bool HasChildren => _children is not null;

        public Node GetOrAdd(string word)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.Ordinal);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!_children.TryGetValue(word, out var child))
            {
                child = new Node();
                _children.Add(word, child);
            }

            return child;
        }

        public bool TryGetChild(ReadOnlySpan<char> word, out Node child)
        {
            if (_children is null)
            {
                child = null!;
                return false;
            }

            return _lookup.TryGetValue(word, out child!);
        }
    }
}
