using System.Text.RegularExpressions;

namespace TextMining.Parsing;

/// <summary>
/// Reads the publication time from a visible Vietnamese dateline such as
/// <c>Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)</c> or <c>Thứ Sáu, 21/04/2017 - 23:34</c>.
/// </summary>
internal static partial class DatelineParser
{
    /// <summary>The words that open a dateline (<c>dateline-openers.tsv</c>).</summary>
    private static readonly string[] Openers = [.. LexiconResource.ReadColumn("Parsing/dateline-openers.tsv")];

    /// <summary>
    /// Whether a line looks like a dateline: it holds a date, has at most 12 words, and opens with a dateline word
    /// (<c>dateline-openers.tsv</c>: <c>Cập nhật</c>, <c>Thứ</c>, <c>Ngày</c>, …) or is mostly the date.
    /// </summary>
    public static bool LooksLikeDateline(string line)
    {
        if (line.Length > 120)
        {
            return false;
        }

        var date = FindDate(line);
        return date.Length > 0
            && CountWords(line) <= 12
            && (Array.Exists(Openers, opener => line.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
                || date.Length * 3 >= line.Length);
    }

    /// <summary>Reads the date, the time of day when given, and the GMT offset when given.</summary>
    /// <param name="text">The dateline.</param>
    /// <param name="value">The time; offset +07:00 when the line says GMT+7, else zero with <paramref name="hasOffset"/> false.</param>
    /// <param name="hasOffset">Whether the line stated an offset.</param>
    public static bool TryParse(string text, out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        var date = FindDate(text);
        if (date.Length == 0 || !IsValidDate(date.Year, date.Month, date.Day))
        {
            return false;
        }

        var (year, month, day) = (date.Year, date.Month, date.Day);
        var time = TimePattern().Match(text, date.End < text.Length ? date.End : 0);
        if (!time.Success)
        {
            time = TimePattern().Match(text);
        }

        var hour = 0;
        var minute = 0;
        if (time.Success)
        {
            hour = int.Parse(time.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            minute = int.Parse(time.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
            if (time.Groups["ampm"].Success && hour is >= 1 and <= 12)
            {
                var pm = char.ToUpperInvariant(time.Groups["ampm"].Value[0]) == 'P';
                hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            }

            if (hour > 23 || minute > 59)
            {
                hour = minute = 0;
            }
        }

        var offset = TimeSpan.Zero;
        var gmt = OffsetPattern().Match(text);
        if (gmt.Success)
        {
            var hours = int.Parse(gmt.Groups["o"].ValueSpan, CultureInfo.InvariantCulture);
            if (hours is >= -12 and <= 14)
            {
                offset = TimeSpan.FromHours(gmt.Groups["sign"].Value == "-" ? -hours : hours);
                hasOffset = true;
            }
        }

        value = new DateTimeOffset(year, month, day, hour, minute, 0, offset);
        return true;
    }

    /// <summary>
    /// Reads a machine date as pages put it in metadata: <c>2026-03-07T08:06:00+07:00</c>, <c>2026-03-07T09:40:00</c>,
    /// <c>2026-03-07 08:07</c>, <c>2026-03-07T01:06:00Z</c>, <c>2026-03-07T07:41:20.843000</c> or <c>2026-03-07</c>.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="value">The time; with the stated offset, else offset zero and <paramref name="hasOffset"/> false.</param>
    /// <param name="hasOffset">Whether the value stated an offset (<c>Z</c> counts as +00:00).</param>
    public static bool TryParseIso(string text, out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        var s = text.AsSpan().Trim();
        if (s.Length < 10 || !TryDigits(s, 0, 4, out var year) || s[4] != '-' || !TryDigits(s, 5, 2, out var month)
            || s[7] != '-' || !TryDigits(s, 8, 2, out var day) || !IsValidDate(year, month, day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        var i = 10;
        if (i < s.Length && (s[i] == 'T' || s[i] == 't' || s[i] == ' '))
        {
            if (!TryDigits(s, i + 1, 2, out hour) || i + 3 >= s.Length || s[i + 3] != ':' || !TryDigits(s, i + 4, 2, out minute))
            {
                return false;
            }

            i += 6;
            if (i < s.Length && s[i] == ':')
            {
                if (!TryDigits(s, i + 1, 2, out second))
                {
                    return false;
                }

                i += 3;
                if (i < s.Length && (s[i] == '.' || s[i] == ','))
                {
                    i++;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        i++;
                    }
                }
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }
        }

        var offset = TimeSpan.Zero;
        if (i < s.Length && (s[i] == 'Z' || s[i] == 'z'))
        {
            hasOffset = true;
            i++;
        }
        else if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            var negative = s[i] == '-';
            if (!TryDigits(s, i + 1, 2, out var oh))
            {
                return false;
            }

            var om = 0;
            var j = i + 3;
            if (j < s.Length && s[j] == ':')
            {
                j++;
            }

            if (j + 1 < s.Length + 1 && TryDigits(s, j, 2, out var parsedMinutes))
            {
                om = parsedMinutes;
                j += 2;
            }

            if (oh > 14 || om > 59)
            {
                return false;
            }

            offset = new TimeSpan(oh, om, 0);
            offset = negative ? -offset : offset;
            hasOffset = true;
            i = j;
        }

        if (i < s.Length)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return true;
    }

    private static int CountWords(string line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start < 0 || start + count > s.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }

            value = (value * 10) + (s[k] - '0');
        }

        return true;
    }

    private static bool IsValidDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month);

    private static (int Year, int Month, int Day, int Length, int End) FindDate(string text)
    {
        var numeric = DatePattern().Match(text);
        if (numeric.Success)
        {
            return (Int(numeric, "y"), Int(numeric, "m"), Int(numeric, "d"), numeric.Length, numeric.Index + numeric.Length);
        }

        var words = WordDatePattern().Match(text);
        if (words.Success)
        {
            return (Int(words, "y"), Int(words, "m"), Int(words, "d"), words.Length, words.Index + words.Length);
        }

        var iso = IsoDatePattern().Match(text);
        return iso.Success ? (Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), iso.Length, iso.Index + iso.Length) : default;

        static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[/\-.](?<m>\d{1,2})[/\-.](?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2}) tháng (?<m>\d{1,2}),? năm (?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordDatePattern();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})[:h](?<min>\d{2})(?!\d)(?::\d{2})?(?:\s*(?<ampm>[AaPp][Mm])\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?:GMT|UTC)\s*(?<sign>[+\-])\s*(?<o>\d{1,2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
