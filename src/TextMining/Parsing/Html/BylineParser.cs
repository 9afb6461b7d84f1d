namespace TextMining.Parsing.Html;

/// <summary>
/// Reads author names from a byline: <c>Giang Huy - Hoàng Phương</c>, <c>Hà Thu (tổng hợp)</c>,
/// <c>Tâm Giao\nẢnh: Cao Trung Hiếu</c>, <c>NHẬT XUÂN - NGHI VŨ</c>, <c>Theo Hồ Hương</c>. A byline yields names only
/// when every part looks like a personal name (one to six capitalised words), so a short heading is never taken.
/// </summary>
internal static class BylineParser
{
    private static readonly string[] Separators = [" - ", " – ", " — ", ", ", " và ", " & ", ";", "/", "|"];

    /// <summary>The names of the byline, or an empty list when it does not read as a byline.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var names = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = HtmlArticleParser.Clean(rawLine);
            if (line.Length == 0)
            {
                continue;
            }

            // Photo and video credits on their own line ("Ảnh: Cao Trung Hiếu") are not authors.
            var folded = VietnameseText.Fold(line);
            if (folded.StartsWith("anh:", StringComparison.Ordinal) || folded.StartsWith("anh :", StringComparison.Ordinal)
                || folded.StartsWith("video", StringComparison.Ordinal) || folded.StartsWith("do hoa", StringComparison.Ordinal)
                || folded.StartsWith("clip", StringComparison.Ordinal))
            {
                continue;
            }

            line = RemoveParentheses(line);
            var parts = new List<string> { line };
            foreach (var separator in Separators)
            {
                parts = parts.SelectMany(p => p.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            }

            foreach (var part in parts)
            {
                var name = CleanName(part);
                if (name.Length == 0)
                {
                    continue;
                }

                if (!LooksLikeName(name))
                {
                    return [];
                }

                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Strips a leading <c>Theo</c>/<c>Bài:</c> and trailing punctuation from one name.</summary>
    public static string CleanName(string name)
    {
        var clean = HtmlArticleParser.Clean(RemoveParentheses(name)).Trim(' ', '.', ',', ':', '-', '–', '*');
        foreach (var prefix in HtmlHints.AuthorNamePrefixes)
        {
            if (clean.Length > prefix.Length && clean.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix[^1] == ':' || clean[prefix.Length] == ' '))
            {
                clean = clean[prefix.Length..].Trim(' ', ':');
                break;
            }
        }

        return clean;
    }

    private static string RemoveParentheses(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0)
            {
                text = text[..open];
                break;
            }

            text = text[..open] + text[(close + 1)..];
            open = text.IndexOf('(', StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static bool LooksLikeName(string name)
    {
        if (name.Length > 40)
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6)
        {
            return false;
        }

        foreach (var word in words)
        {
            var first = word[0];
            if (!char.IsLetter(first) || !char.IsUpper(first))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '.' and not '\'' and not '-')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
