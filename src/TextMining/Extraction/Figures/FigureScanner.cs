namespace TextMining.Extraction.Figures;

/// <summary>
/// The hand-written scanner behind <see cref="FigureExtractor"/>: finds digit runs (numbers written as words are not figures) in one block
/// of an article's text, rules out dates, times, document numbers, names, ordinals and phone numbers, reads the
/// multiplier, the unit and the qualifier around each, and adds the figures. One pass, no regular expressions,
/// no backtracking: every look-around is bounded by the lexicons' longest phrase or a small word cap.
/// </summary>
/// <remarks>Created per article; not thread-safe.</remarks>
internal sealed class FigureScanner
{
    private const int MaxModifierWords = 4;
    private const int MaxUnknownUnitWords = 3;
    private const int MaxCoordinations = 2;
    private const int MaxMultiplierWords = 4;
    private const int MaxRangeParts = 3;
    private const int MaxQuotedNameLead = 40;
    private const int MaxQuotedNameTail = 20;
    private static readonly decimal MaxValue = 1e21m;

    /// <summary>The word that makes the number after it negative (<c>âm 2 độ C</c>), as it appears in the matching key.</summary>
    private const string MinusWord = "âm";

    private readonly FigureLexicon _lexicon;
    private readonly FigureMemo<UnitKind> _units;
    private readonly FigureMemo<NumberWord> _numberWords;
    private readonly string _text;
    private readonly string _key;
    private readonly Func<SourceSpan, bool, bool>? _isClaimed;
    private readonly List<Figure> _output;
    private int _blockStart;
    private int _blockEnd;
    private int _rangePartnerStart = -1;
    private FigureQualifier _rangeQualifier;

    /// <param name="lexicon">The lexicons.</param>
    /// <param name="text">The article's text.</param>
    /// <param name="key">Its matching key (<see cref="VietnameseText.ToMatchingKey"/>), same length.</param>
    /// <param name="isClaimed">
    /// Whether a span lies in a date, document or organisation found earlier, given whether a counted noun follows
    /// the number; may be null.
    /// </param>
    /// <param name="output">Where figures go.</param>
    public FigureScanner(FigureLexicon lexicon, string text, string key, Func<SourceSpan, bool, bool>? isClaimed, List<Figure> output)
    {
        _lexicon = lexicon;
        _units = new(lexicon.Units, key);
        _numberWords = new(lexicon.NumberWords, key);
        _text = text;
        _key = key;
        _isClaimed = isClaimed;
        _output = output;
    }

    private enum Shape
    {
        Single,
        Fraction,
        Range,
    }

