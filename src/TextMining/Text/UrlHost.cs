namespace TextMining.Text;

/// <summary>
/// The host of an absolute address, as <see cref="Uri.Host"/> gives it up to letter case. A plain
/// <c>http://</c> or <c>https://</c> address with a letters-digits-hyphens host is read straight from the string;
/// anything else (ports, user names, other schemes, unusual hosts) goes through <see cref="Uri"/>.
/// </summary>
internal static class UrlHost
{
    /// <summary>Addresses longer than this go through <see cref="Uri"/>, which refuses the very long.</summary>
    private const int MaxPlainLength = 2048;

    private const int MaxLabelLength = 63;

    /// <summary>Whether <paramref name="url"/> is an absolute address; <paramref name="host"/> is then its host.</summary>
    public static bool TryGet(string url, out ReadOnlySpan<char> host)
    {
        if (TryPlain(url, out host))
        {
            return true;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            host = default;
            return false;
        }

        host = uri.Host;
        return true;
    }

    /// <summary>The host of a plain http(s) address, read without parsing; false when the address needs <see cref="Uri"/>.</summary>
    private static bool TryPlain(string url, out ReadOnlySpan<char> host)
    {
        host = default;
        var start = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : -1;
        if (start < 0 || url.Length > MaxPlainLength)
        {
            return false;
        }

        var end = start;
        var label = 0;
        var lastLabel = start;
        for (; end < url.Length && url[end] is not ('/' or '?' or '#'); end++)
        {
            var c = url[end];
            if (c == '.')
            {
                if (label == 0)
                {
                    return false;
                }

                label = 0;
                lastLabel = end + 1;
            }
            else if (char.IsAsciiLetterOrDigit(c) || (c == '-' && label > 0))
            {
                if (++label > MaxLabelLength)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        // An empty host, an empty last label (a trailing dot), a host ending in a hyphen or one Uri may read as an
        // IPv4 address (its last label starts with a digit: 10.0.0.1, 0x7f.1) is left to Uri.
        if (label == 0 || url[end - 1] == '-' || char.IsAsciiDigit(url[lastLabel]))
        {
            return false;
        }

        host = url.AsSpan(start, end - start);
        return true;
    }
}
