namespace TextMining.Text;

/// <summary>
/// The last two characters of a set of phrases, as bits of a small hash table: the cheapest reject of an offset
/// where no phrase of a backward <see cref="PhraseMatcher{T}"/> can end, two character reads and one array read before
/// any walk of the trie. A phrase that ends at an offset always passes (its last character is the text's, and the
/// one before it too, a space in the phrase standing for a space of the text); another offset passes only when it
/// shares a bit with a phrase (rarely). A phrase of one character, or whose last character follows a gap, passes on
/// its last character alone.
/// </summary>
internal sealed class PhraseEndSet
{
    private const int PairBits = 12;
    private const int SingleBits = 8;

    private readonly ulong[] _pairs = new ulong[(1 << PairBits) / 64];
    private readonly ulong[] _singles = new ulong[(1 << SingleBits) / 64];
    private bool _all;

    /// <summary>Adds a phrase, in the form the text will be read in (no leading or trailing spaces).</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="gap">The character that stands for zero or more spaces in a phrase.</param>
    public void Add(ReadOnlySpan<char> phrase, char gap)
    {
        if (phrase.IsEmpty)
        {
            return;
        }

        var last = phrase[^1];
        if (last == gap)
        {
            _all = true;
        }
        else if (phrase.Length == 1 || phrase[^2] == gap)
        {
            Set(_singles, Single(last));
        }
        else
        {
            Set(_pairs, Pair(last, phrase[^2]));
        }
    }

    /// <summary>Whether some phrase may end just before <paramref name="end"/> of <paramref name="text"/> and start at or after <paramref name="floor"/>.</summary>
    public bool MayEnd(string text, int end, int floor)
    {
        if (_all || (uint)end > (uint)text.Length)
        {
            return true;
        }

        if (end <= floor)
        {
            return false;
        }

        var last = text[end - 1];
        return Test(_singles, Single(last)) || (end - 2 >= floor && Test(_pairs, Pair(last, text[end - 2])));
    }

    private static uint Single(char last) => ((uint)last * 0x9E3779B1) >> (32 - SingleBits);

    private static uint Pair(char last, char before) => ((((uint)last * 0x9E3779B1) ^ ((uint)before * 0x85EBCA77)) * 0xC2B2AE3D) >> (32 - PairBits);

    private static void Set(ulong[] bits, uint bit) => bits[bit >> 6] |= 1UL << (int)(bit & 63);

    private static bool Test(ulong[] bits, uint bit) => (bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
}
