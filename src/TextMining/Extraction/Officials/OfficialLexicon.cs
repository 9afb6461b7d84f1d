using System.Runtime.CompilerServices;

namespace TextMining.Extraction.Officials;

/// <summary>What a lexicon phrase is to the officials extractor.</summary>
internal enum PhraseKind
{
    Rank,
    Honorific,
    Address,
    Academic,
    Title,
    Organization,
    Level,
    Connector,
    Place,
    Surname,
}

/// <summary>Extra conditions and behaviour of a phrase (see the lexicon headers).</summary>
[Flags]
internal enum PhraseFlags
{
    None = 0,

    /// <summary>Only when the first word is written with a capital.</summary>
    Capitalised = 1,

    /// <summary>Lower-case words of the unit's own name may follow.</summary>
    Open = 2,

    /// <summary>A title that must be followed by an organisation.</summary>
    Bare = 4,

    /// <summary>A Tây Nguyên name part (<c>Y</c>, <c>Ksor</c>): the whole capitalised run from it is the name.</summary>
    Prefix = 8,

    /// <summary>A surname that also starts many place names (<c>Hà</c>, <c>Lạc</c>).</summary>
    PlaceLike = 16,

    /// <summary>A title that is a position only after the person's name (<c>…, cán bộ Công an xã</c>), never before it.</summary>
    AfterName = 32,
}

/// <summary>One lexicon phrase: its tokens as matching keys, what it is and how it is reported.</summary>
/// <param name="Keys">The matching key of each token (<c>tp.</c>, <c>hồ</c>, <c>chí</c>, <c>minh</c>).</param>
/// <param name="Kind">What the phrase is.</param>
/// <param name="Flags">Extra conditions.</param>
/// <param name="Canonical">The phrase as the lexicon spells it.</param>
/// <param name="Pattern">
/// The phrase for a <see cref="PhraseMatcher{T}"/>: the keys joined by a space between two words and by an optional
/// space next to punctuation, so the phrase matches exactly where its tokens follow each other in the text.
/// </param>
internal sealed record Phrase(string[] Keys, PhraseKind Kind, PhraseFlags Flags, string Canonical, string Pattern);

/// <summary>
/// The officials lexicons (<c>ranks.tsv</c>, <c>honorifics.tsv</c>, <c>titles.tsv</c>, <c>organizations.tsv</c>,
/// <c>surnames.tsv</c>, <c>stopwords.tsv</c>, <c>compounds.tsv</c>), loaded once and read-only.
/// </summary>
internal sealed class OfficialLexicon
{
    private const string Folder = "Extraction/Officials/";
    private static readonly Lazy<OfficialLexicon> Lazy = new(() => new OfficialLexicon());

    private readonly HashSet<string> _verbs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbLookup;
    private readonly HashSet<string> _nonNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nonNameLookup;
    private readonly HashSet<string> _openers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _openerLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _foreignLookup;
    private readonly WordSet _starterWords;
    private readonly FollowerFilter _triggerStarts;

