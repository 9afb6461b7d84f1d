using System.Buffers;

namespace TextMining.Extraction.Dates;

/// <summary>
/// Finds the calendar references of one text in a single left-to-right pass. Every rule is anchored on a run of
/// digits (or on the word <c>quý</c> for quarters written in Roman numerals) and only looks a few words around
/// it, so the work is linear in the text's length. Per call; not thread-safe.
/// </summary>
/// <remarks>The rules and the values they produce are described in <c>docs/dates-and-documents.md</c>.</remarks>
internal sealed class DateScanner
{
    /// <summary>At most this many dates are reported for one article (a work cap for pathological input).</summary>
    internal const int MaxMentions = 2_000;

    private const int MinYear = 1000;
    private const int MaxYear = 2100;
    private const int MaxYearSpan = 100;
    private const int MaxChain = 16;

    /// <summary>How far a date's own sentence is searched for a year, each way (bounds the work on endless lines).</summary>
    private const int MaxSentenceReach = 400;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The characters that may end a sentence (<see cref="SentenceStart"/>, <see cref="SentenceEnd"/>).</summary>
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create("\n.!?");

    private readonly string _text;
    private readonly string _key;
    private readonly DateLexicon _lexicon;
    private readonly ArticleYear _articleYear;
    private readonly List<DateMention> _found;
    private readonly List<SourceSpan> _blocked;
    private int _blockedIndex;
    private int _groupAt = -1;
    private Group _group;

    private readonly DateWords _day;
    private readonly DateWords _partOfDay;
    private readonly DateWords _relativeDay;
    private readonly DateWords _weekday;
    private readonly DateWords _rangeStart;
    private readonly DateWords _connector;
    private readonly DateWords _yearConnector;
    private readonly DateWords _month;
    private readonly DateWords _year;
    private readonly DateWords _quarter;
    private readonly DateWords _half;
    private readonly int[] _halfCounts;
    private readonly DateWords _halfWord;
    private readonly DateWords _period;
    private readonly DateWords _thisYear;
    private readonly DateWords _relativeYear;
    private readonly DateWords _lunar;
    private readonly DateWords _clockHour;
    private readonly DateWords _clockMinute;
    private readonly DateWords _offset;
    private readonly DateWords _yearly;
    private readonly DateWords _per;
    private readonly DateWords _countAfter;
    private readonly DateWords _yearFollow;
    private readonly HashSet<int> _yearlyStarts = [];

    /// <summary>Creates a scanner over <paramref name="text"/>.</summary>
    /// <param name="text">Normalised text.</param>
    /// <param name="key">The matching key of <paramref name="text"/> (same length).</param>
    /// <param name="lexicon">The date words.</param>
    /// <param name="articleYear">The year the article is about, for dates written without one.</param>
    /// <param name="blocked">Spans no date may start in (document numbers); sorted or not.</param>
    /// <param name="found">Where the dates go.</param>
    public DateScanner(string text, string key, DateLexicon lexicon, ArticleYear articleYear, IEnumerable<SourceSpan> blocked, List<DateMention> found)
    {
        _text = text;
        _key = key;
        _lexicon = lexicon;
        _articleYear = articleYear;
        _found = found;
        _blocked = [.. blocked];
        var roles = lexicon.Roles;
        _day = roles.Day;
        _partOfDay = roles.PartOfDay;
        _relativeDay = roles.RelativeDay;
        _weekday = roles.Weekday;
        _rangeStart = roles.RangeStart;
        _connector = roles.Connector;
        _yearConnector = roles.YearConnector;
        _month = roles.Month;
        _year = roles.Year;
        _quarter = roles.Quarter;
        _half = roles.Half;
        _halfCounts = roles.HalfCounts;
        _halfWord = roles.HalfWord;
        _period = roles.Period;
        _thisYear = roles.ThisYear;
        _relativeYear = roles.RelativeYear;
        _lunar = roles.Lunar;
        _clockHour = roles.ClockHour;
        _clockMinute = roles.ClockMinute;
        _offset = roles.Offset;
        _yearly = roles.Yearly;
        _per = roles.Per;
        _countAfter = roles.CountAfter;
        _yearFollow = roles.YearFollow;
    }

    /// <summary>Whether the cap on mentions was reached.</summary>
    public bool LimitReached => _found.Count >= MaxMentions;

    /// <summary>Scans the whole text.</summary>
    public void Scan()
    {
        ScanQuarters();
        _blocked.Sort((a, b) => a.Start.CompareTo(b.Start));
        ScanDigits();
        if (_articleYear.Year is null)
        {
            InferFromSentences();
        }
    }

    // ---------------------------------------------------------------- a year stated in the date's own sentence

    /// <summary>
    /// With no year for the whole article, a day without a year takes the year its own sentence states, when the
    /// sentence states exactly one (<c>Chiều 10-2, … kế hoạch thực hiện nhiệm vụ năm 2017 …</c> is 10 February 2017).
    /// </summary>
    private void InferFromSentences()
    {
        for (var k = 0; k < _found.Count; k++)
        {
            var m = _found[k];
            if (m.Granularity != DateGranularity.MonthDay || _yearlyStarts.Contains(m.Span.Start))
            {
                continue;
            }

            var from = SentenceStart(m.Span.Start);
            var to = SentenceEnd(m.Span.End);
            var year = 0;
            var single = true;
            foreach (var other in _found)
            {
                if (other.Span.Start < from || other.Span.End > to || other.Inferred
                    || other.Granularity is DateGranularity.MonthDay or DateGranularity.YearRange)
                {
                    continue;
                }

                var y = int.Parse(other.Value.AsSpan(0, 4), NumberStyles.None, Invariant);
                single &= year == 0 || year == y;
                year = y;
            }

            var month = int.Parse(m.Value.AsSpan(2, 2), NumberStyles.None, Invariant);
            var day = int.Parse(m.Value.AsSpan(5, 2), NumberStyles.None, Invariant);
            if (year != 0 && single && IsValid(year, month, day))
            {
                _found[k] = m with { Value = string.Create(Invariant, $"{year:D4}-{month:D2}-{day:D2}"), Granularity = DateGranularity.Day, Inferred = true };
            }
        }
    }

