namespace TextMining.Extraction.Figures;

/// <summary>How a run of digits and separators reads as a number.</summary>
internal enum NumeralShape
{
    /// <summary>Not a well-formed number (a plate, an IP address, too many digits).</summary>
    Invalid,

    /// <summary>A Vietnamese number: <c>.</c> groups thousands, <c>,</c> is the decimal mark (<c>116.869</c>, <c>2,5</c>).</summary>
    Number,

    /// <summary>
    /// One dot and a group that is not three digits (<c>4.8</c>, <c>1.5</c>): a day.month or an English decimal,
    /// a number only when a unit of measure or a multiplier follows.
    /// </summary>
    DotDecimal,
}

/// <summary>A run of digits with <c>.</c>/<c>,</c> separators, read as a Vietnamese number.</summary>
/// <param name="Start">Offset of the first digit.</param>
/// <param name="End">Offset just past the last digit.</param>
/// <param name="Value">The value when <paramref name="Shape"/> is not <see cref="NumeralShape.Invalid"/>.</param>
/// <param name="Shape">How the run reads.</param>
/// <param name="Plain">Only digits, no separator.</param>
/// <param name="FirstGroupDigits">Digits before the first separator.</param>
/// <param name="LeadingZero">The run starts with <c>0</c> followed by another digit.</param>
internal readonly record struct Numeral(int Start, int End, decimal Value, NumeralShape Shape, bool Plain, int FirstGroupDigits, bool LeadingZero)
{
    /// <summary>A plain four-digit number between 1900 and 2100: a year unless a counted noun follows.</summary>
    public bool IsYearLike => Plain && FirstGroupDigits == 4 && Value is >= 1900 and <= 2100;

    /// <summary>A plain number of one or two digits between 1 and <paramref name="max"/> (a day or a month).</summary>
    public bool IsSmallPlain(int max) => Plain && FirstGroupDigits <= 2 && Value >= 1 && Value <= max;
}

/// <summary>Reads Vietnamese numerals: <c>116.869</c> = 116869, <c>1.007</c> = 1007, <c>2,5</c> = 2.5, <c>95,6</c>.</summary>
internal static class VietnameseNumeral
{
    private const int MaxDigits = 18;
    private const int MaxGroups = 8;

    /// <summary>Reads the digit run starting at <paramref name="start"/> (a digit) up to <paramref name="limit"/>.</summary>
    /// <remarks>A separator is part of the run only when a digit follows it. Linear in the run's length.</remarks>
    public static Numeral Read(string text, int start, int limit)
    {
        Span<int> lengths = stackalloc int[MaxGroups];
        Span<char> separators = stackalloc char[MaxGroups];
        var groups = 0;
        var digits = 0;
        var tooLong = false;
        long all = 0;
        var lastLength = 0;
        var p = start;
        while (true)
        {
            var groupStart = p;
            while (p < limit && char.IsAsciiDigit(text[p]))
            {
                if (digits < MaxDigits)
                {
                    all = (all * 10) + (text[p] - '0');
                }
                else
                {
                    tooLong = true;
                }

                digits++;
                p++;
            }

            lastLength = p - groupStart;
            if (groups < MaxGroups)
            {
                lengths[groups] = lastLength;
            }
            else
            {
                tooLong = true;
            }

            groups++;
            if (p + 1 < limit && text[p] is '.' or ',' && char.IsAsciiDigit(text[p + 1]))
            {
                if (groups < MaxGroups)
                {
                    separators[groups] = text[p];
                }

                p++;
                continue;
            }

            break;
        }

        var firstLength = lengths[0];
        var leadingZero = text[start] == '0' && firstLength > 1;
        if (tooLong)
        {
            return new Numeral(start, p, 0, NumeralShape.Invalid, false, firstLength, leadingZero);
        }

        if (groups == 1)
        {
            return new Numeral(start, p, all, NumeralShape.Number, true, firstLength, leadingZero);
        }

        var (shape, decimals) = Classify(lengths[..groups], separators[..groups], lastLength);
        var value = decimals == 0 ? all : all / Pow10(decimals);
        return new Numeral(start, p, shape == NumeralShape.Invalid ? 0 : value, shape, false, firstLength, leadingZero);
    }

    private static (NumeralShape Shape, int Decimals) Classify(ReadOnlySpan<int> lengths, ReadOnlySpan<char> separators, int lastLength)
    {
        var groups = lengths.Length;
        var dots = 0;
        var commas = 0;
        for (var g = 1; g < groups; g++)
        {
            if (separators[g] == '.')
            {
                dots++;
            }
            else
            {
                commas++;
            }
        }

        var firstOk = lengths[0] <= 3;
        var last = separators[groups - 1];

        // Vietnamese: thousands dots, then at most one decimal comma at the end.
        if (commas <= 1 && (commas == 0 || last == ','))
        {
            var dotsOk = firstOk || dots == 0;
            for (var g = 1; g < groups - (commas == 1 ? 1 : 0); g++)
            {
                dotsOk &= lengths[g] == 3;
            }

            if (dotsOk)
            {
                return (NumeralShape.Number, commas == 1 ? lastLength : 0);
            }

            if (commas == 0 && dots == 1)
            {
                return (NumeralShape.DotDecimal, lastLength);
            }

            return (NumeralShape.Invalid, 0);
        }

        // English: thousands commas (at least two, or followed by a decimal dot), at most one dot at the end.
        if (dots <= 1 && (dots == 0 || last == '.') && firstOk)
        {
            var commasOk = commas >= 2 || dots == 1;
            for (var g = 1; g < groups - dots; g++)
            {
                commasOk &= lengths[g] == 3;
            }

            if (commasOk)
            {
                return (NumeralShape.Number, dots == 1 ? lastLength : 0);
            }
        }

        return (NumeralShape.Invalid, 0);
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n && i < 28; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