    /// <summary>Adds the figures of the block <c>[start, end)</c>.</summary>
    public void ScanBlock(int start, int end)
    {
        _blockStart = start;
        _blockEnd = end;
        // Every figure starts at an ASCII digit (number words are read around one); a digit glued to a word
        // (PC45, U23) is turned down by ScanDigits' left-boundary check.
        var i = start;
        while (i < end)
        {
            var next = _text.AsSpan(i, end - i).IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return;
            }

            i += next;
            i = Math.Max(i + 1, ScanDigits(i));
        }
    }

    private int ScanDigits(int start)
    {
        if (!LeftBoundaryOk(start))
        {
            return SkipCode(start);
        }

        Span<Numeral> parts = stackalloc Numeral[MaxRangeParts];
        var n = new Candidate(start, VietnameseNumeral.Read(_text, start, _blockEnd), parts);
        var stop = ReadGluedStructure(ref n);
        stop = stop >= 0 ? stop : ReadGluedUnit(ref n);
        if (stop >= 0)
        {
            return stop;
        }

        ReadQuantity(ref n);
        stop = ReadUnitAfter(ref n);
        if (stop >= 0)
        {
            return stop;
        }

        var numberEnd = n.RangeFirst ? n.End : n.ExprEnd;
        var scanEnd = n.RangeFirst ? n.End : Math.Max(n.ExprEnd, n.UnitEnd);

        // What the shape and the unit say about dates, years and decimals.
        var countedNoun = n.UnitKind is UnitKind.Noun or UnitKind.Closed or UnitKind.Measure && n.UnitStart >= 0 && IsKnownUnit(n.UnitStart);
        if (IsRuledOutByShape(ref n, countedNoun) || IsRuledOutAround(ref n, countedNoun, numberEnd))
        {
            return scanEnd;
        }

        return Math.Max(scanEnd, EmitCandidate(ref n, numberEnd));
    }

    /// <summary>
    /// Structure glued to the number: a clock time (<c>8:30</c>), dates, fractions and ranges (<c>02/3/2017</c>,
    /// <c>1.069/1.144</c>, <c>70-80</c>), document numbers and codes (<c>1234/QĐ-UBND</c>), invalid numerals and phone
    /// numbers. Returns where scanning resumes when the number is no figure, else -1.
    /// </summary>
    private int ReadGluedStructure(ref Candidate n)
    {
        var p = n.End;
        if (p < _blockEnd)
        {
            var c = _text[p];
            if (c == ':' && IsDigitAt(p + 1))
            {
                return SkipCode(p);
            }

            var slashAt = c == '/' ? p : (c == ' ' && CharAt(p + 1) == '/' ? p + 1 : -1);
            if ((slashAt >= 0 || c is '-' or '–') && ReadParts(ref n, slashAt >= 0 ? '/' : '-', slashAt >= 0 ? slashAt : p) is var code and >= 0)
            {
                return code;
            }
        }

        for (var k = 0; k < n.Count; k++)
        {
            if (n.Parts[k].Shape == NumeralShape.Invalid)
            {
                return SkipCode(n.End);
            }
        }

        // A phone number or an identifier: 0912345678, 0912.345.678 (invalid above), 0236 3822 123.
        return n.First.LeadingZero && n.First.FirstGroupDigits >= 3 ? SkipSpacedDigits(n.End) : -1;
    }

    /// <summary>Reads the numbers after <paramref name="separator"/>s (a fraction or a range); -1, or where to resume after a date or a code.</summary>
    private int ReadParts(ref Candidate n, char separator, int q)
    {
        while (q < _blockEnd && IsSeparator(_text[q], separator))
        {
            var next = q + 1;
            if (next < _blockEnd && _text[next] == ' ' && separator == '/')
            {
                next++;
            }

            if (!IsDigitAt(next))
            {
                // 1234/QĐ-UBND, 09-CT/TW, 155/2016/NĐ-CP: a document number or a code.
                return IsLetterAt(next) || (next < _blockEnd && _text[next] is '-' or '/') ? SkipCode(next) : Finish(ref n, separator);
            }

            if (n.Count == MaxRangeParts)
            {
                return SkipCode(next);
            }

            n.Parts[n.Count++] = VietnameseNumeral.Read(_text, next, _blockEnd);
            q = n.Parts[n.Count - 1].End;
            if (q + 1 < _blockEnd && _text[q] == ' ' && _text[q + 1] == '/' && separator == '/')
            {
                q++;
            }
        }

        return Finish(ref n, separator);

        int Finish(ref Candidate n, char separator)
        {
            if (n.Count == 1)
            {
                return -1;
            }

            // 02/3/2017, 14-01-2021, 4-17/9, 16-24/2, 8-9.5: dates and date ranges.
            n.End = n.Parts[n.Count - 1].End;
            if (n.Count == 3 || (n.End < _blockEnd && _text[n.End] is ':' or '/' or '-' or '.' && IsDigitAt(n.End + 1)))
            {
                return SkipCode(n.End);
            }

            n.Shape = separator == '/' ? Shape.Fraction : Shape.Range;
            return -1;
        }
    }

    /// <summary>
    /// Glued letters: a unit (<c>30kg</c>, <c>5ha</c>, <c>20m2</c>) is read; a multiplier (<c>2,5tỷ</c>) is left for
    /// later; a clock time (<c>8h30</c>) or a code (<c>1A</c>, <c>3G</c>) is no figure. Returns -1 or where to resume.
    /// </summary>
    private int ReadGluedUnit(ref Candidate n)
    {
        var p = n.End;
        if (!(IsLetterAt(p) || CharAt(p) is '%' or '‰'))
        {
            return -1;
        }

        if (_key[p] == 'h' && (p + 1 >= _blockEnd || !Words.IsLetter(_key[p + 1])))
        {
            return SkipCode(p);
        }

        if (IsMultiplierAt(p))
        {
            return -1;
        }

        if (_units.MatchForward(p, _blockEnd, out var glued, out var gluedEnd)
            && glued is UnitKind.Measure or UnitKind.Duration
            && (gluedEnd - p > 1 || !Words.IsUpper(_text[p])))
        {
            (n.UnitStart, n.UnitEnd, n.UnitKind) = (p, ExtendPerUnit(gluedEnd), glued);
            return -1;
        }

        return SkipCode(p);
    }

    /// <summary>
    /// Multipliers (<c>40 ngàn</c>, <c>2,5 triệu</c>, <c>1 tỷ 500 triệu</c>, <c>hai triệu rưỡi</c>); or, for a bare
    /// first number of a range (<c>70 - 80%</c>, <c>từ 5 đến 7 người</c>), the second's multiplier and unit.
    /// </summary>
    private void ReadQuantity(ref Candidate n)
    {
        n.ExprEnd = n.End;
        if (n.UnitKind is null)
        {
            n.ExprEnd = ReadMultipliers(n.End, out n.Multiplier, out n.Addition);
        }

        n.HasMultiplier = n.ExprEnd > n.End;
        if (n.Shape == Shape.Single && !n.HasMultiplier && n.UnitKind is null
            && TryRangePartner(n.End, out var partnerMultiplier, out var partnerAddition, out var partnerUnit, out var partnerStart))
        {
            n.RangeFirst = true;
            n.RangePartnerStart = partnerStart;
            n.Multiplier = partnerMultiplier;
            n.Addition = 0;
            n.HasMultiplier = partnerMultiplier != 1m || partnerAddition != 0m;
            (n.UnitStart, n.UnitEnd, n.UnitKind) = partnerUnit;
        }
    }

    /// <summary>The unit after the number and its multipliers; -1, or where to resume when the unit makes it no figure.</summary>
    private int ReadUnitAfter(ref Candidate n)
    {
        if (n.UnitKind is null && !n.RangeFirst)
        {
            if (n.Shape == Shape.Single && !n.HasMultiplier && RangePartnerIsDate(n.End))
            {
                // từ 15 - 17/8: the first end of a date range.
                return n.End;
            }

            ReadUnit(n.ExprEnd, out n.UnitStart, out n.UnitEnd, out n.UnitKind);
        }

        if (n.UnitKind is UnitKind.Clock or UnitKind.Period)
        {
            return SkipCode(n.End);
        }

        // 5 tháng 3 (a date without ngày), 3 năm 5 tháng: a duration followed by a number is left out.
        return n.UnitKind == UnitKind.Duration && !n.RangeFirst && n.UnitEnd > 0 && CharAt(n.UnitEnd) == ' ' && IsDigitAt(n.UnitEnd + 1)
            ? n.UnitEnd
            : -1;
    }

    /// <summary>Whether the shape rules the number out: a decimal, a year or a list marker alone; a fraction or range that reads as a date.</summary>
    private bool IsRuledOutByShape(ref Candidate n, bool countedNoun)
    {
        var measured = n.HasMultiplier || (n.UnitKind == UnitKind.Measure && countedNoun);
        var first = n.First;
        if (n.Shape == Shape.Single)
        {
            return (first.Shape == NumeralShape.DotDecimal && !measured) || (first.IsYearLike && !n.HasMultiplier && !countedNoun) || IsListMarker(first);
        }

        var (a, b) = (n.Parts[0], n.Parts[1]);
        var decimals = a.Shape == NumeralShape.DotDecimal || b.Shape == NumeralShape.DotDecimal;
        if (n.Shape == Shape.Fraction)
        {
            var dateLike = (a.IsSmallPlain(31) && b.IsSmallPlain(12)) || (a.IsSmallPlain(12) && b.IsYearLike);
            return (dateLike && !countedNoun) || n.UnitStart < 0 || a.Value > b.Value || decimals;
        }

        var dayMonth = a.IsSmallPlain(31) && b.IsSmallPlain(12);
        return a.Value == 0 || a.IsYearLike || b.IsYearLike || (dayMonth && !countedNoun) || a.Value > b.Value || decimals;
    }

    /// <summary>Whether the words around rule the number out: noise, a name, a slogan in quotes, a date, document or organisation.</summary>
    private bool IsRuledOutAround(ref Candidate n, bool countedNoun, int numberEnd)
    {
        if (n.UnitStart < 0 && IsBareNumberNoise(n.Start, numberEnd))
        {
            return true;
        }

        // tàu BĐ 96868 TS, Honda Sonic 125 phân khối: after a capitalised word, only a known unit makes a count.
        if (!countedNoun && !n.HasMultiplier && n.UnitKind is not UnitKind.Duration && AfterCapitalisedWord(n.Start))
        {
            return true;
        }

        // “3 không”, “5 có, 3 sạch”, “Ngõ an toàn (3 có)”: a slogan or a name in quotes, unless it counts a known noun.
        if (!countedNoun && !n.HasMultiplier && InsideShortQuote(n.Start))
        {
            return true;
        }

        // Left context: names, documents, dates and ordinals rule the number out; qualifiers qualify it.
        return IsRuledOutByContext(n.Start, countedNoun)
            || (_isClaimed is not null && _isClaimed(SourceSpan.FromBounds(n.Start, n.Parts[n.Count - 1].End), countedNoun));
    }

    /// <summary>Adds the figure (two for a range) with its qualifiers; returns where the mention ends.</summary>
    private int EmitCandidate(ref Candidate n, int numberEnd)
    {
        var qualifier = ReadQualifier(n.Start, out var mentionStart);
        if (qualifier == FigureQualifier.Exact && n.Start == _rangePartnerStart)
        {
            // khoảng 70 - 80%: the qualifier before a range covers both ends.
            qualifier = _rangeQualifier;
        }

        if (n.RangeFirst)
        {
            _rangePartnerStart = n.RangePartnerStart;
            _rangeQualifier = qualifier;
        }

        var mentionEnd = n.RangeFirst ? n.End : ReadQualifierAfter(Math.Max(numberEnd, n.UnitEnd), ref qualifier);
        var unit = n.UnitStart >= 0 && n.UnitEnd > n.UnitStart ? _text[n.UnitStart..n.UnitEnd] : null;
        var (multiplier, addition) = (n.Multiplier, n.Addition);
        switch (n.Shape)
        {
            case Shape.Fraction:
                Emit(mentionStart, mentionEnd, Scale(n.Parts[0].Value, multiplier, addition), Scale(n.Parts[1].Value, multiplier, addition), unit, qualifier);
                break;
            case Shape.Range:
                Emit(mentionStart, n.Parts[0].End, Scale(n.Parts[0].Value, multiplier, addition), null, unit, qualifier);
                Emit(n.Parts[1].Start, mentionEnd, Scale(n.Parts[1].Value, multiplier, addition), null, unit, qualifier);
                break;
            default:
                var value = Scale(n.First.Value, multiplier, addition);
                if (qualifier == FigureQualifier.Exact && StartsWithMinusWord(mentionStart, out var signStart))
                {
                    // âm 2 độ C is minus 2 °C: the value keeps its sign and the mention its word.
                    (value, mentionStart) = (-value, signStart);
                }

                Emit(mentionStart, mentionEnd, value, null, unit, qualifier);
                break;
        }

        return mentionEnd;
    }

    /// <summary>Reads multiplier words after a number; returns the end of the numeric expression.</summary>
    private int ReadMultipliers(int pos, out decimal multiplier, out decimal addition)
    {
        multiplier = 1m;
        addition = 0m;
        var end = pos;
        var q = Words.SkipSpaces(_key, pos, _blockEnd);
        var any = false;
        var lastMultiplier = 0m;
        for (var n = 0; n < MaxMultiplierWords; n++)
        {
            if (!_numberWords.MatchForward(q, _blockEnd, out var w, out var e))
            {
                break;
            }

            if (w.Kind == NumberWordKind.Multiplier && multiplier <= MaxValue / w.Value)
            {
                multiplier = any ? multiplier * w.Value : w.Value;
                lastMultiplier = multiplier;
                any = true;
            }
            else if (w.Kind == NumberWordKind.Half && any)
            {
                addition += lastMultiplier / 2;
                end = e;
                break;
            }
            else
            {
                break;
            }

            end = e;
            q = Words.SkipSpaces(_key, e, _blockEnd);
        }

        // 1 tỷ 500 triệu, 3 triệu 600 nghìn: a smaller number with a smaller multiplier adds to the first.
        if (any && multiplier >= 1000 && q > end && IsDigitAt(q))
        {
            var next = VietnameseNumeral.Read(_text, q, _blockEnd);
            if (next.Shape == NumeralShape.Number && !IsLetterAt(next.End))
            {
                var r = Words.SkipSpaces(_key, next.End, _blockEnd);
                if (_numberWords.MatchForward(r, _blockEnd, out var w, out var e)
                    && w.Kind == NumberWordKind.Multiplier && w.Value < multiplier && next.Value < multiplier / w.Value)
                {
                    addition += next.Value * w.Value;
                    end = e;
                }
            }
        }

        return end;
    }

    /// <summary>
    /// Whether a range connector and a second number follow <paramref name="pos"/> (<c>70 - 80%</c>,
    /// <c>5 đến 7 người</c>); if so, the second number's multiplier and unit.
    /// </summary>
    private bool TryRangePartner(int pos, out decimal multiplier, out decimal addition, out (int Start, int End, UnitKind? Kind) unit, out int partnerStart)
    {
        multiplier = 1m;
        addition = 0m;
        unit = (-1, -1, null);
        partnerStart = -1;
        var q = Words.SkipSpaces(_key, pos, _blockEnd);
        if (q >= _blockEnd)
        {
            return false;
        }

        int afterConnector;
        var wordConnector = false;
        if (_key[q] is '-' or '–' or '—' or '~')
        {
            afterConnector = q + 1;
        }
        else if (q > pos && _numberWords.MatchForward(q, _blockEnd, out var connector, out var connectorEnd)
            && connector.Kind == NumberWordKind.RangeWord)
        {
            afterConnector = connectorEnd;
            wordConnector = true;
        }
        else
        {
            return false;
        }

        var r = Words.SkipSpaces(_key, afterConnector, _blockEnd);
        if ((wordConnector && r == afterConnector) || !IsDigitAt(r))
        {
            return false;
        }

        var second = VietnameseNumeral.Read(_text, r, _blockEnd);
        var after = second.End;
        partnerStart = r;
        if (second.Shape != NumeralShape.Number || second.IsYearLike || CharAt(after) is '/' or '-' or ':' or '.' && IsDigitAt(after + 1))
        {
            return false;
        }

        if (IsLetterAt(after) || CharAt(after) is '%' or '‰')
        {
            if (_units.MatchForward(after, _blockEnd, out var glued, out var gluedEnd) && glued == UnitKind.Measure)
            {
                unit = (after, ExtendPerUnit(gluedEnd), glued);
                return true;
            }

            if (!IsMultiplierAt(after))
            {
                return false;
            }
        }

        var exprEnd = ReadMultipliers(after, out multiplier, out addition);
        ReadUnit(exprEnd, out var unitStart, out var unitEnd, out var kind);
        unit = (unitStart, unitEnd, kind);
        return kind is not null || exprEnd > after;
    }

    /// <summary>Whether a range connector and a date follow <paramref name="pos"/> (<c>15 - 17/8</c>).</summary>
    private bool RangePartnerIsDate(int pos)
    {
        var q = Words.SkipSpaces(_key, pos, _blockEnd);
        if (q >= _blockEnd || _key[q] is not ('-' or '–' or '—'))
        {
            return false;
        }

        var r = Words.SkipSpaces(_key, q + 1, _blockEnd);
        if (!IsDigitAt(r))
        {
            return false;
        }

        var second = VietnameseNumeral.Read(_text, r, _blockEnd);
        return second.IsSmallPlain(31) && CharAt(second.End) is '/' or '-' or '.' && IsDigitAt(second.End + 1);
    }

    /// <summary>Reads the unit or counted noun phrase after a number.</summary>
    private void ReadUnit(int pos, out int unitStart, out int unitEnd, out UnitKind? kind)
    {
        unitStart = -1;
        unitEnd = -1;
        kind = null;
        var q = Words.SkipSpaces(_key, pos, _blockEnd);
        if (q >= _blockEnd || (q == pos && !(CharAt(q) is '%' or '‰')))
        {
            return;
        }

        var known = _units.MatchForward(q, _blockEnd, out var k, out var headEnd);
        if (known && k == UnitKind.Partitive)
        {
            // 1/5 số hộ: the unit is the partitive with the counted noun after it.
            if (PartitiveNoun(headEnd))
            {
                ReadUnit(headEnd, out _, out unitEnd, out kind);
                unitStart = q;
                return;
            }
        }
        else if (known
            && !(_lexicon.UnitStops.MatchForward(_key, q, _blockEnd, out _, out var stopEnd) && stopEnd >= headEnd))
        {
            unitStart = q;
            kind = k;
            unitEnd = k switch
            {
                UnitKind.Measure or UnitKind.Duration => ExtendPerUnit(headEnd),
                UnitKind.Noun => Coordinate(ExtendModifiers(headEnd, MaxModifierWords)),
                UnitKind.Closed => Coordinate(headEnd),
                _ => headEnd,
            };
            return;
        }

        // A counted noun not in the lexicon: a few words up to a verb, preposition, name or punctuation.
        var wordEnd = FigurePhrases.WordEndForward(_key, q, _blockEnd);
        if (wordEnd == q || !Words.IsLetter(_key[q]) || IsStopAt(q, out _) || IsTitleCase(q, wordEnd)
            || (_numberWords.MatchForward(q, _blockEnd, out var numberWord, out _) && numberWord.Kind != NumberWordKind.NotNumber))
        {
            return;
        }

        unitStart = q;
        unitEnd = ExtendModifiers(wordEnd, MaxUnknownUnitWords - 1);
        kind = UnitKind.Noun;
    }

    /// <summary>
    /// Whether the unit at <paramref name="start"/> is a lexicon entry (not a guessed noun phrase); after a partitive
    /// (<c>số</c>, "the number of") the noun that follows decides: <c>1/5 số hộ</c>.
    /// </summary>
    private bool IsKnownUnit(int start) =>
        _units.MatchForward(start, _blockEnd, out var kind, out var end)
        && (kind != UnitKind.Partitive || PartitiveNoun(end));

    /// <summary>Whether a counted noun or unit of measure from the lexicon follows a partitive ending at <paramref name="end"/>.</summary>
    private bool PartitiveNoun(int end)
    {
        var next = Words.SkipSpaces(_key, end, _blockEnd);
        return next > end && _units.MatchForward(next, _blockEnd, out var kind, out _)
            && kind is UnitKind.Noun or UnitKind.Closed or UnitKind.Measure;
    }

    /// <summary>Extends a counted noun with the words that modify it (súng → súng quân dụng).</summary>
    private int ExtendModifiers(int end, int maxWords)
    {
        for (var n = 0; n < maxWords; n++)
        {
            var s = Words.SkipSpaces(_key, end, _blockEnd);
            if (s == end || s >= _blockEnd || !Words.IsLetter(_key[s]))
            {
                break;
            }

            var we = FigurePhrases.WordEndForward(_key, s, _blockEnd);
            if (we == s || IsStopAt(s, out _) || IsTitleCase(s, we)
                || (_units.MatchForward(s, _blockEnd, out var k, out _) && k is UnitKind.Measure or UnitKind.Duration or UnitKind.Clock or UnitKind.Period)
                || (_numberWords.MatchForward(s, _blockEnd, out var w, out _)
                    && w.Kind is NumberWordKind.Digit or NumberWordKind.Ten or NumberWordKind.Tens or NumberWordKind.Multiplier))
            {
                break;
            }

            end = we;
        }

        return end;
    }

    /// <summary>Joins coordinated counted nouns (cơ quan, doanh nghiệp; cá nhân và tập thể).</summary>
    private int Coordinate(int end)
    {
        for (var n = 0; n < MaxCoordinations; n++)
        {
            int s;
            if (CharAt(end) == ',')
            {
                s = Words.SkipSpaces(_key, end + 1, _blockEnd);
                if (s == end + 1)
                {
                    break;
                }
            }
            else
            {
                var j = Words.SkipSpaces(_key, end, _blockEnd);
                if (j == end || !IsStopAt(j, out var join) || !join)
                {
                    break;
                }

                s = Words.SkipSpaces(_key, FigurePhrases.WordEndForward(_key, j, _blockEnd), _blockEnd);
            }

            if (s >= _blockEnd || IsTitleCase(s, FigurePhrases.WordEndForward(_key, s, _blockEnd))
                || !_units.MatchForward(s, _blockEnd, out var k, out var headEnd)
                || k is not (UnitKind.Noun or UnitKind.Closed))
            {
                break;
            }

            end = k == UnitKind.Noun ? ExtendModifiers(headEnd, MaxModifierWords) : headEnd;
        }

        return end;
    }

    /// <summary>Extends a unit of measure by a per-unit (đồng/kg, lần/năm).</summary>
    private int ExtendPerUnit(int end)
    {
        if (CharAt(end) == '/' && IsLetterAt(end + 1)
            && _units.MatchForward(end + 1, _blockEnd, out _, out var perEnd))
        {
            return perEnd;
        }

        return end;
    }

    private FigureQualifier ReadQualifier(int numberStart, out int mentionStart)
    {
        mentionStart = numberStart;
        if (_lexicon.QualifiersBefore.MatchBackward(_key, numberStart, _blockStart, out var entry, out var start))
        {
            mentionStart = start;
            return entry.Qualifier;
        }

        return FigureQualifier.Exact;
    }

    private int ReadQualifierAfter(int end, ref FigureQualifier qualifier)
    {
        var q = Words.SkipSpaces(_key, end, _blockEnd);
        if (qualifier == FigureQualifier.Exact && q > end
            && _lexicon.QualifiersAfter.MatchForward(_key, q, _blockEnd, out var entry, out var after))
        {
            qualifier = entry.Qualifier;
            return after;
        }

        return end;
    }

    /// <summary>
    /// A number with no unit that reads as part of a name, a list or an address rather than a count:
    /// after a capitalised word (<c>SEA Games 29</c>, <c>Nokia 6</c>, <c>Mega 6/45</c>), before one
    /// (<c>155 Trần Cao Vân</c>), next to another number (<c>07 08 10 12</c>), alone in brackets (<c>(3.028)</c>)
    /// before a colon (<c>gồm 5: …</c>), in a list of numbers (<c>phường 2, 3, 4</c>) or numbering a sentence
    /// (<c>7. BĐS …</c>).
    /// </summary>
    private bool IsBareNumberNoise(int start, int end)
    {
        var before = Words.SkipSpacesBack(_key, start, _blockStart);
        var after = Words.SkipSpaces(_key, end, _blockEnd);
        if ((before < start && before > _blockStart && char.IsAsciiDigit(_text[before - 1]))
            || (after > end && IsDigitAt(after))
            || (before > _blockStart + 1 && _text[before - 1] == ',' && char.IsAsciiDigit(_text[before - 2]))
            || (CharAt(end) == ',' && CharAt(end + 1) == ' ' && IsDigitAt(end + 2))
            || (end - start <= 2 && CharAt(end) is '.' or ')' && CharAt(end + 1) == ' ' && end + 2 < _blockEnd && Words.IsUpper(_text[end + 2]))
            || (CharAt(start - 1) is '(' or '[' && CharAt(end) is ')' or ']')
            || CharAt(end) == ':'
            || AfterNumberAndConjunction(before)
            || (before > _blockStart + 1 && _text[before - 1] is '-' or '–' && _text[before - 2] is ')' or ']'))
        {
            return true;
        }

        return AfterCapitalisedWord(start)
            || (after > end && IsTitleCase(after, FigurePhrases.WordEndForward(_key, after, _blockEnd)));
    }

    /// <summary>
    /// Whether the number sits inside a short quotation, a name or slogan (<c>“Ngõ an toàn (3 có)”</c>,
    /// <c>“Bản ‘3 không’”</c>): opened at most <see cref="MaxQuotedNameLead"/> characters before it and closed at
    /// most <see cref="MaxQuotedNameTail"/> characters after its start, with no sentence end in between. Quoted
    /// speech (<c>“Trong 8 ngày diễn ra …”</c>) runs on and keeps its figures.
    /// </summary>
    private bool InsideShortQuote(int start)
    {
        var opened = false;
        var limit = Math.Max(_blockStart, start - MaxQuotedNameLead);
        for (var i = start - 1; i >= limit && !opened; i--)
        {
            switch (_text[i])
            {
                case '“' or '‘':
                    opened = true;
                    break;
                case '"':
                    opened = i == _blockStart || _text[i - 1] is ' ' or '(';
                    if (!opened)
                    {
                        return false;
                    }

                    break;
                case '”' or '’' or '.' or '!' or '?':
                    return false;
            }
        }

        if (!opened)
        {
            return false;
        }

        var end = Math.Min(_blockEnd, start + MaxQuotedNameTail);
        for (var i = start; i < end; i++)
        {
            switch (_text[i])
            {
                case '”' or '’' or '"':
                    return true;
                case '“' or '.' or '!' or '?':
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="before"/> (just after the word before a bare number) ends <c>&lt;digit&gt; và</c> or
    /// <c>&lt;digit&gt; hoặc</c>: the number continues a list of numbers (<c>các quận 2 và 9</c>, <c>tổ 3 hoặc 4</c>).
    /// </summary>
    private bool AfterNumberAndConjunction(int before)
    {
        if (!_lexicon.UnitStopsBefore.MatchBackward(_key, before, _blockStart, out var join, out var wordStart) || !join)
        {
            return false;
        }

        var p = Words.SkipSpacesBack(_key, wordStart, _blockStart);
        return p < wordStart && p > _blockStart && char.IsAsciiDigit(_text[p - 1]);
    }

    /// <summary>Whether the word right before the number has a capital letter and does not open a sentence.</summary>
    private bool AfterCapitalisedWord(int start)
    {
        var before = Words.SkipSpacesBack(_key, start, _blockStart);
        var wordStart = before;
        while (wordStart > _blockStart && Words.IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        for (var i = wordStart; i < before; i++)
        {
            if (Words.IsUpper(_text[i]))
            {
                return !IsSentenceStart(wordStart);
            }
        }

        return false;
    }

    private bool IsRuledOutByContext(int numberStart, bool countedNoun) =>
        _lexicon.Contexts.MatchBackward(_key, numberStart, _blockStart, out var context, out _)
        && context != NumberContext.Neutral
        && !(context == NumberContext.Label && countedNoun);

    private bool IsStopAt(int pos, out bool join) =>
        _lexicon.UnitStops.MatchForward(_key, pos, _blockEnd, out join, out _);

    private bool IsMultiplierAt(int pos) =>
        _numberWords.MatchForward(pos, _blockEnd, out var w, out _) && w.Kind == NumberWordKind.Multiplier;

    /// <summary>A list marker: <c>1.</c> or <c>2)</c> opening a block or following a colon, before a capital.</summary>
    private bool IsListMarker(Numeral number)
    {
        if (!number.Plain || number.FirstGroupDigits > 2 || CharAt(number.End) is not ('.' or ')'))
        {
            return false;
        }

        var after = number.End + 1;
        if (after < _blockEnd && !(_text[after] == ' ' && (after + 1 >= _blockEnd || Words.IsUpper(_text[after + 1]) || _text[after + 1] is '“' or '"')))
        {
            return false;
        }

        var before = number.Start;
        while (before > _blockStart && _text[before - 1] is ' ' or '(')
        {
            before--;
        }

        return before == _blockStart || _text[before - 1] is ':' or ';' or '.';
    }

    private bool LeftBoundaryOk(int start)
    {
        if (start == _blockStart)
        {
            return true;
        }

        var prev = _text[start - 1];
        if (Words.IsLetter(prev) || prev is '+' or '#' or '_' or '@' or '&' or '=' or '\\' or '×' or '*' or '^')
        {
            return false;
        }

        if (start - 2 < _blockStart)
        {
            return true;
        }

        var before = _text[start - 2];
        return prev switch
        {
            '.' or ',' or '-' or '–' => !char.IsLetterOrDigit(before),
            '/' => !char.IsAsciiDigit(before),
            _ => true,
        };
    }

    /// <summary>Skips a code, date or document number: letters, digits and inner separators.</summary>
    private int SkipCode(int pos)
    {
        while (pos < _blockEnd)
        {
            var c = _text[pos];
            if (char.IsLetterOrDigit(c))
            {
                pos++;
            }
            else if (c is '.' or ',' or '-' or '–' or '/' or ':' or '+' or '_' or '×' && pos + 1 < _blockEnd && char.IsLetterOrDigit(_text[pos + 1]))
            {
                pos += 2;
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    /// <summary>Skips a phone number written in spaced groups (0236 3822 123).</summary>
    private int SkipSpacedDigits(int pos)
    {
        pos = SkipCode(pos);
        while (pos + 1 < _blockEnd && _text[pos] == ' ' && char.IsAsciiDigit(_text[pos + 1]))
        {
            pos = SkipCode(pos + 1);
        }

        return pos;
    }

    private bool IsSentenceStart(int pos)
    {
        while (pos > _blockStart && _text[pos - 1] is ' ' or '“' or '"' or '(' or '‘' or '\'' or '-' or '–')
        {
            pos--;
        }

        return pos == _blockStart || _text[pos - 1] is '.' or '!' or '?' or ':' or ';' or '…';
    }

    private bool IsTitleCase(int start, int end)
    {
        if (end - start < 2 || !Words.IsUpper(_text[start]))
        {
            return false;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (Words.IsLower(_text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c, char separator) => separator == '/' ? c == '/' : c is '-' or '–';

    private char CharAt(int pos) => pos >= _blockStart && pos < _blockEnd ? _text[pos] : '\0';

    private bool IsDigitAt(int pos) => pos < _blockEnd && char.IsAsciiDigit(_text[pos]);

    private bool IsLetterAt(int pos) => pos < _blockEnd && Words.IsLetter(_text[pos]);

    private static double Scale(decimal value, decimal multiplier, decimal addition)
    {
        if (multiplier == 1m)
        {
            return (double)value;
        }

        // Exact in decimal when it fits (2,5 tỷ is 2500000000, not 2499999999.9999998); else in double.
        return value <= MaxValue / multiplier
            ? (double)((value * multiplier) + addition)
            : ((double)value * (double)multiplier) + (double)addition;
    }

    /// <summary>Whether the word right before <paramref name="numberStart"/> is <c>âm</c> (minus), and where it starts.</summary>
    private bool StartsWithMinusWord(int numberStart, out int signStart)
    {
        var end = Words.SkipSpacesBack(_key, numberStart, _blockStart);
        signStart = end - MinusWord.Length;
        return end < numberStart && signStart >= _blockStart
            && string.CompareOrdinal(_key, signStart, MinusWord, 0, MinusWord.Length) == 0
            && (signStart == _blockStart || !char.IsLetterOrDigit(_key[signStart - 1]));
    }

    private void Emit(int start, int end, double value, double? total, string? unit, FigureQualifier qualifier)
    {
        if (value == 0)
        {
            return;
        }

        var span = SourceSpan.FromBounds(start, end);
        _output.Add(new Figure { Text = _text[start..end], Value = value, Total = total, Unit = unit, Qualifier = qualifier, Span = span });
    }

    /// <summary>A digit run being read: its parts, its shape, and the multiplier and unit found after it.</summary>
    private ref struct Candidate(int start, Numeral first, Span<Numeral> parts)
    {
        public readonly int Start = start;
        public readonly Span<Numeral> Parts = Init(parts, first);
        public int Count = 1;
        public Shape Shape = Shape.Single;

        /// <summary>The end of the number with the structure glued to it.</summary>
        public int End = first.End;

        /// <summary>The end of the number with its multipliers.</summary>
        public int ExprEnd;
        public decimal Multiplier = 1m;
        public decimal Addition;
        public bool HasMultiplier;
        public int UnitStart = -1;
        public int UnitEnd = -1;
        public UnitKind? UnitKind;
        public bool RangeFirst;
        public int RangePartnerStart = -1;

        public readonly Numeral First => Parts[0];

        private static Span<Numeral> Init(Span<Numeral> parts, Numeral first)
        {
            parts[0] = first;
            return parts;
        }
    }
}
