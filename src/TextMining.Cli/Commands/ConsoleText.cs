using System.Text;

namespace TextMining.Cli.Commands;

/// <summary>Makes text safe to print in a message: control and bidirectional-override characters are escaped.</summary>
internal static class ConsoleText
{
    /// <summary>
    /// Escapes C0 and C1 controls, DEL and the bidirectional formatting characters (RTL override and its kin) of a
    /// message, typically a file name: <c>\n</c>, <c>\t</c>, <c>\e</c>, else <c>\u202E</c>. Other text is kept.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u001B' => "\\e",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
}