    private OfficialLexicon()
    {
        var triggers = new List<Phrase>();
        foreach (var row in LexiconResource.ReadRows(Folder + "ranks.tsv"))
        {
            triggers.Add(Create(row[0], PhraseKind.Rank, PhraseFlags.None));
        }

        foreach (var row in LexiconResource.ReadRows(Folder + "honorifics.tsv"))
        {
            var kind = (row.Length > 1 ? row[1] : string.Empty) switch
            {
                "honorific" => PhraseKind.Honorific,
                "academic" => PhraseKind.Academic,
                _ => PhraseKind.Address,
            };
            var phrase = Create(row[0], kind, PhraseFlags.None);
            triggers.Add(row.Length > 2 && row[2].Length > 0 ? phrase with { Canonical = row[2] } : phrase);
        }

        foreach (var row in LexiconResource.ReadRows(Folder + "titles.tsv"))
        {
            var flags = ParseFlags(row.Length > 1 ? row[1] : string.Empty);
            triggers.Add(Create(row[0], PhraseKind.Title, flags));
            if (HasFlag(row, "pho"))
            {
                triggers.Add(Create("Phó " + row[0], PhraseKind.Title, flags));
            }
        }

        Triggers = Matcher(triggers);
        _triggerStarts = new FollowerFilter(triggers.Select(t => View(t.Pattern)));
        var starters = triggers.Where(t => (t.Flags & PhraseFlags.AfterName) == 0).ToList();
        Starters = Matcher(starters);
        _starterWords = new WordSet(starters.Select(p => FirstWord(p.Pattern)).Where(w => w.Length > 0));
        foreach (var word in _starterWords.Words.Where(w => !Starters.HasPhraseStartingWith(w)))
        {
            throw new InvalidOperationException($"The first word '{word}' of a trigger does not start a trigger phrase.");
        }

        foreach (var word in _starterWords.Words.Where(w => w.Any(Words.IsGlue)))
        {
            throw new InvalidOperationException($"The first word '{word}' of a trigger holds an apostrophe or '&'.");
        }

        var units = new List<Phrase>();
        foreach (var row in LexiconResource.ReadRows(Folder + "organizations.tsv"))
        {
            var kind = (row.Length > 1 ? row[1] : "org") switch
            {
                "level" => PhraseKind.Level,
                "connector" => PhraseKind.Connector,
                "place" => PhraseKind.Place,
                _ => PhraseKind.Organization,
            };
            units.Add(Create(row[0], kind, ParseFlags(row.Length > 2 ? row[2] : string.Empty)));
        }

        Units = Matcher(units);

        var surnames = new List<Phrase>();
        var prefixes = new List<string>();
        foreach (var row in LexiconResource.ReadRows(Folder + "surnames.tsv"))
        {
            if (row[0].EndsWith('\'') || row[0].EndsWith('\u2019'))
            {
                prefixes.Add(VietnameseText.ToMatchingKey(row[0][..^1]));
                continue;
            }

            var flags = (row.Length > 1 ? row[1] : string.Empty) switch
            {
                "ethnic" => PhraseFlags.Prefix,
                "place" => PhraseFlags.PlaceLike,
                _ => PhraseFlags.None,
            };
            surnames.Add(Create(row[0], PhraseKind.Surname, flags));
        }

        Surnames = Matcher(surnames);
        SurnamePrefixes = prefixes.ToArray();

        Compounds = Matcher(LexiconResource.ReadRows(Folder + "compounds.tsv")
            .Select(row => Create(row[0], PhraseKind.Organization, ParseFlags(row.Length > 1 ? row[1] : string.Empty)))
            .Where(phrase => phrase.Keys.Length > 1));

        var stops = LexiconResource.ReadRows(Folder + "stopwords.tsv");
        _verbs = new HashSet<string>(
            stops.Where(r => r.Length > 1 && r[1] == "verb").Select(r => VietnameseText.ToMatchingKey(r[0])),
            StringComparer.Ordinal);
        _verbLookup = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _nonNames = new HashSet<string>(
            stops.Where(r => r.Length > 1 && r[1] == "nonname").Select(r => VietnameseText.ToMatchingKey(r[0])),
            StringComparer.Ordinal);
        _nonNameLookup = _nonNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _openers = new HashSet<string>(
            stops.Where(r => r.Length > 1 && r[1] == "opener").Select(r => VietnameseText.ToMatchingKey(r[0])),
            StringComparer.Ordinal);
        _openerLookup = _openers.GetAlternateLookup<ReadOnlySpan<char>>();
        _foreignLookup = new HashSet<string>(
            stops.Where(r => r.Length > 1 && r[1] == "foreign").Select(r => VietnameseText.ToMatchingKey(r[0])),
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance.</summary>
    public static OfficialLexicon Instance => Lazy.Value;

    /// <summary>Ranks, honorifics, forms of address and titles: the phrases that start a mention.</summary>
    public PhraseMatcher<Phrase> Triggers { get; }

    /// <summary>
    /// The triggers a scan starts a parse at: all but the titles that are positions only after a name
    /// (<c>cán bộ Công an</c>, <c>Bảo vệ khu phố</c>), whose common first words (<c>cán</c>, <c>bảo</c>) would start a
    /// parse that can never name anyone.
    /// </summary>
    public PhraseMatcher<Phrase> Starters { get; }

    /// <summary>Organisations, administrative levels, connectors and provinces: the parts of a position.</summary>
    public PhraseMatcher<Phrase> Units { get; }

    /// <summary>
    /// Words of several syllables that a position never ends inside (<c>Bất động sản</c>, <c>Hàng không</c>,
    /// <c>nội địa</c>); each counts as one word of a unit's name.
    /// </summary>
    public PhraseMatcher<Phrase> Compounds { get; }

    /// <summary>Family names (one or more words).</summary>
    public PhraseMatcher<Phrase> Surnames { get; }

    /// <summary>Family names written glued to the given name (<c>h</c> for <c>H'Hen</c>), as matching keys.</summary>
    public IReadOnlyList<string> SurnamePrefixes { get; }

    /// <summary>
    /// Whether some phrase of <see cref="Starters"/> starts with the whole word <paramref name="key"/> (a matching key, not
    /// empty): the same answer as <see cref="PhraseMatcher{T}.HasPhraseStartingWith"/>, from a table of the phrases'
    /// first words, for the scan that asks about every word of an article. No such word holds an apostrophe or
    /// <c>&amp;</c> (checked when the lexicon loads), so a word glued from several runs never is one.
    /// </summary>
    public bool IsStarterWord(ReadOnlySpan<char> key) => _starterWords.MayContain(key) && _starterWords.Contains(key);

    /// <summary>
    /// Whether some phrase of <see cref="Triggers"/> may start at the word starting at <paramref name="start"/> of the
    /// matching key <paramref name="key"/>: false only when none does, for a cheap test before the full match.
    /// </summary>
    public bool MayStartTrigger(string key, int start) => _triggerStarts.MayMatch(key, start);

    /// <summary>Whether the lower-case word with key <paramref name="key"/> starts a clause.</summary>
    public bool IsVerb(ReadOnlySpan<char> key) => _verbLookup.Contains(key);

    /// <summary>Whether the capitalised word with key <paramref name="key"/> is never part of a name.</summary>
    public bool IsNonName(ReadOnlySpan<char> key) => _nonNameLookup.Contains(key);

    /// <summary>Whether the capitalised word with key <paramref name="key"/> usually opens a sentence (ends a long name).</summary>
    public bool IsOpener(ReadOnlySpan<char> key) => _openerLookup.Contains(key);

    /// <summary>
    /// Whether the word (a matching key) right before a title makes the title someone else's: <c>thay mặt</c>,
    /// <c>thừa ủy quyền</c>, <c>với</c>, <c>cho</c>, <c>gặp</c> (<c>stopwords.tsv</c>, kind <c>foreign</c>).
    /// </summary>
    public bool IsForeignMarker(ReadOnlySpan<char> key) => _foreignLookup.Contains(key);

    /// <summary>
    /// The first word of a phrase's pattern as its matcher stores it: the matching key up to the first space or
    /// optional space.
    /// </summary>
    private static string FirstWord(string pattern)
    {
        var view = View(pattern);
        var end = view.AsSpan().IndexOfAny(' ', PhraseMatcher<Phrase>.OptionalSpace);
        return end < 0 ? view : view[..end];
    }

    /// <summary>A phrase's pattern as its matcher stores it: normalised, trimmed, as a matching key.</summary>
    private static string View(string pattern) => VietnameseText.ToMatchingKey(VietnameseText.Normalize(pattern).Trim());

    /// <summary>A multiplicative (Fibonacci) hash of a word's first, middle and last characters and its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = (uint)((((((word[0] * 31) + word[word.Length >> 1]) * 31) + word[^1]) * 31) + word.Length);
        return hash * 2654435769u;
    }

    private static bool HasFlag(string[] row, string flag) =>
        row.Length > 1 && row[1].Split(',', StringSplitOptions.TrimEntries).Contains(flag, StringComparer.Ordinal);

    private static PhraseFlags ParseFlags(string field)
    {
        var flags = PhraseFlags.None;
        foreach (var f in field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            flags |= f switch
            {
                "cap" => PhraseFlags.Capitalised,
                "open" => PhraseFlags.Open,
                "bare" => PhraseFlags.Bare,
                "after" => PhraseFlags.AfterName,
                _ => PhraseFlags.None,
            };
        }

        return flags;
    }

    /// <summary>
    /// A matcher over the phrases' patterns; phrases with the same tokens keep the first (lexicon order), and
    /// phrases sharing a start are tried longest first.
    /// </summary>
    private static PhraseMatcher<Phrase> Matcher(IEnumerable<Phrase> phrases) =>
        new(phrases
            .Where(p => p.Keys.Length > 0)
            .GroupBy(p => string.Join(' ', p.Keys), StringComparer.Ordinal)
            .Select(g => new PhraseRow<Phrase>(g.First().Pattern, g.First())));

    private static Phrase Create(string text, PhraseKind kind, PhraseFlags flags)
    {
        var key = VietnameseText.ToMatchingKey(text);
        var tokens = Tokenizer.Tokenize(text);
        var keys = tokens.Select(t => key.Substring(t.Start, t.Length)).ToArray();
        var pattern = new System.Text.StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0)
            {
                var joinsWords = Words.IsWordChar(keys[i - 1][^1]) && Words.IsWordChar(keys[i][0]);
                pattern.Append(joinsWords ? ' ' : PhraseMatcher<Phrase>.OptionalSpace);
            }

            pattern.Append(keys[i]);
        }

