using TextMining.Text;

namespace TextMining.Extraction.Officials;

/// <summary>One mention of a person as parsed, before mentions of the same person are merged.</summary>
internal sealed class RawMention
{
    public required string Name { get; init; }

    /// <summary>The name's matching key (lower case, tone placement unified).</summary>
    public required string NameKey { get; init; }

    /// <summary>Only a given name (<c>Đại tá Thùy</c>), to be resolved against full names.</summary>
    public required bool IsShort { get; init; }

    public required string? Rank { get; init; }

    /// <summary>The honorific as the lexicon spells it (<c>Đồng chí</c>), or null.</summary>
    public required string? Honorific { get; init; }

    public required List<string> Positions { get; init; }

    public required SourceSpan Span { get; init; }
}

/// <summary>
/// Parses the words around one trigger (a rank, honorific, form of address or title) into person mentions:
/// <c>[honorific] [rank] name [, position]*</c>, <c>[honorific] [rank] position[, position]* name</c>, the short
/// <c>rank given-name</c>, and lists that continue with <c>; name, position</c>. Per call, not thread-safe.
/// </summary>
internal sealed class OfficialMentionParser
{
    private const int MaxTokens = 64;
    private const int MaxPositionTokens = 24;
    private const int MaxNameWords = 5;

    private readonly string _text;
    private readonly string _key;
    private readonly OfficialLexicon _lexicon;
    private readonly IReadOnlyList<Places.PlaceMention> _locations;
    private readonly TokenWindow _window;
    private readonly List<List<PhraseMatch<Phrase>>> _candidateLists = [];
    private int _matchDepth;

    public OfficialMentionParser(string text, string key, TokenWindow window, OfficialLexicon lexicon, IReadOnlyList<Places.PlaceMention> locations)
    {
        _text = text;
        _key = key;
        _window = window;
        _lexicon = lexicon;
        _locations = locations;
    }

    /// <summary>Mentions found so far, in text order.</summary>
    public List<RawMention> Mentions { get; } = [];

    // The window parsed: at most MaxTokens tokens of the token window from _first, up to the end of the line; the
    // memos are filled below _memoUsed.
    private int _first;
    private int _memoUsed;
    private readonly Phrase?[] _triggerMemo = new Phrase?[MaxTokens];
    private readonly Phrase?[] _unitMemo = new Phrase?[MaxTokens];
    private readonly Phrase?[] _surnameMemo = new Phrase?[MaxTokens];
    private readonly Phrase?[] _compoundMemo = new Phrase?[MaxTokens];
    private static readonly Phrase NoPhrase = new([], PhraseKind.Title, PhraseFlags.None, string.Empty, string.Empty);

    /// <summary>Set by <see cref="ParseComplement"/> when a position after a name runs into another person's name.</summary>
    private int NextPersonAt { get; set; } = -1;

    /// <summary>Parses the mention(s) starting at the window's token <paramref name="first"/>.</summary>
    /// <param name="first">The index of a word token of the <see cref="TokenWindow"/>, which holds the token before it unless it starts the line.</param>
    /// <param name="triggerEnd">
    /// When no person is named there, the end offset of the trigger phrase at <paramref name="first"/> (<c>Bộ trưởng</c>),
    /// so the caller does not start again inside it (<c>trưởng Bộ Công an</c>); else -1.
    /// </param>
    /// <returns>The offset after the last consumed token, or -1 when no person is named there.</returns>
    public int ParseAt(int first, out int triggerEnd)
    {
        triggerEnd = -1;
        Open(first);
        var p = 0;
        var person = ParsePerson(ref p);
        if (person is null)
        {
            if (MatchTrigger(0) is { } trigger)
            {
                triggerEnd = Tok(trigger.Keys.Length - 1).End;
            }

            return -1;
        }

        return AddWithList(person, p);
    }

    /// <summary>
    /// Parses a person named with no word before the name, the positions following it:
    /// <c>Nguyễn Văn An, Chủ tịch UBND xã Vạn Ninh cho biết</c>.
    /// </summary>
    /// <param name="first">The index of the name's first word token in the <see cref="TokenWindow"/>.</param>
    /// <param name="words">The number of words of the name.</param>
    /// <returns>The offset after the last consumed token, or -1 when no named person with a position is there.</returns>
    public int ParseNamedAt(int first, int words)
    {
        Open(first);
        if (EndsInPlace(1, words))
        {
            // "Trường Đại học Y Hà Nội, Phó Trưởng khoa …": a unit's name ending in a province, not a person.
            return -1;
        }

        var p = 0;
        var person = ParseListedPerson(ref p, honorific: null);
        return person is null ? -1 : AddWithList(person, p);
    }