    /// <summary>Just after the line break or the sentence end before <paramref name="p"/>, at most <see cref="MaxSentenceReach"/> back.</summary>
    private int SentenceStart(int p)
    {
        var limit = Math.Max(0, p - MaxSentenceReach);
        while (p > limit)
        {
            var at = _text.AsSpan(limit, p - limit).LastIndexOfAny(SentenceMarks);
            if (at < 0)
            {
                return limit;
            }

            p = limit + at + 1;
            if (_text[p - 1] == '\n' || (p < _text.Length && _text[p] is ' ' or '\n'))
            {
                return p;
            }

            p--;
        }

        return p;
    }

    /// <summary>The line break or the sentence end at or after <paramref name="p"/>, at most <see cref="MaxSentenceReach"/> on.</summary>
    private int SentenceEnd(int p)
    {
        var limit = Math.Min(_text.Length, p + MaxSentenceReach);
        while (p < limit)
        {
            var at = _text.AsSpan(p, limit - p).IndexOfAny(SentenceMarks);
            if (at < 0)
            {
                return limit;
            }

            p += at;
            if (_text[p] == '\n' || p + 1 == _text.Length || _text[p + 1] is ' ' or '\n')
            {
                return p;
            }

            p++;
        }

        return p;
    }

    // ---------------------------------------------------------------- quarters: quý I/2017, quý 3, quý IV năm 2020

