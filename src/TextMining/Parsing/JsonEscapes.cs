using System.Globalization;

namespace TextMining.Parsing;

/// <summary>
/// Escapes of lone surrogates in JSON text (<c>\ud800</c> with no <c>\udc00</c> after it): valid JSON, but not valid
/// UTF-16, so System.Text.Json throws an <see cref="InvalidOperationException"/> when it reads such a string or
/// property name, even while it looks up another property. Readers of untrusted JSON rewrite each of them as
/// <c>\uFFFD</c> (the same length) before they parse.
/// </summary>
internal static class JsonEscapes
{
    private const int EscapeLength = 6;

    /// <summary>
    /// Rewrites every escape of a lone surrogate in <paramref name="json"/> (UTF-8 JSON text) as <c>\uFFFD</c>, in place;
    /// returns how many. An escaped pair of surrogates, an escaped backslash before <c>u</c> and every other escape are
    /// left as they are.
    /// </summary>
    public static int ReplaceLoneSurrogates(Span<byte> json)
    {
        var count = 0;
        for (var i = NextEscape(json, 0); i >= 0;)
        {
            var unit = UnitAt(json, i);
            if (unit < 0)
            {
                // Any other escape is a backslash and one character (\\, \", \n, …).
                i = NextEscape(json, i + 2);
                continue;
            }

            if (char.IsHighSurrogate((char)unit) && char.IsLowSurrogate((char)Math.Max(UnitAt(json, i + EscapeLength), 0)))
            {
                i = NextEscape(json, i + (2 * EscapeLength));
                continue;
            }

            if (char.IsSurrogate((char)unit))
            {
                "FFFD"u8.CopyTo(json[(i + 2)..]);
                count++;
            }

            i = NextEscape(json, i + EscapeLength);
        }

        return count;
    }

    /// <summary>Whether <paramref name="json"/> holds a <c>\u</c> escape that may be of a surrogate (<c>\uD…</c>).</summary>
    public static bool MayHaveSurrogateEscape(ReadOnlySpan<byte> json) =>
        json.IndexOf("\\uD"u8) >= 0 || json.IndexOf("\\ud"u8) >= 0;

    /// <summary>The code unit of the <c>\uXXXX</c> escape at <paramref name="i"/>, or -1 when none starts there.</summary>
    private static int UnitAt(ReadOnlySpan<byte> json, int i) =>
        i + EscapeLength <= json.Length && json[i] == '\\' && json[i + 1] == 'u'
            && int.TryParse(json.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
            ? unit
            : -1;

    /// <summary>The next backslash at or after <paramref name="from"/>, or -1.</summary>
    private static int NextEscape(ReadOnlySpan<byte> json, int from)
    {
        if (from >= json.Length)
        {
            return -1;
        }

        var at = json[from..].IndexOf((byte)'\\');
        return at < 0 ? -1 : from + at;
    }
}