    /// <summary>Adds a person and the people listed after it; returns the offset after the last consumed token.</summary>
    private int AddWithList(RawMention person, int p)
    {
        Mentions.Add(person);

        // A list goes on with "; Trần Thị B, Phó Chủ tịch UBND tỉnh" (no trigger of its own).
        while (Has(p + 1) && (IsPunctuation(p, ';') || IsPunctuation(p, ',')))
        {
            var q = p + 1;
            var next = ParseListedPerson(ref q, person.Honorific);
            if (next is null)
            {
                break;
            }

            Mentions.Add(next);
            p = q;
        }

        return Tok(p - 1).End;
    }

    /// <summary>Starts a window of at most <see cref="MaxTokens"/> tokens at the token window's token <paramref name="first"/>.</summary>
    private void Open(int first)
    {
        var used = _memoUsed;
        Array.Clear(_triggerMemo, 0, used);
        Array.Clear(_unitMemo, 0, used);
        Array.Clear(_surnameMemo, 0, used);
        Array.Clear(_compoundMemo, 0, used);
        _memoUsed = 0;
        _first = first;
    }

    private RawMention? ParsePerson(ref int p)
    {
        var start = p;
        string? rank = null;
        string? honorific = null;
        var address = false;
        for (var guard = 0; guard < 6 && Has(p); guard++)
        {
            var phrase = MatchTrigger(p);
            if (phrase is null || phrase.Kind == PhraseKind.Title)
            {
                break;
            }

            p += phrase.Keys.Length;
            if (phrase.Kind != PhraseKind.Academic)
            {
                SkipAcademic(ref p);
            }

            switch (phrase.Kind)
            {
                case PhraseKind.Academic:
                    break;
                case PhraseKind.Honorific:
                    honorific ??= phrase.Canonical;
                    if (Has(p) && IsPunctuation(p, ':'))
                    {
                        p++;
                    }

                    break;
                case PhraseKind.Address:
                    address = true;
                    break;
                default:
                    rank ??= phrase.Canonical;
                    break;
            }
        }

        var positions = new List<string>();
        var lateRankAt = 0;
        int nameStart;
        int nameEnd;
        bool isShort;
        if (Has(p) && MatchTrigger(p) is { Kind: PhraseKind.Title })
        {
            // Title before the name: "Phó giám đốc Công an tỉnh Bùi Hữu Danh".
            while (true)
            {
                var end = ParsePosition(p, preName: true, out nameStart, out nameEnd);
                if (end < 0)
                {
                    return null;
                }

                positions.Add(Slice(p, end));
                if (nameStart >= 0)
                {
                    p = nameEnd;
                    isShort = false;
                    break;
                }

                var q = end;
                if (Has(q) && (IsPunctuation(q, ',') || IsWord(q, "kiêm") || IsWord(q, "và")))
                {
                    q++;
                }

                if (Has(q) && MatchTrigger(q) is { Kind: PhraseKind.Title })
                {
                    p = q;
                    continue;
                }

                // "Phó trưởng phòng An ninh Kinh tế, Công an TP. HCM, Thượng tá …": the unit after the comma is read over.
                if (q == end + 1 && IsPunctuation(end, ',') && SkipTrailingUnit(q) is var unitEnd && unitEnd > q
                    && IsPunctuation(unitEnd, ','))
                {
                    end = unitEnd;
                    q = unitEnd + 1;
                }

                // "Thứ trưởng Bộ Công an, Trung tướng Phan Đức Mạnh": the rank comes between the title and the name,
                // unless the title is someone else's ("Thừa ủy quyền của Giám đốc Công an tỉnh, Thượng tá …").
                if (start == 0 && q == end + 1 && IsPunctuation(end, ',') && !FollowsPreposition()
                    && TryParseLatePrefix(q, out var lateRank, out var lateHonorific, out var afterPrefix)
                    && (lateRank is not null || lateHonorific is not null || OpensClause())
                    && TryParseName(afterPrefix, strong: lateRank is not null || lateHonorific is not null, allowShort: false, out nameEnd, out _))
                {
                    rank ??= lateRank;
                    honorific ??= lateHonorific;
                    nameStart = afterPrefix;
                    p = nameEnd;
                    isShort = false;
                    lateRankAt = positions.Count;
                    break;
                }

                return null;
            }
        }
        else
        {
            var strong = rank is not null || honorific is not null;
            if (!TryParseName(p, strong, allowShort: strong || address, out nameEnd, out isShort))
            {
                return null;
            }

            nameStart = p;
            p = nameEnd;
        }

        var before = positions.Count;
        ParseSuffix(ref p, positions);
        if (lateRankAt > 0 && positions.Count > before)
        {
            // A title before the rank and another after the name: the first one belongs to someone else.
            positions.RemoveRange(0, lateRankAt);
        }

        return CreateMention(start, nameStart, nameEnd, isShort, rank, honorific, positions);
    }

