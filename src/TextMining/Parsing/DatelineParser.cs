using System.Globalization;
using System.Text.RegularExpressions;

namespace TextMining.Parsing;

/// <summary>
/// Reads the publication time from a visible Vietnamese dateline such as
/// <c>Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)</c> or <c>Thứ Sáu, 21/04/2017 - 23:34</c>.
/// </summary>
internal static partial class DatelineParser
{
    /// <summary>Whether a line looks like a dateline (it opens with a dateline word or is mostly a date).</summary>
    public static bool LooksLikeDateline(string line)
    {
        if (line.Length > 120)
        {
            return false;
        }

        return DatePattern().IsMatch(line)
            && (line.StartsWith("Cập nhật", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Thứ", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Chủ nhật", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Ngày", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Đăng", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Published", StringComparison.OrdinalIgnoreCase)
                || DatePattern().Match(line).Length * 3 >= line.Length);
    }

    /// <summary>Reads the date, the time of day when given, and the GMT offset when given.</summary>
    /// <param name="text">The dateline.</param>
    /// <param name="value">The time; offset +07:00 when the line says GMT+7, else zero with <paramref name="hasOffset"/> false.</param>
    /// <param name="hasOffset">Whether the line stated an offset.</param>
    public static bool TryParse(string text, out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        var date = DatePattern().Match(text);
        if (!date.Success)
        {
            return false;
        }

        var day = int.Parse(date.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(date.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(date.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || year < 1900 || year > 2200 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var time = TimePattern().Match(text);
        var hour = 0;
        var minute = 0;
        if (time.Success)
        {
            hour = int.Parse(time.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            minute = int.Parse(time.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
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

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[/\-.](?<m>\d{1,2})[/\-.](?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})[:h](?<min>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?:GMT|UTC)\s*(?<sign>[+\-])\s*(?<o>\d{1,2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetPattern();
}
