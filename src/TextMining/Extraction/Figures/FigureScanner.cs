using TextMining.Text;

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
        var i = start;
        while (i < end)
        {
            var c = _text[i];
            if (char.IsAsciiDigit(c))
            {
                i = Math.Max(i + 1, ScanDigits(i));
            }
            else if (char.IsLetter(c))
            {
                // Words are skipped whole, so digits glued to a word (PC45, U23) never start a number.
                i++;
                while (i < end && char.IsLetter(_text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }
    }

    private int ScanDigits(int start)
    {
        if (!LeftBoundaryOk(start))
        {
            return SkipCode(start);
        }

        var first = VietnameseNumeral.Read(_text, start, _blockEnd);
        var p = first.End;

        // Structure glued to the number: times, dates, fractions, ranges, document numbers, codes.
        Span<Numeral> parts = stackalloc Numeral[MaxRangeParts];
        parts[0] = first;
        var count = 1;
        var shape = Shape.Single;
        if (p < _blockEnd)
        {
            var c = _text[p];
            if (c == ':' && IsDigitAt(p + 1))
            {
                return SkipCode(p);
            }

            var slashAt = c == '/' ? p : (c == ' ' && CharAt(p + 1) == '/' ? p + 1 : -1);
            if (slashAt >= 0 || c is '-' or '–')
            {
                var separator = slashAt >= 0 ? '/' : '-';
                var q = slashAt >= 0 ? slashAt : p;
                while (q < _blockEnd && IsSeparator(_text[q], separator))
                {
                    var next = q + 1;
                    if (next < _blockEnd && _text[next] == ' ' && separator == '/')
                    {
                        next++;
                    }

                    if (!IsDigitAt(next))
                    {
                        if (IsLetterAt(next) || (next < _blockEnd && _text[next] is '-' or '/'))
                        {
                            // 1234/QĐ-UBND, 09-CT/TW, 155/2016/NĐ-CP: a document number or a code.
                            return SkipCode(next);
                        }

                        break;
                    }

                    if (count == MaxRangeParts)
                    {
                        return SkipCode(next);
                    }

                    parts[count++] = VietnameseNumeral.Read(_text, next, _blockEnd);
                    q = parts[count - 1].End;
                    if (q + 1 < _blockEnd && _text[q] == ' ' && _text[q + 1] == '/' && separator == '/')
                    {
                        q++;
                    }
                }

                if (count > 1)
                {
                    p = parts[count - 1].End;
                    // 02/3/2017, 14-01-2021, 4-17/9, 16-24/2, 8-9.5: dates and date ranges.
                    if (count == 3 || (p < _blockEnd && _text[p] is ':' or '/' or '-' or '.' && IsDigitAt(p + 1)))
                    {
                        return SkipCode(p);
                    }

                    shape = separator == '/' ? Shape.Fraction : Shape.Range;
                }
            }
        }

        for (var k = 0; k < count; k++)
        {
            if (parts[k].Shape == NumeralShape.Invalid)
            {
                return SkipCode(p);
            }
        }

        // A phone number or an identifier: 0912345678, 0912.345.678 (invalid above), 0236 3822 123.
        if (first.LeadingZero && first.FirstGroupDigits >= 3)
        {
            return SkipSpacedDigits(p);
        }

        // Glued letters: a unit (30kg, 5ha, 20m2), a multiplier (2,5tỷ), a clock time (8h30) or a code (1A, 3G).
        var unitStart = -1;
        var unitEnd = -1;
        UnitKind? unitKind = null;
        if (IsLetterAt(p) || CharAt(p) is '%' or '‰')
        {
            if (_key[p] == 'h' && (p + 1 >= _blockEnd || !char.IsLetter(_key[p + 1])))
            {
                return SkipCode(p);
            }

            if (!IsMultiplierAt(p))
            {
                if (_lexicon.Units.MatchForward(_key, p, _blockEnd, out var glued, out var gluedEnd)
                    && glued is UnitKind.Measure or UnitKind.Duration
                    && (gluedEnd - p > 1 || !char.IsUpper(_text[p])))
                {
                    unitStart = p;
                    unitEnd = ExtendPerUnit(gluedEnd);
                    unitKind = glued;
                }
                else
                {
                    return SkipCode(p);
                }
            }
        }

        // Multipliers: 40 ngàn, 2,5 triệu, 5 nghìn tỷ, 1 tỷ 500 triệu, hai triệu rưỡi.
        var exprEnd = p;
        var multiplier = 1m;
        var addition = 0m;
        if (unitKind is null)
        {
            exprEnd = ReadMultipliers(p, out multiplier, out addition);
        }

        var hasMultiplier = exprEnd > p;
        var rangeFirst = false;
        var rangePartnerStart = -1;
        if (shape == Shape.Single && !hasMultiplier && unitKind is null
            && TryRangePartner(p, out var partnerMultiplier, out var partnerAddition, out var partnerUnit, out rangePartnerStart))
        {
            // 70 - 80%, từ 5 đến 7 người, 2 - 3 triệu đồng: the first number takes the second's multiplier and unit.
            rangeFirst = true;
            multiplier = partnerMultiplier;
            addition = 0;
            hasMultiplier = partnerMultiplier != 1m || partnerAddition != 0m;
            (unitStart, unitEnd, unitKind) = partnerUnit;
        }

        if (unitKind is null && !rangeFirst)
        {
            if (shape == Shape.Single && !hasMultiplier && RangePartnerIsDate(p))
            {
                // từ 15 - 17/8: the first end of a date range.
                return p;
            }

            ReadUnit(exprEnd, out unitStart, out unitEnd, out unitKind);
        }

        if (unitKind is UnitKind.Clock or UnitKind.Period)
        {
            return SkipCode(p);
        }

        // 5 tháng 3 (a date without ngày), 3 năm 5 tháng: a duration followed by a number is left out.
        if (unitKind == UnitKind.Duration && !rangeFirst && unitEnd > 0 && CharAt(unitEnd) == ' ' && IsDigitAt(unitEnd + 1))
        {
            return unitEnd;
        }

        var numberEnd = rangeFirst ? p : exprEnd;
        var scanEnd = rangeFirst ? p : Math.Max(exprEnd, unitEnd);

        // What the shape and the unit say about dates, years and decimals.
        var countedNoun = unitKind is UnitKind.Noun or UnitKind.Closed or UnitKind.Measure && unitStart >= 0 && IsKnownUnit(unitStart);
        var measured = hasMultiplier || (unitKind == UnitKind.Measure && countedNoun);
        switch (shape)
        {
            case Shape.Single:
                if (first.Shape == NumeralShape.DotDecimal && !measured)
                {
                    return scanEnd;
                }

                if (first.IsYearLike && !hasMultiplier && !countedNoun)
                {
                    return scanEnd;
                }

                if (IsListMarker(first))
                {
                    return scanEnd;
                }

                break;
            case Shape.Fraction:
                {
                    var a = parts[0];
                    var b = parts[1];
                    var dateLike = (a.IsSmallPlain(31) && b.IsSmallPlain(12)) || (a.IsSmallPlain(12) && b.IsYearLike);
                    if ((dateLike && !countedNoun) || unitStart < 0 || a.Value > b.Value
                        || a.Shape == NumeralShape.DotDecimal || b.Shape == NumeralShape.DotDecimal)
                    {
                        return scanEnd;
                    }

                    break;
                }

            default:
                {
                    var a = parts[0];
                    var b = parts[1];
                    var dateLike = a.IsSmallPlain(31) && b.IsSmallPlain(12);
                    if (a.Value == 0 || a.IsYearLike || b.IsYearLike || (dateLike && !countedNoun) || a.Value > b.Value
                        || a.Shape == NumeralShape.DotDecimal || b.Shape == NumeralShape.DotDecimal)
                    {
                        return scanEnd;
                    }

                    break;
                }
        }

        if (unitStart < 0 && IsBareNumberNoise(start, numberEnd))
        {
            return scanEnd;
        }

        // tàu BĐ 96868 TS, Honda Sonic 125 phân khối: after a capitalised word, only a known unit makes a count.
        if (!countedNoun && !hasMultiplier && unitKind is not UnitKind.Duration && AfterCapitalisedWord(start))
        {
            return scanEnd;
        }

        // “3 không”, “5 có, 3 sạch”, “Ngõ an toàn (3 có)”: a slogan or a name in quotes, unless it counts a known noun.
        if (!countedNoun && !hasMultiplier && InsideShortQuote(start))
        {
            return scanEnd;
        }

        // Left context: names, documents, dates and ordinals rule the number out; qualifiers qualify it.
        if (IsRuledOutByContext(start, countedNoun))
        {
            return scanEnd;
        }

        if (_isClaimed is not null && _isClaimed(SourceSpan.FromBounds(start, parts[count - 1].End), countedNoun))
        {
            return scanEnd;
        }

        var qualifier = ReadQualifier(start, out var mentionStart);
        if (qualifier == FigureQualifier.Exact && start == _rangePartnerStart)
        {
            // khoảng 70 - 80%: the qualifier before a range covers both ends.
            qualifier = _rangeQualifier;
        }

        if (rangeFirst)
        {
            _rangePartnerStart = rangePartnerStart;
            _rangeQualifier = qualifier;
        }

        var mentionEnd = rangeFirst ? p : Math.Max(numberEnd, unitEnd);
        if (!rangeFirst)
        {
            mentionEnd = ReadQualifierAfter(mentionEnd, ref qualifier);
        }

        var unit = unitStart >= 0 && unitEnd > unitStart ? _text[unitStart..unitEnd] : null;
        switch (shape)
        {
            case Shape.Fraction:
                Emit(mentionStart, mentionEnd, Scale(parts[0].Value, multiplier, addition), Scale(parts[1].Value, multiplier, addition), unit, qualifier);
                break;
            case Shape.Range:
                Emit(mentionStart, parts[0].End, Scale(parts[0].Value, multiplier, addition), null, unit, qualifier);
                Emit(parts[1].Start, mentionEnd, Scale(parts[1].Value, multiplier, addition), null, unit, qualifier);
                break;
            default:
                var value = Scale(first.Value, multiplier, addition);
                if (qualifier == FigureQualifier.Exact && StartsWithMinusWord(mentionStart, out var signStart))
                {
                    // âm 2 độ C is minus 2 °C: the value keeps its sign and the mention its word.
                    (value, mentionStart) = (-value, signStart);
                }

                Emit(mentionStart, mentionEnd, value, null, unit, qualifier);
                break;
        }

        return Math.Max(scanEnd, mentionEnd);
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
            if (!_lexicon.NumberWords.MatchForward(_key, q, _blockEnd, out var w, out var e))
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
                if (_lexicon.NumberWords.MatchForward(_key, r, _blockEnd, out var w, out var e)
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
        else if (q > pos && _lexicon.NumberWords.MatchForward(_key, q, _blockEnd, out var connector, out var connectorEnd)
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
            if (_lexicon.Units.MatchForward(_key, after, _blockEnd, out var glued, out var gluedEnd) && glued == UnitKind.Measure)
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

        if (_lexicon.Units.MatchForward(_key, q, _blockEnd, out var k, out var headEnd) && k == UnitKind.Partitive)
        {
            // 1/5 số hộ: the unit is the partitive with the counted noun after it.
            if (PartitiveNoun(headEnd))
            {
                ReadUnit(headEnd, out _, out unitEnd, out kind);
                unitStart = q;
                return;
            }
        }
        else if (_lexicon.Units.MatchForward(_key, q, _blockEnd, out k, out headEnd)
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
        if (wordEnd == q || !char.IsLetter(_key[q]) || IsStopAt(q, out _) || IsTitleCase(q, wordEnd)
            || (_lexicon.NumberWords.MatchForward(_key, q, _blockEnd, out var numberWord, out _) && numberWord.Kind != NumberWordKind.NotNumber))
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
        _lexicon.Units.MatchForward(_key, start, _blockEnd, out var kind, out var end)
        && (kind != UnitKind.Partitive || PartitiveNoun(end));

    /// <summary>Whether a counted noun or unit of measure from the lexicon follows a partitive ending at <paramref name="end"/>.</summary>
    private bool PartitiveNoun(int end)
    {
        var next = Words.SkipSpaces(_key, end, _blockEnd);
        return next > end && _lexicon.Units.MatchForward(_key, next, _blockEnd, out var kind, out _)
            && kind is UnitKind.Noun or UnitKind.Closed or UnitKind.Measure;
    }

    /// <summary>Extends a counted noun with the words that modify it (súng → súng quân dụng).</summary>
    private int ExtendModifiers(int end, int maxWords)
    {
        for (var n = 0; n < maxWords; n++)
        {
            var s = Words.SkipSpaces(_key, end, _blockEnd);
            if (s == end || s >= _blockEnd || !char.IsLetter(_key[s]))
            {
                break;
            }

            var we = FigurePhrases.WordEndForward(_key, s, _blockEnd);
            if (we == s || IsStopAt(s, out _) || IsTitleCase(s, we)
                || (_lexicon.Units.MatchForward(_key, s, _blockEnd, out var k, out _) && k is UnitKind.Measure or UnitKind.Duration or UnitKind.Clock or UnitKind.Period)
                || (_lexicon.NumberWords.MatchForward(_key, s, _blockEnd, out var w, out _)
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
                || !_lexicon.Units.MatchForward(_key, s, _blockEnd, out var k, out var headEnd)
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
            && _lexicon.Units.MatchForward(_key, end + 1, _blockEnd, out _, out var perEnd))
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
            || (end - start <= 2 && CharAt(end) is '.' or ')' && CharAt(end + 1) == ' ' && end + 2 < _blockEnd && char.IsUpper(_text[end + 2]))
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
        while (wordStart > _blockStart && char.IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        for (var i = wordStart; i < before; i++)
        {
            if (char.IsUpper(_text[i]))
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
        _lexicon.NumberWords.MatchForward(_key, pos, _blockEnd, out var w, out _) && w.Kind == NumberWordKind.Multiplier;

    /// <summary>A list marker: <c>1.</c> or <c>2)</c> opening a block or following a colon, before a capital.</summary>
    private bool IsListMarker(Numeral number)
    {
        if (!number.Plain || number.FirstGroupDigits > 2 || CharAt(number.End) is not ('.' or ')'))
        {
            return false;
        }

        var after = number.End + 1;
        if (after < _blockEnd && !(_text[after] == ' ' && (after + 1 >= _blockEnd || char.IsUpper(_text[after + 1]) || _text[after + 1] is '“' or '"')))
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
        if (char.IsLetter(prev) || prev is '+' or '#' or '_' or '@' or '&' or '=' or '\\' or '×' or '*' or '^')
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
        if (end - start < 2 || !char.IsUpper(_text[start]))
        {
            return false;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (char.IsLower(_text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c, char separator) => separator == '/' ? c == '/' : c is '-' or '–';

    private char CharAt(int pos) => pos >= _blockStart && pos < _blockEnd ? _text[pos] : '\0';

    private bool IsDigitAt(int pos) => pos < _blockEnd && char.IsAsciiDigit(_text[pos]);

    private bool IsLetterAt(int pos) => pos < _blockEnd && char.IsLetter(_text[pos]);

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
        _output.Add(new Figure(_text[start..end], value, total, unit, qualifier, span));
    }
}