    /// <summary>
    /// A rank, honorific or form of address between a title and the name (<c>…, Trung tướng Phan Đức Mạnh</c>,
    /// <c>…, đồng chí Lường Thị Hoa</c>, <c>Chủ tịch UBND xã Vạn Ninh, ông Nguyễn Văn An</c>).
    /// </summary>
    private bool TryParseLatePrefix(int q, out string? rank, out string? honorific, out int after)
    {
        rank = null;
        honorific = null;
        after = q;
        for (var guard = 0; guard < 3 && MatchTrigger(after) is { Kind: PhraseKind.Rank or PhraseKind.Honorific or PhraseKind.Address } phrase; guard++)
        {
            if (phrase.Kind == PhraseKind.Rank)
            {
                rank ??= phrase.Canonical;
            }
            else if (phrase.Kind == PhraseKind.Honorific)
            {
                honorific ??= phrase.Canonical;
            }

            after += phrase.Keys.Length;
            SkipAcademic(ref after);
        }

        return after > q;
    }

    /// <summary>
    /// Whether the words before the trigger make the title someone else's: <c>thay mặt</c>, <c>thừa ủy quyền (của)</c>,
    /// <c>với</c>, <c>cho</c>, <c>gặp</c> ….
    /// </summary>
    private bool FollowsPreposition()
    {
        var i = Tok(0).Start;
        var previous = PreviousWord(ref i);
        if (previous.SequenceEqual("của"))
        {
            previous = PreviousWord(ref i);
        }

        return _lexicon.IsForeignMarker(previous);
    }

    /// <summary>
    /// Whether the window's first word opens a clause: it starts the line or follows punctuation, a number
    /// (<c>chiều 7/2 Trưởng phòng …</c>) or <c>theo</c>. A title after a form of address's comma is the person's own
    /// only there (<c>Chủ tịch UBND tỉnh, ông …</c>, not <c>Theo Quyết định của Bộ trưởng, bà …</c>).
    /// </summary>
    private bool OpensClause()
    {
        if (_first == 0 || _window[_first].LineStart)
        {
            return true;
        }

        var previous = _window[_first - 1];
        return previous.Kind is TokenKind.Punctuation or TokenKind.Number
               || _key.AsSpan(previous.Start, previous.Length).SequenceEqual("theo");
    }

    private ReadOnlySpan<char> PreviousWord(ref int i)
    {
        i--;
        while (i >= 0 && _key[i] == ' ')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && Words.IsWordChar(_key[i]))
        {
            i--;
        }

