namespace TextMining.Text;

/// <summary>
/// The whole first words of a set of phrases, as bits of a small hash table: the cheapest reject of a word of a text
/// that starts no phrase, a hash of a few of its characters and one array read before any walk of a trie. A word that is some
/// phrase's first word always passes; another word passes only when it shares a bit with one (rarely). A phrase whose
/// first word may run on into what follows it (a gap straight after it), or that starts with no word, lets every word
/// pass, as does <see cref="AcceptAll"/>.
/// </summary>
internal sealed class FirstWordSet
{
    private const int Bits = 13;
    private const uint Multiplier = 0x9E3779B1;

    private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];
    private bool _all;

    /// <summary>
    /// Adds the first word of <paramref name="phrase"/>: its characters up to the first that is not a word character
    /// (<see cref="Words.IsWordChar"/>).
    /// </summary>
    /// <param name="phrase">The phrase, in the form words will be looked up in.</param>
    /// <param name="gap">The character that stands for zero or more spaces in a phrase, after which a word may go on.</param>
    public void Add(ReadOnlySpan<char> phrase, char gap)
    {
        var length = 0;
        while (length < phrase.Length && Words.IsWordChar(phrase[length]))
        {
            length++;
        }

        if (length == 0 || (length < phrase.Length && phrase[length] == gap))
        {
            _all = true;
            return;
        }

        var bit = Bit(phrase[..length]);
        _bits[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    /// <summary>Lets every word pass (for phrases that may end inside a word of the text).</summary>
    public void AcceptAll() => _all = true;

    /// <summary>Whether some phrase may start with the whole word <paramref name="word"/> (a maximal run of word characters).</summary>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return true;
        }

        var bit = Bit(word);
        return _all || (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>
    /// The word's bit: a hash of its length and its first, second and last characters, read without a loop (Vietnamese
    /// words are short, and the three characters with their tones tell most of them apart).
    /// </summary>
    private static uint Bit(ReadOnlySpan<char> word)
    {
        var last = word.Length - 1;
        var h = ((uint)word[0] * 0x9E3779B1) ^ ((uint)word[last > 0 ? 1 : 0] * 0x85EBCA77)
            ^ ((uint)word[last] * 0xC2B2AE3D) ^ ((uint)last * 0x27D4EB2F);
        return (h * Multiplier) >> (32 - Bits);
    }
}
