using TextMining.Text;

namespace TextMining.Extraction.Officials;

/// <summary>
/// Finds named officials: people introduced by a rank (<c>Đại tá</c>), the honorific <c>Đồng chí</c>, a form of
/// address (<c>ông</c>, <c>bà</c>) or a title (<c>Phó Giám đốc Công an tỉnh</c>), with their positions. Mentions of
/// one person (full name, or rank/honorific + given name) are merged into one <see cref="Official"/>.
/// </summary>
/// <remarks>
/// Trigger-based: the text is scanned once for word starts whose matching key begins a rank, honorific, form of
/// address or title; only there are the surrounding words tokenised and parsed (a bounded window), so the cost is
/// linear in the text. A person counts as an official when some mention gives a rank, a position or the honorific
/// <c>Đồng chí</c>; a person only ever called <c>ông</c>/<c>bà</c>/<c>anh</c>/<c>chị</c> is not one.
/// </remarks>
internal sealed class OfficialExtractor : IExtractionStage
{
    /// <summary>The most words of a name written with nothing before it (<c>Nguyễn Văn An, Chủ tịch …</c>).</summary>
    private const int MaxNameFirstWords = 4;

    private readonly OfficialLexicon _lexicon = OfficialLexicon.Instance;

    /// <summary>A person's name never starts inside a place name (<c>xã Vạn Ninh</c>): the place stage runs first.</summary>
    private static readonly StageDependency[] Dependencies = [StageDependency.On<TextMining.Extraction.Places.PlaceExtractor>()];

    public ExtractorKind? Kind => ExtractorKind.Officials;

    public IReadOnlyList<StageDependency> Needs => Dependencies;

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var key = context.MatchingKey;
        var window = new TokenWindow(text);
        var parser = new OfficialMentionParser(text, key, window, _lexicon, context.Places);
        var runs = context.WordRuns;
        var k = 0;
        var free = 0;
        var at = 0;
        while (NextTrigger(runs, ref k, text, key, at, out var wordEnd) is var start and >= 0)
        {
            var consumed = ParseAtTrigger(parser, window, text, key, start, free);
            if (consumed > start)
            {
                at = consumed;
                free = consumed;
            }
            else
            {
                at = wordEnd;
            }
        }