        i++;
        return _key.AsSpan(i, end - i);
    }

    /// <summary>Skips degrees between a rank and a name: <c>Thiếu tướng, PGS.TS Nguyễn Văn A</c>.</summary>
    private void SkipAcademic(ref int p)
    {
        var q = p;
        if (IsPunctuation(q, ','))
        {
            q++;
        }

        var skipped = false;
        while (MatchTrigger(q) is { Kind: PhraseKind.Academic } academic)
        {
            q += academic.Keys.Length;
            skipped = true;
            if (IsPunctuation(q, '.') && !Tok(q).SpaceBefore)
            {
                q++;
            }
        }

        if (skipped)
        {
            p = q;
        }
    }

    private RawMention? ParseListedPerson(ref int p, string? honorific)
    {
        var start = p;
        if (!TryParseName(p, strong: false, allowShort: false, out var nameEnd, out _))
        {
            return null;
        }

        var q = nameEnd;
        var positions = new List<string>();
        ParseSuffix(ref q, positions);
        if (positions.Count == 0)
        {
            return null;
        }

        p = q;
        return CreateMention(start, start, nameEnd, false, null, honorific, positions);
    }

    private RawMention CreateMention(int start, int nameStart, int nameEnd, bool isShort, string? rank, string? honorific, List<string> positions)
    {
        var name = Slice(nameStart, nameEnd);
        return new RawMention
        {
            Name = name,
            NameKey = VietnameseText.ToMatchingKey(name),
            IsShort = isShort,
            Rank = rank,
            Honorific = honorific,
            Positions = positions,
            Span = SourceSpan.FromBounds(Tok(start).Start, Tok(nameEnd - 1).End),
        };
    }

    /// <summary>Positions after the name: <c>, Phó Giám đốc Công an tỉnh, Phó trưởng Ban chỉ đạo 138 tỉnh</c>.</summary>
    private void ParseSuffix(ref int p, List<string> positions)
    {
        if (!Has(p + 1) || !IsSuffixSeparator(p) || !StartsPosition(p + 1))
        {
            return;
        }

        var bracket = IsPunctuation(p, '(');
        var q = p + 1;
        while (true)
        {
            var end = ParsePosition(q, preName: false, out _, out _);
            if (end < 0 || NextPersonAt >= 0)
            {
                // "…, Tổng Bí thư Trường Chinh, Phó Thủ tướng Phạm Văn Đồng": that title belongs to the next person.
                break;
            }

            positions.Add(Slice(q, end));
            p = end;
            var aside = !bracket && SkipParenthetical(ref p);

            if (!Has(p + 1))
            {
                break;
            }

            if (IsPunctuation(p, ',') || IsWord(p, "kiêm"))
            {
                if (StartsPosition(p + 1))
                {
                    q = p + 1;
                    continue;
                }

                // "Phó trưởng phòng An ninh Kinh tế, Công an TP. HCM": the unit the title belongs to is not a title,
                // so not a position of its own nor part of the one before it; it is read over, and the list goes on.
                if (!aside && IsPunctuation(p, ',') && SkipTrailingUnit(p + 1) is var unitEnd && unitEnd > p + 1)
                {
                    p = unitEnd;
                    if (Has(p + 1) && IsPunctuation(p, ',') && StartsPosition(p + 1))
                    {
                        q = p + 1;
                        continue;
                    }
                }
            }

            break;
        }

        if (bracket && Has(p) && IsPunctuation(p, ')'))
        {
            p++;
        }
    }

    /// <summary>
    /// The end of a unit written after a position's comma (<c>…, Công an TP. HCM</c>), when only an organisation stands
    /// there up to punctuation or a clause word; else <paramref name="p"/>.
    /// </summary>
    private int SkipTrailingUnit(int p)
    {
        if (MatchUnit(p) is not { Kind: PhraseKind.Organization } || LooksLikeName(p))
        {
            return p;
        }

        var unitEnd = ParseComplement(p, p, 0, preName: false, out _, out _);
        var found = unitEnd > p && NextPersonAt < 0 && (!Has(unitEnd) || IsClauseEnd(unitEnd));
        NextPersonAt = -1;
        return found ? unitEnd : p;
    }

    /// <summary><c>nguyên</c> (former) or <c>quyền</c> (acting) before a title: part of the position as written.</summary>
    private bool IsFormerOrActing(int p) =>
        (IsWord(p, "nguyên") || IsWord(p, "quyền")) && MatchTrigger(p + 1) is { Kind: PhraseKind.Title };

    /// <summary>Whether a position starts at <paramref name="p"/>: a title, maybe after <c>nguyên</c>/<c>quyền</c>.</summary>
    private bool StartsPosition(int p) => MatchTrigger(p) is { Kind: PhraseKind.Title } || IsFormerOrActing(p);

    /// <summary>Skips a short bracketed aside after a position: <c>Cục trưởng Cục … (Bộ Công an); …</c>.</summary>
    /// <returns>Whether an aside was skipped.</returns>
    private bool SkipParenthetical(ref int p)
    {
        if (!IsPunctuation(p, '('))
        {
            return false;
        }

        for (var k = p + 1; k < p + 10 && Has(k); k++)
        {
            if (IsPunctuation(k, ')'))
            {
                p = k + 1;
                return true;
            }

            if (MatchTrigger(k) is { Kind: PhraseKind.Title or PhraseKind.Rank or PhraseKind.Honorific })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Parses a title and its organisation; returns the end token (exclusive) or -1.</summary>
    private int ParsePosition(int p, bool preName, out int nameStart, out int nameEnd)
    {
        nameStart = -1;
        nameEnd = -1;
        var titleStart = IsFormerOrActing(p) ? p + 1 : p;
        var title = MatchTrigger(titleStart);
        if (title is not { Kind: PhraseKind.Title } || (preName && (title.Flags & PhraseFlags.AfterName) != 0))
        {
            return -1;
        }

        var j = titleStart + title.Keys.Length;
        var budget = (title.Flags & PhraseFlags.Open) != 0 ? 5 : 0;

        // "Phó trưởng Ban chỉ đạo": the title's last word also starts a longer organisation name.
        if (j - 1 > titleStart && MatchUnit(j - 1) is { Kind: PhraseKind.Organization } unit && unit.Keys.Length > 1)
        {
            j = j - 1 + unit.Keys.Length;
            budget = (unit.Flags & PhraseFlags.Open) != 0 ? 3 : 0;
        }

        return ParseComplement(p, j, budget, preName, out nameStart, out nameEnd);
    }

    /// <summary>
    /// Extends a position over its organisation part from token <paramref name="j"/>: organisations, levels,
    /// places, capitalised words, numbers and a few lower-case words of a unit's name. Before a name, a run of
    /// capitalised words may end in the person's name, which is cut off and returned.
    /// </summary>
    private int ParseComplement(int p, int j, int budget, bool preName, out int nameStart, out int nameEnd)
    {
        nameStart = -1;
        nameEnd = -1;
        NextPersonAt = -1;
        var contentEnd = j;
        var afterLevel = false;

        // Inside a unit's own name ("Sở Tư pháp", "Viện Nghiên cứu Quản lý kinh tế"), a capitalised word may be followed
        // by lower-case words of the name; after a brand or abbreviation ("HĐQT Vietcombank") it may not.
        var inUnitName = budget > 0;
        while (Has(j) && j - p < MaxPositionTokens)
        {
            var token = Tok(j);
            if (token.Kind == TokenKind.Punctuation)
            {
                // "Sở LĐ-TB&XH", "Bà Rịa-Vũng Tàu": a dash inside one word group.
                if (IsDash(j) && !token.SpaceBefore && j > p && Has(j + 1) && !Tok(j + 1).SpaceBefore
                    && Tok(j + 1).Kind != TokenKind.Punctuation)
                {
                    j++;
                    continue;
                }

                // "Sở Lao động - Thương binh và Xã hội": a dash between two parts of one name.
                if (IsDash(j) && token.SpaceBefore && Has(j + 1) && j > p && Tok(j - 1).Kind == TokenKind.Word
                    && Tok(j + 1).IsCapitalisedWord && MatchTrigger(j + 1) is null && !LooksLikeName(j + 1))
                {
                    j++;
                    continue;
                }

                break;
            }

            if (token.Kind == TokenKind.Number)
            {
                j++;
                contentEnd = j;
                budget = 0;
                inUnitName = false;
                continue;
            }

            var trigger = MatchTrigger(j);
            if (trigger is { Kind: PhraseKind.Title or PhraseKind.Rank or PhraseKind.Honorific }
                || (trigger is { Kind: PhraseKind.Address } && !token.Capitalised))
            {
                break;
            }

            var unit = MatchUnit(j);
            if (unit is not null && !(unit.Kind == PhraseKind.Organization && unit.Keys.Length == 1 && LooksLikeName(j))
                && MatchCompound(j) <= unit.Keys.Length)
            {
                j += unit.Keys.Length;
                contentEnd = j;
                budget = unit.Kind == PhraseKind.Organization && (unit.Flags & PhraseFlags.Open) != 0 ? 4 : 0;
                afterLevel = unit.Kind == PhraseKind.Level;
                inUnitName = budget > 0;
                continue;
            }

            // "Hiệp hội Bất động sản", "Cảng vụ đường thủy nội địa": one word of several syllables, never cut inside.
            var compound = MatchCompound(j);
            if (compound > 0 && (token.Capitalised || budget > 0))
            {
                j += compound;
                contentEnd = j;
                budget = token.Capitalised ? (afterLevel ? 0 : 3) : budget - 1;
                inUnitName |= token.Capitalised && !afterLevel;
                afterLevel = false;
                continue;
            }

            if (token.IsCapitalisedWord)
            {
                // Before the name, the run may end in it; after it, a full name there starts the next person.
                // A sentence opener ends a name only after its third word, counted from the name's own start.
                if (FindName(j, CapsRun(j, stopAtOpener: false), preName ? 2 : 3, afterLevel, out var split, out var splitEnd))
                {
                    if (preName)
                    {
                        nameStart = split;
                        nameEnd = splitEnd;
                    }
                    else
                    {
                        NextPersonAt = split;
                    }

                    return split > j ? split : contentEnd;
                }

                var runEnd = CapsRun(j, stopAtOpener: true);
                j = runEnd;
                contentEnd = j;

                // A place name after a level (huyện Phú Xuyên) or an abbreviation takes no lower-case words.
                budget = !inUnitName || afterLevel || Tok(runEnd - 1).AllCaps ? 0 : 3;
                afterLevel = false;
                continue;
            }

            afterLevel = false;

            var key = Key(j);
            if ((key.SequenceEqual("của") || key.SequenceEqual("và") || (inUnitName && key.SequenceEqual("về")))
                && Has(j + 1) && !LooksLikeName(j + 1)
                && ((Tok(j + 1).IsCapitalisedWord && MatchTrigger(j + 1) is null)
                    || MatchUnit(j + 1) is { Kind: PhraseKind.Organization or PhraseKind.Level }))
            {
                j++;
                continue;
            }

            if (budget > 0 && !_lexicon.IsVerb(key))
            {
                budget--;
                j++;
                contentEnd = j;
                continue;
            }

            break;
        }

        return contentEnd;
    }

    /// <summary>
    /// Finds the person's name at the end of a capitalised run after an organisation: <c>Sóc Trăng Lê Minh Quang</c>
    /// is a place then a name. The name starts with a surname and has 2–5 words; the place before it has none or at
    /// least two words; three-word names are preferred, then four, two and five.
    /// </summary>
    private bool FindName(int runStart, int runEnd, int minWords, bool afterLevel, out int split, out int splitEnd)
    {
        split = -1;
        splitEnd = -1;
        var best = int.MaxValue;
        for (var s = runStart; s < runEnd - 1; s++)
        {
            var end = runEnd;
            for (var k = s + 3; k < runEnd; k++)
            {
                if (_lexicon.IsOpener(Key(k)))
                {
                    end = k;
                    break;
                }
            }

            var words = end - s;
            if ((s - runStart == 1) || words > MaxNameWords || words < minWords || IsInsideLocation(s))
            {
                continue;
            }

            var surname = MatchSurname(s);
            if (surname == 0 || surname >= words || !AllNameWords(s, end) || EndsInPlace(s + 2, end))
            {
                continue;
            }

            // "huyện Lạc Thủy", "xã Hà Lâm": right after a level, two words from a place-like surname are the place.
            if (afterLevel && s == runStart && words == 2
                && Memo(_surnameMemo, _lexicon.Surnames, s) is { Flags: PhraseFlags.PlaceLike })
            {
                continue;
            }

            // Tây Nguyên names (Y Thanh Hà Niê Kdăm, Ksor Nham) are taken whole from their first part.
            var rank = IsEthnicSurname(s) ? -1 : words switch { 3 => 0, 4 => 1, 2 => 2, _ => 3 };
            if (rank < best)
            {
                best = rank;
                split = s;
                splitEnd = end;
            }
        }

        return split >= 0;
    }

    private bool IsEthnicSurname(int p) =>
        Memo(_surnameMemo, _lexicon.Surnames, p) is { Flags: PhraseFlags.Prefix } || MatchSurname(p) > 0 && Key(p).Contains('\'');

    /// <summary>Whether a place of two or more words fills <paramref name="from"/>.. up to <paramref name="end"/> (Hoàng Anh Gia Lai).</summary>
    private bool EndsInPlace(int from, int end)
    {
        for (var k = from; k < end - 1; k++)
        {
            if (MatchUnit(k) is { Kind: PhraseKind.Place } place && k + place.Keys.Length == end)
            {
                return true;
            }
        }

        return false;
    }

    private bool AllNameWords(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Tok(k).AllCaps || Tok(k).Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses a name at <paramref name="p"/>: a surname and capitalised words, or one given name.</summary>
    private bool TryParseName(int p, bool strong, bool allowShort, out int end, out bool isShort)
    {
        end = p;
        isShort = false;
        if (!Has(p) || !Tok(p).IsCapitalisedWord || Tok(p).AllCaps || _lexicon.IsNonName(Key(p)))
        {
            return false;
        }

        var surname = MatchSurname(p);
        if (MatchTrigger(p) is { Kind: not PhraseKind.Address }
            || (MatchUnit(p) is { } unit && !(surname > 0 && unit.Keys.Length == 1)
                && !((strong || allowShort) && IsNamesakeInName(p, surname, unit))))
        {
            return false;
        }

        var runEnd = NameRun(p);
        var words = runEnd - p;
        if (words > MaxNameWords)
        {
            return false;
        }

        if ((surname > 0 && words > surname && words >= 2) || (strong && surname == 0 && words is >= 2 and <= 4))
        {
            end = runEnd;
            return true;
        }

        if (words == 1 && allowShort)
        {
            end = runEnd;
            isShort = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a place named after a person (<c>Trần Phú</c>, a street) starts a longer name right after a rank,
    /// honorific or form of address: <c>Thiếu tướng Trần Phú Hà</c>. The place must start with a surname and be
    /// followed by exactly one more name word (<c>ông Hà Nội Phạm Văn B</c> stays a place and a name).
    /// </summary>
    private bool IsNamesakeInName(int p, int surname, Phrase unit)
    {
        var after = p + unit.Keys.Length;
        return unit.Kind == PhraseKind.Place && surname > 0 && NameRun(p) == after + 1;
    }

    /// <summary>Whether a name (surname and at least one more capitalised word) starts at <paramref name="p"/>.</summary>
    private bool LooksLikeName(int p)
    {
        if (!Has(p) || !Tok(p).IsCapitalisedWord || Tok(p).AllCaps)
        {
            return false;
        }

        var surname = MatchSurname(p);
        if (surname == 0)
        {
            return false;
        }

        var words = NameRun(p) - p;
        return words > surname && words is >= 2 and <= MaxNameWords;
    }

    /// <summary>Capitalised words that can form a name, from <paramref name="p"/>; one more than the maximum at most.</summary>
    private int NameRun(int p)
    {
        var k = p + 1;
        while (Has(k) && k - p <= MaxNameWords && Tok(k).IsCapitalisedWord && Tok(k).SpaceBefore
               && !Tok(k).AllCaps && !_lexicon.IsNonName(Key(k)) && !(k - p >= 3 && _lexicon.IsOpener(Key(k)))
               && !StartsOtherPhrase(k))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Capitalised words from <paramref name="p"/> (a place, a unit's name, a person's name); with
    /// <paramref name="stopAtOpener"/>, a sentence opener after the third word ends the run.
    /// </summary>
    private int CapsRun(int p, bool stopAtOpener)
    {
        var k = p + 1;
        while (Has(k) && k - p < 8 && Tok(k).IsCapitalisedWord && Tok(k).SpaceBefore
               && !_lexicon.IsNonName(Key(k)) && !(stopAtOpener && k - p >= 3 && _lexicon.IsOpener(Key(k))) && !StartsOtherPhrase(k))
        {
            k++;
        }

        return k;
    }

    private bool StartsOtherPhrase(int k) =>
        MatchTrigger(k) is { Kind: PhraseKind.Title or PhraseKind.Rank or PhraseKind.Honorific }
        || MatchUnit(k) is { Kind: PhraseKind.Organization or PhraseKind.Level, Keys.Length: > 1 }
        || MatchCompound(k) > 0;

    /// <summary>
    /// The number of syllables of the compound word at <paramref name="p"/> (<c>Bất động sản</c>), or 0; the syllables
    /// after the first are lower case, so a person's name never matches.
    /// </summary>
    private int MatchCompound(int p)
    {
        if (Memo(_compoundMemo, _lexicon.Compounds, p) is not { } compound)
        {
            return 0;
        }

        for (var k = p + 1; k < p + compound.Keys.Length; k++)
        {
            if (Tok(k).Capitalised || !Tok(k).SpaceBefore)
            {
                return 0;
            }
        }

        return compound.Keys.Length;
    }

    private bool IsInsideLocation(int k)
    {
        var offset = Tok(k).Start;
        foreach (var location in _locations)
        {
            if (location.Span.Start < offset && offset < location.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="index"/> of the window exists (it is read then).</summary>
    private bool Has(int index) => (uint)index < MaxTokens && _window.Has(_first + index);

    /// <summary>Token <paramref name="p"/> of the window; the window's first token counts as having no space before it.</summary>
    private Token Tok(int p)
    {
        if (!Has(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p));
        }

        var token = _window[_first + p];
        return p == 0 ? token with { Flags = token.Flags & ~TokenFlags.SpaceBefore } : token;
    }

    private Phrase? MatchTrigger(int p) => Memo(_triggerMemo, _lexicon.Triggers, p);

    private Phrase? MatchUnit(int p) => Memo(_unitMemo, _lexicon.Units, p);

    private Phrase? Memo(Phrase?[] memo, PhraseMatcher<Phrase> table, int p)
    {
        if (p < 0 || !Has(p))
        {
            return null;
        }

        _memoUsed = Math.Max(_memoUsed, p + 1);
        var found = memo[p] ??= Match(table, p) ?? NoPhrase;
        return ReferenceEquals(found, NoPhrase) ? null : found;
    }

    /// <summary>The number of words of the surname at <paramref name="p"/>, or 0.</summary>
    private int MatchSurname(int p)
    {
        if (!Tok(p).IsCapitalisedWord)
        {
            return 0;
        }

        if (Memo(_surnameMemo, _lexicon.Surnames, p) is { } surname)
        {
            return surname.Keys.Length;
        }

        // H'Hen Niê, K'Brăk: a prefix glued with an apostrophe.
        var key = Key(p);
        foreach (var prefix in _lexicon.SurnamePrefixes)
        {
            if (key.Length > prefix.Length + 1 && key.StartsWith(prefix, StringComparison.Ordinal)
                && key[prefix.Length] is '\'' or '\u2019')
            {
                return 1;
            }
        }

        return 0;
    }

    private Phrase? Match(PhraseMatcher<Phrase> table, int p)
    {
        if (!Has(p) || Tok(p).Kind != TokenKind.Word)
        {
            return null;
        }

        // Matching recurses (a bare title looks for the organisation after it), so each depth has its own list.
        if (_matchDepth == _candidateLists.Count)
        {
            _candidateLists.Add([]);
        }

        var candidates = _candidateLists[_matchDepth++];
        try
        {
            return table.MatchAll(_key, Tok(p).Start, candidates, _text) == 0 ? null : FirstAccepted(table, p, candidates);
        }
        finally
        {
            _matchDepth--;
        }
    }

    private Phrase? FirstAccepted(PhraseMatcher<Phrase> table, int p, List<PhraseMatch<Phrase>> candidates)
    {
        foreach (var candidate in candidates)
        {
            // The phrase must cover whole tokens: its last word ends where a token of the window ends.
            var phrase = candidate.Value;
            if (!Has(p + phrase.Keys.Length - 1) || Tok(p + phrase.Keys.Length - 1).End != candidate.End)
            {
                continue;
            }

            // "Sở", "Ban", "Phòng" are common nouns in lower case, unless a unit's capitalised name follows ("sở Xây dựng").
            if ((phrase.Flags & PhraseFlags.Capitalised) != 0 && !Tok(p).Capitalised
                && !(ReferenceEquals(table, _lexicon.Units) && Has(p + phrase.Keys.Length)
                     && Tok(p + phrase.Keys.Length).IsCapitalisedWord && !Tok(p + phrase.Keys.Length).AllCaps
                     && MatchSurname(p + phrase.Keys.Length) == 0))
            {
                continue;
            }

            if ((phrase.Flags & PhraseFlags.Bare) != 0 && !IsFollowedByOrganization(p + phrase.Keys.Length))
            {
                continue;
            }

            return phrase;
        }

        return null;
    }

    /// <summary>Whether an organisation starts at <paramref name="p"/>, after a connector (<c>Thường trực</c>) at most.</summary>
    private bool IsFollowedByOrganization(int p)
    {
        var unit = Match(_lexicon.Units, p);
        if (unit is { Kind: PhraseKind.Connector })
        {
            unit = Match(_lexicon.Units, p + unit.Keys.Length);
        }

        return unit is { Kind: PhraseKind.Organization };
    }

    private ReadOnlySpan<char> Key(int p) => _key.AsSpan(Tok(p).Start, Tok(p).Length);

    private string Slice(int start, int end) => _text[Tok(start).Start..Tok(end - 1).End];

    private bool IsPunctuation(int p, char c) =>
        Has(p) && Tok(p).Kind == TokenKind.Punctuation && _text[Tok(p).Start] == c;

    private bool IsWord(int p, string word) =>
        Has(p) && Tok(p).Kind == TokenKind.Word && Key(p).SequenceEqual(word);

    private bool IsDash(int p) =>
        Tok(p).Kind == TokenKind.Punctuation && _text[Tok(p).Start] is '-' or '\u2013' or '\u2014';

    private bool IsSuffixSeparator(int p) => IsPunctuation(p, ',') || IsPunctuation(p, '(') || IsDash(p);

    private bool IsClauseEnd(int p)
    {
        if (Tok(p).Kind == TokenKind.Punctuation)
        {
            return true;
        }

        return Tok(p).Kind == TokenKind.Word && !Tok(p).Capitalised && _lexicon.IsVerb(Key(p));
    }
}
