using System.Text.RegularExpressions;

namespace TextMining.Parsing;

/// <summary>
/// The line-level rules shared by the plain-text and JSON Lines readers: view counts, source tags, sentence
/// ends, caption candidates and bylines. Input lines are normalised and trimmed.
/// </summary>
internal static partial class LayoutRules
{
    /// <summary>Lines longer than this are never captions.</summary>
    public const int MaxCaptionChars = 250;

    /// <summary>Lines longer than this are never bylines.</summary>
    public const int MaxBylineChars = 80;

    /// <summary>Bylines name at most this many people.</summary>
    public const int MaxAuthors = 4;

    /// <summary>Whether the line holds only a number (<c>14</c>, <c>1006</c>, <c>1.006</c>), and its value.</summary>
    public static bool TryParseViews(string line, out int views)
    {
        views = 0;
        if (line.Length is 0 or > 13)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or ',' or ' '))
            {
                return false;
            }
        }

        if (digits == 0 || !char.IsAsciiDigit(line[0]) || !char.IsAsciiDigit(line[^1]))
        {
            return false;
        }

        var raw = line.Replace(".", string.Empty, StringComparison.Ordinal)
            .Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out views);
    }

    /// <summary>
    /// Whether a header line is the dateline: <see cref="DatelineParser.LooksLikeDateline"/> and parseable, not a
    /// sentence (no final period, at most 12 words), so a short lead such as <c>Ngày 02/3/2017, Huyện ... .</c> is not taken.
    /// </summary>
    public static bool TryParseDateline(string line, out DateTimeOffset published, out bool hasOffset)
    {
        published = default;
        hasOffset = false;
        if (!DatelineParser.LooksLikeDateline(line) || line.EndsWith('.') || CountWords(line) > 12)
        {
            return false;
        }

        return DatelineParser.TryParse(line, out published, out hasOffset);
    }

    /// <summary>
    /// Finds a source tag opening the lead: <c>(ĐN)- Làm việc ...</c>, <c>(PLO) – ...</c>, <c>(Dân trí) - ...</c>.
    /// The bracketed tag must start with a capital and either be all capitals or be followed by a dash or colon.
    /// </summary>
    /// <param name="lead">The first paragraph.</param>
    /// <param name="tag">The tag without brackets.</param>
    /// <param name="rest">The paragraph without the tag.</param>
    public static bool TryStripSourceTag(string lead, out string tag, out string rest)
    {
        tag = string.Empty;
        rest = lead;
        if (lead.Length < 4 || lead[0] != '(')
        {
            return false;
        }

        var close = lead.IndexOf(')', 1);
        if (close < 2 || close > 31)
        {
            return false;
        }

        var inner = lead[1..close].Trim();
        if (inner.Length == 0 || !char.IsUpper(inner[0]) || inner.AsSpan().IndexOfAny('(', '\n') >= 0 || inner.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var i = close + 1;
        while (i < lead.Length && lead[i] == ' ')
        {
            i++;
        }

        var dashed = i < lead.Length && lead[i] is '-' or '–' or '—' or ':';
        var allCaps = inner.All(c => char.IsUpper(c) || c is '.' or ' ' or '&');
        if (!dashed && !allCaps)
        {
            return false;
        }

        if (dashed)
        {
            i++;
        }

        var remainder = lead[i..].Trim();
        if (remainder.Length == 0)
        {
            return false;
        }

        tag = inner;
        rest = remainder;
        return true;
    }

    /// <summary>Whether a line ends a sentence: <c>. ! ? … : ;</c>, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsWithSentencePunctuation(string line)
    {
        var i = line.Length - 1;
        while (i >= 0 && line[i] is '"' or '”' or '’' or '\'' or '»' or ')' or ']' or ' ')
        {
            i--;
        }

        return i >= 0 && line[i] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>
    /// Whether a line holds more than one sentence: a <c>. ! ? …</c> followed by a space and a capital letter,
    /// where the word before the period is not a one- or two-letter abbreviation in capitals (<c>TP. Đồng Hới</c>).
    /// </summary>
    public static bool HasSentenceBreak(string line)
    {
        for (var i = 1; i + 2 < line.Length; i++)
        {
            var c = line[i];
            if (c is not ('.' or '!' or '?' or '…') || line[i + 1] != ' ')
            {
                continue;
            }

            var next = i + 2;
            while (next < line.Length && line[next] is '"' or '“' or '‘' or '(' or ' ')
            {
                next++;
            }

            if (next >= line.Length || !char.IsUpper(line[next]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviationBefore(line, i))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Whether a line could be a caption by its shape: short, one sentence, has a letter.</summary>
    public static bool IsCaptionCandidate(string line) =>
        line.Length <= MaxCaptionChars && line.Any(char.IsLetter) && !HasSentenceBreak(line);

    /// <summary>
    /// Whether a short line (at most <see cref="MaxCaptionChars"/>) carries a photo credit, the mark of a caption:
    /// it ends with <c>Ảnh: Wikipedia</c>, <c>(Ảnh: VGP/Huy Thắng)</c>, <c>(Ảnh minh họa)</c>, or opens with <c>Ảnh:</c>.
    /// </summary>
    public static bool HasPhotoCredit(string line) =>
        line.Length <= MaxCaptionChars
        && (line.Contains("Ảnh", StringComparison.Ordinal) || line.Contains("ảnh", StringComparison.Ordinal) || line.Contains("ẢNH", StringComparison.Ordinal))
        && PhotoCreditPattern().IsMatch(line);

    /// <summary>Whether a line is junk (no letter and no digit: <c>.</c>, <c>;</c>, <c>***</c>).</summary>
    public static bool IsJunk(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts words separated by spaces.</summary>
    public static int CountWords(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsAbbreviationBefore(string line, int periodIndex)
    {
        var start = periodIndex;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        var word = line.AsSpan(start, periodIndex - start);
        if (word.Length is 0 or > 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(Ảnh|ẢNH)\s*:|(^|[\s.])(Ảnh|ẢNH)\s*:\s*[^.:()]{1,60}$|\(\s*(Ảnh|ảnh|ẢNH)(\s*:\s*[^.:()]{1,60}|\s+(minh\s+họa|minh\s+hoạ|tư\s+liệu))\s*\)\s*$|(^|\.\s+)Ảnh\s+(minh\s+họa|minh\s+hoạ|tư\s+liệu)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditPattern();
}
