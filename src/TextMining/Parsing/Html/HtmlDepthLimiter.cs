namespace TextMining.Parsing.Html;

/// <summary>
/// Flattens pathologically deep markup before HtmlAgilityPack sees it: its parser slows down with the square of the
/// nesting depth (10,000 nested <c>&lt;div&gt;</c>s take seconds). Opening tags beyond <see cref="MaxDepth"/> are
/// dropped together with as many closing tags, so the text stays and the tree stays shallow. One linear scan;
/// the input is returned unchanged when it is not too deep.
/// </summary>
internal static class HtmlDepthLimiter
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "basefont", "bgsound", "frame", "isindex", "spacer",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidLookup = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the markup with nesting capped at <see cref="MaxDepth"/>.</summary>
    /// <param name="html">The markup.</param>
    /// <param name="limited">Whether any tag was dropped.</param>
    public static string Limit(string html, out bool limited)
    {
        limited = false;
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var depth = 0;
        var dropped = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                i = SkipDeclaration(html, i);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = html.IndexOf('<', i + 1);
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = html[tagEnd - 1] == '/';
            var isVoid = VoidLookup.Contains(name);
            var drop = false;
            if (closing)
            {
                if (!isVoid)
                {
                    if (dropped > 0)
                    {
                        dropped--;
                        drop = true;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
            }
            else if (!selfClosing && !isVoid)
            {
                if (depth >= MaxDepth)
                {
                    dropped++;
                    drop = true;
                }
                else
                {
                    depth++;
                }
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedUpTo, i - copiedUpTo);
                copiedUpTo = tagEnd + 1;
                limited = true;
            }

            i = !closing && IsRawText(name) ? SkipRawText(html, tagEnd + 1, name) : html.IndexOf('<', tagEnd + 1);
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Length is 5 or 6 or 8 && (name[0] | 0x20) is 's' or 't' && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase));

    private static int SkipRawText(string html, int from, ReadOnlySpan<char> name)
    {
        var close = "</" + name.ToString();
        var at = html.IndexOf(close, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? -1 : at;
    }

    private static int SkipDeclaration(string html, int at)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return end < 0 ? -1 : html.IndexOf('<', end + 3);
        }

        var close = html.IndexOf('>', at + 2);
        return close < 0 ? -1 : html.IndexOf('<', close + 1);
    }
}
