using TextMining.Text;

namespace TextMining.Extraction.Officials;

/// <summary>
/// The tokens of a stretch of one line, read from the text on demand (<see cref="Tokenizer.TryRead"/>): the officials
/// extractor parses a few words around each trigger, so only those words are tokenised, not the whole article. Each
/// token, flags included, is the one <see cref="Tokenizer.Tokenize(string)"/> gives at the same place. Never reads past
/// the end of the line it starts on.
/// </summary>
internal sealed class TokenWindow
{
    private readonly string _text;
    private Token[] _tokens = new Token[32];
    private int _count;
    private int _next;
    private TokenFlags _flags;
    private int _lineEnd;

    // The last line end found and where its search started: no line break lies between them.
    private int _lineSearchFrom = -1;
    private int _foundLineEnd = -1;

    public TokenWindow(string text) => _text = text;

    /// <summary>Token <paramref name="index"/>; read already (<see cref="Has"/>).</summary>
    public Token this[int index] => _tokens[index];

    /// <summary>
    /// Makes the window hold at least <paramref name="before"/> tokens before the token starting at
    /// <paramref name="offset"/> (fewer when the line starts closer), and returns that token's index in the window. The
    /// tokens already read are kept when they hold it with enough before it (triggers often follow each other closely);
    /// the words between a token read and a trigger further on are never read.
    /// </summary>
    /// <param name="offset">The start of a token.</param>
    /// <param name="before">How many tokens of the line before it the caller looks at.</param>
    public int OpenAt(int offset, int before)
    {
        if (_count > 0 && offset >= _tokens[0].Start && offset <= _tokens[_count - 1].Start)
        {
            var kept = IndexAt(offset);
            if (kept >= before || _tokens[0].LineStart)
            {
                return kept;
            }
        }

        var start = RestartBefore(offset, before + 1);
        _count = 0;
        _next = start;
        _flags = start == 0 || _text[start - 1] == '\n' ? TokenFlags.LineStart : TokenFlags.SpaceBefore;
        _lineEnd = LineEnd(start);
        return IndexAt(offset);
    }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/>, read up to it.</summary>
    private int IndexAt(int offset)
    {
        var found = _tokens.AsSpan(0, _count).BinarySearch(new TokenStart(offset));
        var index = found >= 0 ? found : ~found;

        while (Has(index) && _tokens[index].Start < offset)
        {
            index++;
        }

        return index;
    }

    /// <summary>Whether token <paramref name="index"/> exists on the line; reads up to it.</summary>
    public bool Has(int index)
    {
        while (index >= _count)
        {
            if (!Tokenizer.TryRead(_text, ref _next, _lineEnd, ref _flags, out var token))
            {
                return false;
            }

            if (_count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _count * 2);
            }

            _tokens[_count++] = token;
        }

        return true;
    }

    /// <summary>
    /// A token boundary before <paramref name="offset"/> with at least <paramref name="groups"/> - 1 whole groups of
    /// characters between blanks (so as many tokens) before the one holding <paramref name="offset"/>, or the start of
    /// its line: the start of a group, which is the start of a token.
    /// </summary>
    private int RestartBefore(int offset, int groups)
    {
        var text = _text;
        var i = offset;
        for (var g = 0; g < groups; g++)
        {
            while (i > 0 && text[i - 1] is not (' ' or '\t' or '\n'))
            {
                i--;
            }

            var group = i;
            while (i > 0 && text[i - 1] is ' ' or '\t')
            {
                i--;
            }

            if (i == 0 || text[i - 1] == '\n')
            {
                return i;
            }

            if (g == groups - 1)
            {
                return group;
            }
        }

        return i;
    }

    private int LineEnd(int start)
    {
        if (_lineSearchFrom < 0 || start < _lineSearchFrom || start >= _foundLineEnd)
        {
            var at = _text.IndexOf('\n', start);
            _lineSearchFrom = start;
            _foundLineEnd = at < 0 ? _text.Length : at;
        }

        return _foundLineEnd;
    }

    /// <summary>Compares tokens with an offset by their start, for a binary search.</summary>
    private readonly struct TokenStart(int offset) : IComparable<Token>
    {
        public int CompareTo(Token other) => offset.CompareTo(other.Start);
    }
}