        context.Officials.AddRange(Merge(text, parser.Mentions));
    }

    /// <summary>
    /// The start of the next word at or after <paramref name="from"/> (a token boundary) that a rank, honorific, form
    /// of address or title starts with, or -1; <paramref name="wordEnd"/> is the end of its word (an abbreviation's dot
    /// aside). Words are read as the tokenizer reads them (<see cref="Words.GluedWordEnd"/>), without tokenising: runs
    /// of word characters (<paramref name="runs"/>, from run <paramref name="k"/> on) joined by an apostrophe or
    /// <c>&amp;</c> before a letter. No starter word holds those (<see cref="OfficialLexicon.IsStarterWord"/>), so only
    /// a run that is a starter word alone is checked for being a whole word: one lookup for most words.
    /// </summary>
    private int NextTrigger(WordRuns runs, ref int k, string text, string key, int from, out int wordEnd)
    {
        // A mention that ended inside a word leaves the rest of the word to be read as a word of its own.
        if (from < text.Length && Words.IsWordChar(text[from]) && !Words.IsWordStart(text, from))
        {
            wordEnd = Words.GluedWordEnd(text, from);
            if (_lexicon.IsStarterWord(key.AsSpan(from, wordEnd - from)))
            {
                return from;
            }

            from = wordEnd;
        }

        var first = runs.NextAtOrAfter(from, k);
        for (k = first; k < runs.Count; k++)
        {
            var start = runs.Start(k);
            wordEnd = runs.End(k);
            if (_lexicon.IsStarterWord(key.AsSpan(start, wordEnd - start))
                && (k == first || !IsGlued(text, runs.End(k - 1), start))
                && (k + 1 == runs.Count || !IsGlued(text, wordEnd, runs.Start(k + 1))))
            {
                return start;
            }
        }

        wordEnd = text.Length;
        return -1;
    }

    /// <summary>Whether one apostrophe or <c>&amp;</c> joins a run ending at <paramref name="end"/> to the next, which starts with a letter.</summary>
    private static bool IsGlued(string text, int end, int next) =>
        next == end + 1 && Words.IsGlue(text[end]) && char.IsLetter(text[next]);

    /// <summary>
    /// Parses the mention(s) at the trigger word starting at <paramref name="start"/>; returns the offset after what was
    /// consumed, or at most <paramref name="start"/> when nobody is named there.
    /// </summary>
    private int ParseAtTrigger(OfficialMentionParser parser, TokenWindow window, string text, string key, int start, int free)
    {
        // "Nguyễn Văn An, Chủ tịch UBND xã …": the name stands before the title, with nothing before it.
        var t = -1;
        var nameStart = -1;
        if (FollowsSeparator(text, key, start))
        {
            t = window.OpenAt(start, MaxNameFirstWords + 3);
            nameStart = NameBefore(window, key, t, free);
        }

        if (nameStart < 0 && CannotOpenMention(text, key, start))
        {
            return -1;
        }

        if (t < 0)
        {
            t = window.OpenAt(start, 1);
        }

        var consumed = nameStart >= 0 ? parser.ParseNamedAt(nameStart, t - 1 - nameStart) : -1;
        return consumed >= 0 ? consumed : Math.Max(parser.ParseAt(t, out var triggerEnd), triggerEnd);
    }

    /// <summary>
    /// Whether the token before the one at <paramref name="start"/> is a separator on the same line (<c>,</c> or a
    /// dash), after which a name may stand before the trigger (<see cref="NameBefore"/>).
    /// </summary>
    private static bool FollowsSeparator(string text, string key, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i > 0 && key[i - 1] is ',' or '-' or '\u2013' or '\u2014';
    }

    /// <summary>
    /// The first token of a name written right before the trigger at <paramref name="t"/> and a separator
    /// (<c>Nguyễn Văn An, Chủ tịch …</c>, <c>Lê Văn B - Trưởng thôn …</c>), or -1. The name is a run of 2–4 capitalised
    /// words on the trigger's line, after <paramref name="free"/> (the end of the last mention), preceded by a lower-case
    /// word, punctuation, the line start or a word that is never part of a name (<c>Theo</c>); a name of two words only
    /// after punctuation or at the line start (<c>GS. Nguyễn Mại, …</c>). It must start with a surname, which the parser
    /// checks.
    /// </summary>
    private int NameBefore(TokenWindow tokens, string key, int t, int free)
    {
        var separator = t - 1;
        if (separator < 2 || tokens[t].LineStart || tokens[separator].Kind != TokenKind.Punctuation
            || key[tokens[separator].Start] is not (',' or '-' or '\u2013' or '\u2014'))
        {
            return -1;
        }

        var s = separator;
        while (s > 0 && separator - s <= MaxNameFirstWords && !tokens[s].LineStart && IsNameWord(s - 1))
        {
            s--;
        }

        var words = separator - s;
        if (words is < 2 or > MaxNameFirstWords)
        {
            return -1;
        }

        // The run must be the whole capitalised group: "Trường THPT Lương Thế Vinh, Hiệu trưởng …" is not a name.
        var opensClause = s == 0 || tokens[s].LineStart || tokens[s - 1].Kind != TokenKind.Word;
        if (!opensClause && tokens[s - 1].IsCapitalisedWord && !_lexicon.IsNonName(KeyOf(s - 1)))
        {
            return -1;
        }

        // Two words after a lower-case word are too often something else ("lễ hội tết Đinh Dậu, Phó chủ tịch …").
        return words >= 3 || opensClause ? s : -1;

        bool IsNameWord(int i) =>
            tokens[i].IsCapitalisedWord && !tokens[i].AllCaps && tokens[i].Start >= free && !_lexicon.IsNonName(KeyOf(i));

        ReadOnlySpan<char> KeyOf(int i) => key.AsSpan(tokens[i].Start, tokens[i].Length);
    }

    /// <summary>
    /// Whether a parse at the word starting at <paramref name="start"/> is sure to find nobody, so it need not run: no
    /// rank, honorific, form of address or title is written there in full (<c>đồng</c> alone, not <c>đồng chí</c>), and
    /// the word is not capitalised, so no name starts there either. One word in twenty of general news starts some
    /// trigger phrase; most of them are not one (<c>đồng</c>, <c>chỉ</c>, <c>nhà</c>, <c>vụ</c>).
    /// </summary>
    private bool CannotOpenMention(string text, string key, int start) =>
        !Words.IsUpper(text[start]) && !(_lexicon.MayStartTrigger(key, start) && _lexicon.Triggers.TryMatchLongest(key, start, out _, text));

    /// <summary>
    /// Merges mentions by name: full names by matching key; a given name alone joins the one person whose name
    /// ends with it (and is dropped when none or several do). Positions accumulate in text order (a headline's mentions after the body's), deduplicated
    /// case-insensitively; a position that only adds or drops words at the end of one already held is the same office
    /// and keeps the wording of its first mention.
    /// </summary>
    internal static IReadOnlyList<Official> Merge(string text, IReadOnlyList<RawMention> mentions)
    {
        // A headline abbreviates ("Thứ trưởng Nguyễn Văn Sơn chỉ đạo …"): the body's wording of an office comes first.
        var titleEnd = text.IndexOf("\n\n", StringComparison.Ordinal);
        var groups = GroupByName(mentions);
        var officials = new List<Official>(groups.Count);
        foreach (var group in groups)
        {
            if (ToOfficial(text, group, titleEnd) is { } official)
            {
                officials.Add(official);
            }
        }

        return officials;
    }

    /// <summary>The mentions grouped by person, in order of each person's first full name.</summary>
    private static List<List<RawMention>> GroupByName(IReadOnlyList<RawMention> mentions)
    {
        var groups = new List<List<RawMention>>();
        var byName = new Dictionary<string, List<RawMention>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.IsShort)
            {
                continue;
            }

            var nameKey = CollapseKey(mention.NameKey);
            if (!byName.TryGetValue(nameKey, out var group))
            {
                group = [];
                byName.Add(nameKey, group);
                groups.Add(group);
            }

            group.Add(mention);
        }

        foreach (var mention in mentions)
        {
            if (mention.IsShort && OnlyPersonNamed(groups, mention.NameKey) is { } match)
            {
                match.Add(mention);
            }
        }

        return groups;
    }

    /// <summary>The one group whose full name ends with the given name <paramref name="givenName"/>, or null.</summary>
    private static List<RawMention>? OnlyPersonNamed(List<List<RawMention>> groups, string givenName)
    {
        List<RawMention>? match = null;
        foreach (var group in groups)
        {
            var name = group[0].NameKey;
            var lastSpace = name.LastIndexOf(' ');
            if (lastSpace >= 0 && name.AsSpan(lastSpace + 1).SequenceEqual(givenName))
            {
                if (match is not null)
                {
                    return null;
                }

                match = group;
            }
        }

        return match;
    }

    /// <summary>
    /// One person's official record: the rank, honorific and positions of the body's mentions, then the headline's
    /// (before <paramref name="titleEnd"/>); null when none gives any.
    /// </summary>
    private static Official? ToOfficial(string text, List<RawMention> group, int titleEnd)
    {
        group.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        string? rank = null;
        string? honorific = null;
        var positions = new List<string>();
        var positionKeys = new List<string>();
        foreach (var inBody in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var mention in group)
            {
                if (mention.Span.Start >= titleEnd != inBody)
                {
                    continue;
                }

                rank ??= mention.Rank;
                honorific ??= mention.Honorific;
                foreach (var position in mention.Positions)
                {
                    AddPosition(positions, positionKeys, position);
                }
            }
        }

        if (rank is null && honorific is null && positions.Count == 0)
        {
            return null;
        }

        var found = new OfficialMention[group.Count];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = new OfficialMention(text.Substring(group[i].Span.Start, group[i].Span.Length), group[i].Span);
        }

        return new Official(group.Find(m => !m.IsShort)!.Name, rank, honorific, positions.ToArray(), found);
    }

    private static void AddPosition(List<string> positions, List<string> keys, string position)
    {
        var key = CollapseKey(VietnameseText.ToMatchingKey(position));
        for (var i = 0; i < keys.Count; i++)
        {
            // The same office said again with or without its place (Chủ tịch UBND tỉnh → … tỉnh Sóc Trăng,
            // Thủ tướng → Thủ tướng Chính phủ) keeps the wording of its first mention.
            if (keys[i] == key || IsExtension(keys[i], key) || IsExtension(key, keys[i]))
            {
                return;
            }
        }

        keys.Add(key);
        positions.Add(position);
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="shorter"/> followed by more words.</summary>
    private static bool IsExtension(string longer, string shorter) =>
        longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal)
        && !char.IsLetterOrDigit(longer[shorter.Length]);

    private static string CollapseKey(string key) =>
        key.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : key;
}