    private void ScanQuarters()
    {
        foreach (var quarterWord in _quarter.Phrases)
        {
            var from = 0;
            while (from < _key.Length && !LimitReached)
            {
                var at = _key.IndexOf(quarterWord.Key, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                from = at + quarterWord.Key.Length;
                if (at > 0 && char.IsLetterOrDigit(_key[at - 1]))
                {
                    continue;
                }

                var end = TryQuarter(at, from);
                if (end > 0)
                {
                    _blocked.Add(SourceSpan.FromBounds(at, end));
                    from = end;
                }
            }
        }
    }

    private int TryQuarter(int start, int afterWord)
    {
        if (afterWord >= _text.Length || _text[afterWord] != ' ')
        {
            return -1;
        }

        var p = Words.SkipSpaces(_text, afterWord);
        int quarter;
        int end;
        if (p < _text.Length && char.IsAsciiDigit(_text[p]))
        {
            end = DigitRunEnd(p);
            if (end - p != 1 || !int.TryParse(_text.AsSpan(p, 1), NumberStyles.None, Invariant, out quarter))
            {
                return -1;
            }
        }
        else if (!TryRoman(p, out quarter, out end))
        {
            return -1;
        }

        if (quarter is < 1 or > 4 || (end < _text.Length && char.IsLetterOrDigit(_text[end])))
        {
            return -1;
        }

        var year = 0;
        var inferredYear = false;
        var mentionEnd = end;
        if (end + 1 < _text.Length && _text[end] is '/' or '-' or '.' && char.IsAsciiDigit(_text[end + 1]))
        {
            var g = ReadGroup(end + 1);
            if (g.Count == 1 && g.D1 == 4 && !g.Glued && !g.Longer && IsYear(g.N1))
            {
                year = g.N1;
                mentionEnd = g.End;
            }
        }
        else if (TryYearWords(end, out var y, out var yearEnd, out var relative, out var thisYear))
        {
            if (relative)
            {
                return yearEnd;
            }

            year = y;
            mentionEnd = yearEnd;
            inferredYear = thisYear;
        }

        var inferred = inferredYear;
        if (year == 0)
        {
            if (_articleYear.Year is not { } articleYear)
            {
                return mentionEnd;
            }

            year = articleYear;
            inferred = true;
        }

        Add(start, mentionEnd, string.Create(Invariant, $"{year:D4}-Q{quarter}"), DateGranularity.Quarter, inferred);
        return mentionEnd;
    }

    private bool TryRoman(int p, out int value, out int end)
    {
        var found = _lexicon.Romans.TryMatchLongest(_text, p, out var roman);
        (value, end) = found ? (roman.Value, roman.End) : (0, p);
        return found;
    }

    /// <summary>Reads a four-digit year standing alone at <paramref name="p"/> (<c>2020</c>, not <c>2020/5</c> or <c>20201</c>).</summary>
    private bool TryYearNumber(int p, out int year, out int end)
    {
        var g = ReadGroup(p);
        var found = g.Count == 1 && g.D1 == 4 && !g.Glued && IsYear(g.N1);
        (year, end) = found ? (g.N1, g.End) : (0, p);
        return found;
    }

    /// <summary>Reads <c> năm 2020</c>, <c> năm nay</c> or <c> năm ngoái</c> after <paramref name="p"/>.</summary>
    private bool TryYearWords(int p, out int year, out int end, out bool relative, out bool inferred)
    {
        year = 0;
        end = p;
        relative = false;
        inferred = false;
        var q = Words.SkipSpaces(_text, p);
        if (q < _key.Length && _key[q] == ',')
        {
            q = Words.SkipSpaces(_text, q + 1);
        }

        if (!MatchAt(q, _year, out _, out var afterYear))
        {
            return false;
        }

        var r = Words.SkipSpaces(_text, afterYear);
        if (TryYearNumber(r, out var number, out var numberEnd))
        {
            (year, end) = (number, numberEnd);
            return true;
        }

        if (MatchAt(r, _thisYear, out _, out var afterThis) && _articleYear.Year is { } articleYear)
        {
            year = articleYear;
            end = afterThis;
            inferred = true;
            return true;
        }

        if (MatchAt(r, _relativeYear, out _, out var afterRelative))
        {
            relative = true;
            end = afterRelative;
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------- the digit pass

    private void ScanDigits()
    {
        var i = 0;
        var length = _text.Length;
        while (i < length && !LimitReached)
        {
            var offset = _text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                break;
            }

            var d = i + offset;
            if (d > 0 && ((Words.IsLetter(_text[d - 1]) && !IsGluedDateWord(d)) || (IsJoiner(_text[d - 1]) && d > 1 && char.IsAsciiDigit(_text[d - 2]))))
            {
                // Glued to a word (QH14, 24h) or inside another number (1.069, 09-CT): not the start of a date.
                i = DigitRunEnd(d);
                continue;
            }

            var end = TryAt(d);
            i = end > d ? end : SkipNumber(d);
        }
    }

    /// <summary>Scraped text sometimes loses the space after a date word: <c>ngày29/4</c>, <c>năm2020</c>.</summary>
    private bool IsGluedDateWord(int d) =>
        MatchEnding(d, _day, out _) || MatchEnding(d, _partOfDay, out _) || MatchEnding(d, _month, out _) || MatchEnding(d, _year, out _);

    private int TryAt(int d)
    {
        if (IsBlocked(d))
        {
            return -1;
        }

        var half = TryHalfYear(d);
        if (half > 0)
        {
            return half;
        }

        var p = Words.SkipSpacesBack(_text, d);
        var paren = p > 0 && _key[p - 1] == '(';
        var q = paren ? Words.SkipSpacesBack(_text, p - 1) : p;
        if (!paren)
        {
            if (MatchEnding(p, _month, out var monthStart))
            {
                return TryMonth(d, monthStart);
            }

            if (MatchEnding(p, _year, out var yearStart) && !MatchEnding(p, _weekday, out _))
            {
                return TryYear(d, yearStart);
            }

            if (MatchEnding(p, _quarter, out _))
            {
                return -1;
            }
        }

        var periodEnd = MatchEnding(q, _rangeStart, out var fromStart) ? Words.SkipSpacesBack(_text, fromStart) : q;
        if (MatchEnding(periodEnd, _period, out var periodStart))
        {
            var range = TryYearRange(d, periodStart, requireClosingParen: paren);
            if (range > 0)
            {
                return range;
            }
        }
        else if (paren)
        {
            var range = TryYearRange(d, d, requireClosingParen: true);
            if (range > 0)
            {
                return range;
            }
        }

        var dayEnd = TryDay(d);
        return dayEnd > 0 ? dayEnd : TryNamedYear(d);
    }

    /// <summary>
    /// A bare year that ends a name: <c>Olympic Rio 2016</c>, <c>Tết Nguyên đán Đinh Dậu 2017</c>,
    /// <c>Đinh Dậu – 2017</c>. The word before it is capitalised and not the first of its sentence, and the year is
    /// followed by punctuation or a word such as <c>sẽ</c>, <c>và</c> (not by what it would count: <c>2016 vụ</c>).
    /// </summary>
    private int TryNamedYear(int d)
    {
        var g = ReadGroup(d);
        if (g.Count != 1 || g.D1 != 4 || g.Glued || g.Longer || !IsYear(g.N1) || g.N1 < 1900)
        {
            return -1;
        }

        var p = Words.SkipSpacesBack(_text, d);
        if (p > 0 && _text[p - 1] is '-' or '–')
        {
            p = Words.SkipSpacesBack(_text, p - 1);
        }

        var wordEnd = p;
        while (p > 0 && Words.IsLetter(_text[p - 1]))
        {
            p--;
        }

        if (p == wordEnd)
        {
            return -1;
        }

        // Names capitalise their first syllable only (Tết Dương lịch 2021, Tết Nguyên đán 2017): a lower-case word
        // just before the year is part of the name when a capitalised word of the same name stands one or two
        // words further back.
        for (var extra = 0; !Words.IsUpper(_text[p]); extra++)
        {
            var q = Words.SkipSpacesBack(_text, p);
            if (extra == 2 || q == p || q == 0 || !Words.IsLetter(_text[q - 1]))
            {
                return -1;
            }

            p = q;
            while (p > 0 && Words.IsLetter(_text[p - 1]))
            {
                p--;
            }
        }

        var before = Words.SkipSpacesBack(_text, p);
        if (before == 0 || before == p || _text[before - 1] is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '(')
        {
            return -1;
        }

        var next = Words.SkipSpaces(_text, g.End);
        if (next < _text.Length && char.IsLetterOrDigit(_text[next]) && !MatchAt(next, _yearFollow, out _, out _))
        {
            return -1;
        }

        Add(d, g.End, g.N1.ToString("D4", Invariant), DateGranularity.Year, false);
        return g.End;
    }

    // ---------------------------------------------------------------- years: năm 2016, năm học 2019-2020, nửa đầu năm 2020

    private int TryYear(int d, int yearWordStart)
    {
        var g = ReadGroup(d);
        if (g.D1 != 4 || !IsYear(g.N1) || g.Glued)
        {
            return -1;
        }

        if (g.Count == 2)
        {
            return g.Sep == '-' && g.D2 == 4 && !g.Longer && IsYearSpan(g.N1, g.N2)
                ? AddYearRange(yearWordStart, g.End, g.N1, g.N2)
                : -1;
        }

        if (g.Count != 1)
        {
            return -1;
        }

        // nửa đầu năm 2020, nửa cuối năm 2020
        var beforeYearWord = Words.SkipSpacesBack(_text, yearWordStart);
        if (MatchEnding(beforeYearWord, _half, out var halfStart, out var halfWord)
            && MatchEnding(Words.SkipSpacesBack(_text, halfStart), _halfWord, out var halfWordStart))
        {
            Add(halfWordStart, g.End, string.Create(Invariant, $"{g.N1:D4}-H{halfWord.Value}"), DateGranularity.HalfYear, false);
            return g.End;
        }

        // năm 2019 - 2020
        if (TrySpacedYearRange(g.End, out var secondYear, out var rangeEnd) && IsYearSpan(g.N1, secondYear))
        {
            return AddYearRange(yearWordStart, rangeEnd, g.N1, secondYear);
        }

        Add(yearWordStart, g.End, g.N1.ToString("D4", Invariant), DateGranularity.Year, false);

        // năm 2020 và 2021
        var c = Words.SkipSpaces(_text, g.End);
        if (MatchAt(c, _yearConnector, out _, out var afterConnector) && afterConnector < _text.Length && _text[afterConnector] == ' ')
        {
            var n = Words.SkipSpaces(_text, afterConnector);
            if (TryYearNumber(n, out var second, out var secondEnd))
            {
                Add(n, secondEnd, second.ToString("D4", Invariant), DateGranularity.Year, false);
                return secondEnd;
            }
        }

        return g.End;
    }

    private int TryYearRange(int d, int start, bool requireClosingParen)
    {
        var g = ReadGroup(d);
        if (g.D1 != 4 || g.Glued || !IsYear(g.N1))
        {
            return -1;
        }

        int second;
        int end;
        if (g.Count == 2 && g.Sep == '-' && g.D2 == 4 && !g.Longer)
        {
            second = g.N2;
            end = g.End;
        }
        else if (g.Count != 1 || !TrySpacedYearRange(g.End, out second, out end))
        {
            return -1;
        }

        if (!IsYearSpan(g.N1, second))
        {
            return -1;
        }

        if (requireClosingParen)
        {
            var close = Words.SkipSpaces(_text, end);
            if (close >= _text.Length || _text[close] != ')')
            {
                return -1;
            }
        }

        return AddYearRange(start, end, g.N1, second);
    }

    private bool TrySpacedYearRange(int afterFirst, out int second, out int end)
    {
        second = 0;
        end = afterFirst;
        var dash = Words.SkipSpaces(_text, afterFirst);
        if (dash >= _text.Length || _text[dash] is not ('-' or '–'))
        {
            return false;
        }

        var n = Words.SkipSpaces(_text, dash + 1);
        var g = ReadGroup(n);
        if (g.Count != 1 || g.D1 != 4 || g.Glued)
        {
            return false;
        }

        second = g.N1;
        end = g.End;
        return true;
    }

    private int AddYearRange(int start, int end, int first, int second)
    {
        Add(start, end, string.Create(Invariant, $"{first:D4}/{second:D4}"), DateGranularity.YearRange, false);
        return end;
    }

    // ---------------------------------------------------------------- 6 tháng đầu năm 2020

    private int TryHalfYear(int d)
    {
        var g = ReadGroup(d);
        if (g.Count != 1 || g.Glued)
        {
            return -1;
        }

        if (Array.IndexOf(_halfCounts, g.N1) < 0)
        {
            return -1;
        }

        var p = Words.SkipSpaces(_text, g.End);
        if (!MatchAt(p, _month, out _, out var afterMonth)
            || !MatchAt(Words.SkipSpaces(_text, afterMonth), _half, out var halfWord, out var afterHalf)
            || !MatchAt(Words.SkipSpaces(_text, afterHalf), _year, out _, out var afterYear))
        {
            return -1;
        }

        var end = afterYear;
        var inferred = false;
        int year;
        var r = Words.SkipSpaces(_text, afterYear);
        if (TryYearNumber(r, out year, out var yearEnd))
        {
            end = yearEnd;
        }
        else if (MatchAt(r, _relativeYear, out _, out var afterRelative))
        {
            return afterRelative;
        }
        else if (_articleYear.Year is { } articleYear)
        {
            year = articleYear;
            inferred = true;
            if (MatchAt(r, _thisYear, out _, out var afterThis))
            {
                end = afterThis;
            }
        }
        else
        {
            return end;
        }

        Add(d, end, string.Create(Invariant, $"{year:D4}-H{halfWord.Value}"), DateGranularity.HalfYear, inferred);
        return end;
    }

    // ---------------------------------------------------------------- months: tháng 3/2019, tháng 3 năm 2019, tháng 9

    private int TryMonth(int d, int monthWordStart)
    {
        var g = ReadGroup(d);
        if (g.D1 > 2 || g.N1 is < 1 or > 12)
        {
            return -1;
        }

        if (g.Count == 2 && g.D2 == 4 && !g.Longer && !g.Glued && IsYear(g.N2))
        {
            Add(monthWordStart, g.End, string.Create(Invariant, $"{g.N2:D4}-{g.N1:D2}"), DateGranularity.Month, false);
            return g.End;
        }

        if (g.Count != 1 || (g.Glued && !MatchAt(g.End, _year, out _, out _)))
        {
            return -1;
        }

        // mỗi tháng 2 lần, 1 tháng 5 triệu đồng: a rate, not a month.
        var beforeMonthWord = Words.SkipSpacesBack(_text, monthWordStart);
        if (MatchEnding(beforeMonthWord, _per, out _) || IsAsciiDigitBefore(beforeMonthWord)
            || MatchAt(Words.SkipSpaces(_text, g.End), _countAfter, out _, out _))
        {
            return g.End;
        }

        if (IsLunarAt(g.End, out var lunarEnd))
        {
            return lunarEnd;
        }

        if (TryYearWords(g.End, out var year, out var yearEnd, out var relative, out var inferredThisYear))
        {
            if (relative)
            {
                return yearEnd;
            }

            Add(monthWordStart, yearEnd, string.Create(Invariant, $"{year:D4}-{g.N1:D2}"), DateGranularity.Month, inferredThisYear);
            return yearEnd;
        }

        if (_articleYear.Year is { } articleYear)
        {
            Add(monthWordStart, g.End, string.Create(Invariant, $"{articleYear:D4}-{g.N1:D2}"), DateGranularity.Month, true);
        }

        return g.End;
    }

    // ---------------------------------------------------------------- days: ngày 2/3/2017, Sáng 4.8, từ 20 - 25/5, ngày 8 tháng 3

    private int TryDay(int d)
    {
        var g = ReadGroup(d);
        if (g.Count == 0 || g.Longer || !MayBeDay(g))
        {
            return -1;
        }

        var left = ReadLeft(d);
        Span<Day> chain = stackalloc Day[MaxChain];
        var count = g.Count switch
        {
            3 => ReadFullDate(g, left, chain, out var fullEnd) ? Found(1, fullEnd) : Stop(-1),
            2 => ReadDayMonth(g, left, chain, out var dayMonthEnd) ? Found(1, dayMonthEnd) : Stop(-1),
            _ => ReadBareDay(g, left, chain, out var bareCount, out var bareEnd) ? Found(bareCount, bareEnd) : Stop(bareEnd),
        };

        if (count.Days == 0)
        {
            return count.End;
        }

        var end = count.End;
        var days = ReadContinuations(chain, count.Days, ref end);
        var closed = left.Paren && days == 1 && NextNonSpace(end) == ')';
        if (g.Count != 3 && !left.Strong && !closed && days < 2)
        {
            return -1;
        }

        if (IsLunarAt(end, out var lunarEnd))
        {
            return lunarEnd;
        }

        FillMissingYears(chain[..days]);
        return AddDays(chain[..days], left, end);

        static (int Days, int End) Found(int days, int end) => (days, end);
        static (int Days, int End) Stop(int end) => (0, end);
    }

    /// <summary>
    /// Whether the digits may read as a day whatever stands before them (what <see cref="ReadFullDate"/>,
    /// <see cref="ReadDayMonth"/> and <see cref="ReadBareDay"/> ask of them first): a year, an amount or a code is no
    /// day, and the words before it are not read.
    /// </summary>
    private static bool MayBeDay(Group g) => g.Count switch
    {
        3 => IsDayMonth(g),
        2 => IsDayMonth(g) && !g.Glued,
        _ => g.D1 <= 2 && g.N1 is >= 1 and <= 31 && !g.Glued,
    };

    /// <summary>Reads <c>2/3/2017</c>: day, month and a four-digit year, a valid date.</summary>
    private bool ReadFullDate(Group g, Left left, Span<Day> chain, out int end)
    {
        end = g.End;
        if (!IsDayMonth(g) || g.D3 != 4 || g.Glued || !IsYear(g.N3) || !IsValid(g.N3, g.N2, g.N1))
        {
            return false;
        }

        chain[0] = new Day(left.Start, g.End, g.N3, g.N2, g.N1);
        return true;
    }

    /// <summary>Reads <c>4.8</c>, <c>22/4</c>: a day and month after a strong trigger, a range start or in brackets.</summary>
    private bool ReadDayMonth(Group g, Left left, Span<Day> chain, out int end)
    {
        end = g.End;
        if (!IsDayMonth(g) || g.Glued || !IsValid(0, g.N2, g.N1))
        {
            return false;
        }

        var closedParen = left.Paren && NextNonSpace(g.End) == ')';
        if (!left.Strong && !closedParen && !left.RangeStart)
        {
            return false;
        }

        chain[0] = new Day(left.Start, g.End, 0, g.N2, g.N1);
        return true;
    }

    /// <summary>
    /// Reads a bare day after a trigger: <c>ngày 8 tháng 3 (năm 2018)</c>, or the first day of a range whose second
    /// day carries the month (<c>từ 20 - 25/5</c>).
    /// </summary>
    /// <param name="g">The day's digits.</param>
    /// <param name="left">What stands before it.</param>
    /// <param name="chain">Receives the days read.</param>
    /// <param name="count">How many days were read.</param>
    /// <param name="end">The end of the days read; when none, -1 or where scanning resumes.</param>
    private bool ReadBareDay(Group g, Left left, Span<Day> chain, out int count, out int end)
    {
        count = 0;
        end = -1;
        if (g.D1 > 2 || g.N1 is < 1 or > 31 || g.Glued || !(left.Strong || left.RangeStart))
        {
            return false;
        }

        var p = Words.SkipSpaces(_text, g.End);
        if (MatchAt(p, _month, out _, out var afterMonth))
        {
            if (!left.Strong || !TryWordMonth(afterMonth, out var month, out var year, out var monthEnd, out var skip, out var thisYear))
            {
                return false;
            }

            end = monthEnd;
            if (skip || !IsValid(year, month, g.N1))
            {
                return false;
            }

            // ngày 8 tháng 3 năm nay: the year is the article's, so it counts as inferred.
            chain[count++] = new Day(left.Start, monthEnd, thisYear ? 0 : year, month, g.N1);
            return true;
        }

        if (!TryConnector(p, out var next) || !TryNumericDay(next, out var second) || second.DayOfMonth <= g.N1)
        {
            return false;
        }

        chain[count++] = new Day(left.Start, g.End, 0, second.Month, g.N1);
        chain[count++] = second;
        end = second.End;
        return true;
    }

    /// <summary>Continuations: <c>ngày 22/4 và 23/4</c>, <c>từ ngày 14/4 đến 19/4</c>, <c>ngày 12/12 - 31/12/2020</c>.</summary>
    /// <returns>How many days the chain holds now.</returns>
    private int ReadContinuations(Span<Day> chain, int count, ref int end)
    {
        while (count < MaxChain && TryConnector(Words.SkipSpaces(_text, end), out var next) && TryNumericDay(next, out var more))
        {
            chain[count++] = more;
            end = more.End;
        }

        return count;
    }

    /// <summary>A missing year is taken from the next date of the same range (not inferred: it is written there).</summary>
    private static void FillMissingYears(Span<Day> chain)
    {
        for (var k = chain.Length - 2; k >= 0; k--)
        {
            if (chain[k].Year == 0 && chain[k + 1].Year != 0)
            {
                var y = chain[k].Month > chain[k + 1].Month ? chain[k + 1].Year - 1 : chain[k + 1].Year;
                chain[k] = chain[k] with { Year = y };
            }
        }
    }

    /// <summary>Adds the days of a chain with the time of day before it and an offset after it; returns where they end.</summary>
    private int AddDays(Span<Day> chain, Left left, int end)
    {
        var time = TryTimeBefore(chain[0].Start, left.PartOfDay, out var timeStart);
        string? offset = null;
        if (time is not null && chain.Length == 1 && TryOffset(chain[^1].End, out var offsetText, out var offsetEnd))
        {
            offset = offsetText;
            chain[0] = chain[0] with { End = offsetEnd };
            end = offsetEnd;
        }

        // ngày 19/8 hằng năm recurs every year: no year is filled in.
        var yearly = MatchAt(Words.SkipSpaces(_text, end), _yearly, out _, out _);
        if (yearly)
        {
            _yearlyStarts.Add(time is not null ? timeStart : chain[0].Start);
        }

        for (var k = 0; k < chain.Length; k++)
        {
            var day = chain[k];
            var s = k == 0 && time is not null ? timeStart : day.Start;
            AddDay(s, day.End, day.Year, day.Month, day.DayOfMonth, k == 0 ? time : null, offset, yearly);
        }

        return left.Paren && left.Start < left.ParenPos && NextNonSpace(end) == ')' ? CloseBracket(chain.Length, end) : end;
    }

    /// <summary>Keeps the brackets balanced when a trigger before them is part of the mention: <c>sáng nay (1/10)</c>.</summary>
    private int CloseBracket(int days, int end)
    {
        var close = Words.SkipSpaces(_text, end);
        var lastIndex = _found.Count - 1;
        if (days == 1 && lastIndex >= 0)
        {
            var m = _found[lastIndex];
            var span = SourceSpan.FromBounds(m.Span.Start, close + 1);
            _found[lastIndex] = m with { Span = span, Text = _text.Substring(span.Start, span.Length) };
        }

        return close + 1;
    }

    /// <summary>Reads <c>M</c>, <c>M năm YYYY</c>, <c>M/YYYY</c> after the word <c>tháng</c> of <c>ngày 8 tháng 3</c>.</summary>
    private bool TryWordMonth(int afterMonthWord, out int month, out int year, out int end, out bool skip, out bool inferred)
    {
        month = 0;
        year = 0;
        skip = false;
        inferred = false;
        var p = Words.SkipSpaces(_text, afterMonthWord);
        end = p;
        var g = ReadGroup(p);
        if (g.Count == 0 || g.D1 > 2 || g.N1 is < 1 or > 12)
        {
            return false;
        }

        month = g.N1;
        if (g.Count == 2 && g.D2 == 4 && !g.Glued && !g.Longer && IsYear(g.N2))
        {
            year = g.N2;
            end = g.End;
            return true;
        }

        if (g.Count != 1 || (g.Glued && !MatchAt(g.End, _year, out _, out _)))
        {
            return false;
        }

        end = g.End;
        if (TryYearWords(g.End, out var y, out var yearEnd, out var relative, out inferred))
        {
            end = yearEnd;
            skip = relative;
            year = relative ? 0 : y;
        }

        return true;
    }

    /// <summary>Reads a connector of a range or list (<c>-</c>, <c>đến</c>, <c>và</c>, <c>,</c>) and an optional <c>ngày</c>.</summary>
    private bool TryConnector(int p, out int next)
    {
        next = p;
        if (p >= _key.Length)
        {
            return false;
        }

        int after;
        if (_key[p] == ',')
        {
            after = p + 1;
        }
        else if (!MatchAt(p, _connector, out _, out after))
        {
            return false;
        }

        var q = Words.SkipSpaces(_text, after);
        if (MatchAt(q, _day, out _, out var afterDay))
        {
            q = Words.SkipSpaces(_text, afterDay);
        }

        next = q;
        return q < _text.Length && char.IsAsciiDigit(_text[q]);
    }

    /// <summary>Reads <c>D/M</c> or <c>D/M/YYYY</c> at <paramref name="p"/> as one date of a range.</summary>
    private bool TryNumericDay(int p, out Day day)
    {
        day = default;
        var g = ReadGroup(p);
        if (g.Glued || g.Longer || !IsDayMonth(g))
        {
            return false;
        }

        if (g.Count == 2 && IsValid(0, g.N2, g.N1))
        {
            day = new Day(p, g.End, 0, g.N2, g.N1);
            return true;
        }

        if (g.Count == 3 && g.D3 == 4 && IsYear(g.N3) && IsValid(g.N3, g.N2, g.N1))
        {
            day = new Day(p, g.End, g.N3, g.N2, g.N1);
            return true;
        }

        return false;
    }

    private void AddDay(int start, int end, int year, int month, int day, TimeOfDay? time, string? offset, bool yearly)
    {
        var inferred = false;
        if (year == 0 && !yearly && _articleYear.YearFor(month, day) is { } y && IsValid(y, month, day))
        {
            year = y;
            inferred = true;
        }

        if (year == 0)
        {
            Add(start, end, string.Create(Invariant, $"--{month:D2}-{day:D2}"), DateGranularity.MonthDay, false);
            return;
        }

        var date = string.Create(Invariant, $"{year:D4}-{month:D2}-{day:D2}");
        if (time is { } t)
        {
            Add(start, end, string.Create(Invariant, $"{date}T{t.Hour:D2}:{t.Minute:D2}:00{offset}"), DateGranularity.DateTime, inferred);
            return;
        }

        Add(start, end, date, DateGranularity.Day, inferred);
    }

    // ---------------------------------------------------------------- what stands before a day

    private Left ReadLeft(int d)
    {
        var left = new Left { Start = d, ParenPos = -1 };
        var p = Words.SkipSpacesBack(_text, d);
        if (p > 0 && _key[p - 1] == '(')
        {
            left.Paren = true;
            left.ParenPos = p - 1;
            p = Words.SkipSpacesBack(_text, p - 1);
        }

        var relativeSeen = false;
        for (var step = 0; step < 6 && p > 0; step++)
        {
            if (MatchEnding(p, _day, out var s) || MatchPartOfDay(p, ref left, out s) || MatchEnding(p, _weekday, out s))
            {
                left.Strong = true;
                left.Start = s;
                p = Words.SkipSpacesBack(_text, s);
                relativeSeen = false;
                continue;
            }

            if (!relativeSeen && step == 0 && MatchEnding(p, _relativeDay, out s))
            {
                // sáng nay (1/10), hôm qua (30/9): only counts when a day word stands before it.
                relativeSeen = true;
                p = Words.SkipSpacesBack(_text, s);
                continue;
            }

            if (_key[p - 1] == ',' && MatchEnding(Words.SkipSpacesBack(_text, p - 1), _weekday, out s))
            {
                // Thứ Sáu, 21/04/2017
                left.Strong = true;
                left.Start = s;
                p = Words.SkipSpacesBack(_text, s);
                continue;
            }

            if (!relativeSeen && MatchEnding(p, _rangeStart, out s))
            {
                // "từ" belongs to the mention only when it is all there is before the number: từ 20 - 25/5.
                left.RangeStart = true;
                left.Start = left.Strong ? left.Start : s;
            }

            break;
        }

        if (left.Paren && left.Start > left.ParenPos)
        {
            left.Start = d;
        }

        return left;
    }

    private bool MatchPartOfDay(int end, ref Left left, out int start)
    {
        if (MatchEnding(end, _partOfDay, out start, out var phrase))
        {
            left.PartOfDay ??= phrase.Value;
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------- time of day: 23:34, 8h30, 8 giờ 30 phút; GMT+7

    private TimeOfDay? TryTimeBefore(int start, string? partOfDay, out int timeStart)
    {
        timeStart = start;
        var p = Words.SkipSpacesBack(_text, start);
        if (p > 0 && _key[p - 1] == ',')
        {
            p = Words.SkipSpacesBack(_text, p - 1);
        }

        if (p == 0)
        {
            return null;
        }

        // A time written after the part of day is not a case here: "sáng" is part of the trigger already.
        for (var s = Math.Max(0, p - 16); s < p; s++)
        {
            if (!char.IsAsciiDigit(_text[s]) || (s > 0 && char.IsLetterOrDigit(_text[s - 1])))
            {
                continue;
            }

            if (TryClock(s, out var hour, out var minute, out var clockEnd) && clockEnd == p)
            {
                hour = AdjustHour(hour, partOfDay);
                if (hour > 23)
                {
                    return null;
                }

                timeStart = s;
                return new TimeOfDay(hour, minute);
            }
        }

        return null;
    }

    private bool TryClock(int s, out int hour, out int minute, out int end)
    {
        hour = 0;
        minute = 0;
        end = DigitRunEnd(s);
        if (end - s > 2 || !int.TryParse(_text.AsSpan(s, end - s), NumberStyles.None, Invariant, out hour) || hour > 24)
        {
            return false;
        }

        if (end + 2 < _text.Length && _text[end] == ':' && IsTwoDigits(end + 1))
        {
            minute = int.Parse(_text.AsSpan(end + 1, 2), NumberStyles.None, Invariant);
            end += 3;
            if (end + 2 < _text.Length && _text[end] == ':' && IsTwoDigits(end + 1))
            {
                end += 3;
            }

            return minute < 60 && !(end < _text.Length && char.IsLetterOrDigit(_text[end]));
        }

        var q = end < _text.Length && _key[end] == 'h' ? end : Words.SkipSpaces(_text, end);
        if (!MatchAt(q, _clockHour, out _, out var afterHour))
        {
            return false;
        }

        end = afterHour;
        var m = Words.SkipSpaces(_text, afterHour);
        if (m < _text.Length && char.IsAsciiDigit(_text[m]))
        {
            var mEnd = DigitRunEnd(m);
            if (mEnd - m <= 2 && int.TryParse(_text.AsSpan(m, mEnd - m), NumberStyles.None, Invariant, out var mm) && mm < 60)
            {
                minute = mm;
                end = mEnd;
                var unit = Words.SkipSpaces(_text, mEnd);
                if (MatchAt(unit, _clockMinute, out _, out var afterMinute) || (mEnd < _text.Length && _key[mEnd] == 'p' && MatchAt(mEnd, _clockMinute, out _, out afterMinute)))
                {
                    end = afterMinute;
                }
            }
        }

        return !(end < _text.Length && char.IsLetterOrDigit(_text[end]));
    }

    private static int AdjustHour(int hour, string? partOfDay) => partOfDay switch
    {
        "pm" when hour < 12 => hour + 12,
        "noon" when hour < 6 => hour + 12,
        "night" when hour is >= 6 and < 12 => hour + 12,
        _ => hour,
    };

    private bool TryOffset(int afterDate, out string offset, out int end)
    {
        offset = string.Empty;
        end = afterDate;
        var p = Words.SkipSpaces(_text, afterDate);
        var paren = p < _key.Length && _key[p] == '(';
        if (paren)
        {
            p = Words.SkipSpaces(_text, p + 1);
        }

        if (!MatchAt(p, _offset, out _, out var afterWord))
        {
            return false;
        }

        var q = Words.SkipSpaces(_text, afterWord);
        if (q >= _text.Length || _text[q] is not ('+' or '-'))
        {
            return false;
        }

        var sign = _text[q];
        var h = q + 1;
        var hEnd = DigitRunEnd(h);
        if (hEnd == h || hEnd - h > 2)
        {
            return false;
        }

        var hours = int.Parse(_text.AsSpan(h, hEnd - h), NumberStyles.None, Invariant);
        var minutes = 0;
        var stop = hEnd;
        if (hEnd + 2 < _text.Length && _text[hEnd] == ':' && IsTwoDigits(hEnd + 1))
        {
            minutes = int.Parse(_text.AsSpan(hEnd + 1, 2), NumberStyles.None, Invariant);
            stop = hEnd + 3;
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        if (paren)
        {
            var close = Words.SkipSpaces(_text, stop);
            if (close >= _text.Length || _text[close] != ')')
            {
                return false;
            }

            stop = close + 1;
        }

        offset = string.Create(Invariant, $"{sign}{hours:D2}:{minutes:D2}");
        end = stop;
        return true;
    }

    // ---------------------------------------------------------------- primitives

    private void Add(int start, int end, string value, DateGranularity granularity, bool inferred)
    {
        if (LimitReached || end <= start)
        {
            return;
        }

        _found.Add(new DateMention { Text = _text.Substring(start, end - start), Value = value, Granularity = granularity, Inferred = inferred, Span = SourceSpan.FromBounds(start, end) });
    }

    /// <summary>The digit group at <paramref name="p"/>; the rules ask for the one at a digit run several times, so the last is kept.</summary>
    private Group ReadGroup(int p)
    {
        if (p != _groupAt)
        {
            _group = ReadGroupAt(p);
            _groupAt = p;
        }

        return _group;
    }

    private Group ReadGroupAt(int p)
    {
        var g = default(Group);
        if (!TryNumber(p, out g.N1, out g.D1, out var e))
        {
            return g;
        }

        g.Count = 1;
        g.End = e;
        if (e + 1 < _text.Length && IsDateSeparator(_text[e]) && char.IsAsciiDigit(_text[e + 1]) && TryNumber(e + 1, out g.N2, out g.D2, out var e2))
        {
            g.Sep = _text[e];
            g.Count = 2;
            g.End = e2;
            if (e2 + 1 < _text.Length && _text[e2] == g.Sep && char.IsAsciiDigit(_text[e2 + 1]) && TryNumber(e2 + 1, out g.N3, out g.D3, out var e3))
            {
                g.Count = 3;
                g.End = e3;
            }
        }

        var q = g.End;
        if (q < _text.Length)
        {
            var c = _text[q];
            if (char.IsLetterOrDigit(c))
            {
                g.Glued = true;
            }
            else if (q + 1 < _text.Length && IsJoiner(c) && char.IsAsciiDigit(_text[q + 1]) && !(c == '-' && g.Count > 1 && g.Sep != '-'))
            {
                // 14/1.155 continues the number; 7/4-21/4 is a range of two dates and stays open.
                g.Longer = true;
            }
        }

        return g;
    }

    private bool TryNumber(int p, out int value, out int digits, out int end)
    {
        value = 0;
        end = DigitRunEnd(p);
        digits = end - p;
        if (digits is not (> 0 and <= 4))
        {
            return false;
        }

        for (var i = p; i < end; i++)
        {
            value = (value * 10) + (_text[i] - '0');
        }

        return true;
    }

    private int DigitRunEnd(int p)
    {
        while (p < _text.Length && char.IsAsciiDigit(_text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>Skips a whole number such as <c>1.069/1.144</c> or <c>0912.345.678</c>.</summary>
    private int SkipNumber(int p)
    {
        while (true)
        {
            p = DigitRunEnd(p);
            if (p + 1 < _text.Length && IsJoiner(_text[p]) && char.IsAsciiDigit(_text[p + 1]))
            {
                p++;
                continue;
            }

            return p;
        }
    }

    private int NextNonSpace(int p)
    {
        var q = Words.SkipSpaces(_text, p);
        return q < _text.Length ? _text[q] : '\0';
    }

    private bool IsLunarAt(int p, out int end)
    {
        var q = Words.SkipSpaces(_text, p);
        if (q < _key.Length && _key[q] == '(')
        {
            q = Words.SkipSpaces(_text, q + 1);
        }

        if (MatchAt(q, _lunar, out _, out end))
        {
            if (end < _key.Length && _key[end] == ')')
            {
                end++;
            }

            return true;
        }

        end = p;
        return false;
    }

    private bool MatchAt(int p, DateWords words, out DateLexicon.Phrase match, out int end) => words.MatchAt(_key, p, out match, out end);

    private bool MatchEnding(int end, DateWords words, out int start) => words.MatchEnding(_key, end, out _, out start);

    private bool MatchEnding(int end, DateWords words, out int start, out DateLexicon.Phrase match) => words.MatchEnding(_key, end, out match, out start);

    /// <summary>Whether <paramref name="p"/> lies in a blocked span; <paramref name="p"/> only grows between calls.</summary>
    private bool IsBlocked(int p)
    {
        while (_blockedIndex < _blocked.Count && _blocked[_blockedIndex].End <= p)
        {
            _blockedIndex++;
        }

        return _blockedIndex < _blocked.Count && _blocked[_blockedIndex].Start <= p;
    }

    private bool IsAsciiDigitBefore(int p) => p > 0 && char.IsAsciiDigit(_text[p - 1]);

    private bool IsTwoDigits(int p) => p + 1 < _text.Length && char.IsAsciiDigit(_text[p]) && char.IsAsciiDigit(_text[p + 1]);

    private static bool IsDayMonth(Group g) => g.D1 <= 2 && g.D2 <= 2 && g.N1 >= 1 && g.N2 is >= 1 and <= 12;

    private static bool IsDateSeparator(char c) => c is '/' or '-' or '.';

    private static bool IsJoiner(char c) => c is '/' or '-' or '.' or ',' or ':';

    private static bool IsYear(int y) => y is >= MinYear and <= MaxYear;

    private static bool IsYearSpan(int first, int second) => IsYear(first) && IsYear(second) && second > first && second - first <= MaxYearSpan;

    /// <summary>Whether the day exists; year 0 means "any year" (29 February allowed).</summary>
    internal static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year == 0 ? 2000 : Math.Clamp(year, 1, 9999), month);

    private struct Group
    {
        public int Count;
        public int N1;
        public int N2;
        public int N3;
        public int D1;
        public int D2;
        public int D3;
        public char Sep;
        public int End;
        public bool Glued;
        public bool Longer;
    }

    private struct Left
    {
        public int Start;
        public bool Strong;
        public bool RangeStart;
        public bool Paren;
        public int ParenPos;
        public string? PartOfDay;
    }

    private readonly record struct Day(int Start, int End, int Year, int Month, int DayOfMonth);

    private readonly record struct TimeOfDay(int Hour, int Minute);
}