        return new Phrase(keys, kind, flags, text, pattern.ToString());
    }

    /// <summary>
    /// A set of words looked up by a hash of their first, middle and last characters and their length: the officials
    /// scan asks about every word of an article, and most words are longer than any in the set or fall on a clear bit of
    /// a small bitmap (which stays in the L1 cache, unlike the slots), so most lookups cost one read, without comparing
    /// characters.
    /// </summary>
    private sealed class WordSet
    {
        private const int Bits = 12;

        /// <summary>The bitmap has more bits than there are slots, so fewer words not in the set pass it.</summary>
        private const int FilterBits = 14;

        private readonly string[]?[] _slots = new string[]?[1 << Bits];
        private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];
        private readonly int _maxLength;

        public WordSet(IEnumerable<string> words)
        {
            Words = words.Distinct(StringComparer.Ordinal).ToArray();
            foreach (var word in Words)
            {
                ref var slot = ref _slots[Slot(word)];
                slot = [.. slot ?? [], word];
                var bit = FilterBit(word);
                _filter[bit >> 6] |= 1UL << bit;
                _maxLength = Math.Max(_maxLength, word.Length);
            }
        }

        /// <summary>The words, once each.</summary>
        public IReadOnlyList<string> Words { get; }

        /// <summary>
        /// Whether <paramref name="word"/> (not empty) may be one of the words: false for most words, with no call, as the
        /// scan asks it first (<see cref="Contains"/> then makes sure).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayContain(ReadOnlySpan<char> word)
        {
            if (word.Length > _maxLength)
            {
                return false;
            }

            var bit = FilterBit(word);
            return (_filter[bit >> 6] & (1UL << bit)) != 0;
        }

        /// <summary>Whether <paramref name="word"/> (not empty) is one of the words.</summary>
        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.Length > _maxLength || _slots[Slot(word)] is not { } slot)
            {
                return false;
            }

            foreach (var candidate in slot)
            {
                if (word.SequenceEqual(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The word's slot: the top <see cref="Bits"/> bits of its <see cref="Hash"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Slot(ReadOnlySpan<char> word) => (int)(Hash(word) >> (32 - Bits));

        /// <summary>The word's bit of the bitmap: the top <see cref="FilterBits"/> bits of its <see cref="Hash"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int FilterBit(ReadOnlySpan<char> word) => (int)(Hash(word) >> (32 - FilterBits));
    }

    /// <summary>
    /// The first word of each phrase (its leading word characters) with the first character after it that is not a space
    /// or optional space (any, for a phrase of that one word), as bits of a small bitmap. A phrase that matches at a word
    /// is that word, then spaces at most, then that character; so a word whose pair is not there starts no phrase. Most
    /// lower-case words that start some trigger are not one (<c>đồng</c> before anything but <c>chí</c>).
    /// </summary>
    private sealed class FollowerFilter
    {
        private const int Bits = 14;
        private const char AnyFollower = '\uFFFF';
        private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];

        public FollowerFilter(IEnumerable<string> views)
        {
            foreach (var view in views)
            {
                var end = Words.WordEnd(view, 0);
                if (end > 0)
                {
                    var rest = view.AsSpan(end).TrimStart([' ', PhraseMatcher<Phrase>.OptionalSpace]);
                    var bit = Bit(view.AsSpan(0, end), rest.IsEmpty ? AnyFollower : rest[0]);
                    _bits[bit >> 6] |= 1UL << bit;
                }
            }
        }

        /// <summary>Whether a phrase may start at <paramref name="start"/> of <paramref name="view"/>, where a word starts.</summary>
        public bool MayMatch(string view, int start)
        {
            var end = Words.WordEnd(view, start);
            if (end == start)
            {
                return true;
            }

            var word = view.AsSpan(start, end - start);
            var next = Words.SkipSpaces(view, end);
            return Has(word, AnyFollower) || (next < view.Length && Has(word, view[next]));
        }

        private bool Has(ReadOnlySpan<char> word, char follower)
        {
            var bit = Bit(word, follower);
            return (_bits[bit >> 6] & (1UL << bit)) != 0;
        }

        private static int Bit(ReadOnlySpan<char> word, char follower) => (int)(((Hash(word) + follower) * 2654435769u) >> (32 - Bits));
    }
}
