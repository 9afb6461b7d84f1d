using System.Text;
using TextMining.Text;

namespace TextMining.Extraction.Models;

/// <summary>Cleaning and comparing model names.</summary>
internal static class ModelName
{
    /// <summary>The bare name: quotes, outer spaces and trailing punctuation removed, inner runs of spaces collapsed.</summary>
    public static string Clean(ReadOnlySpan<char> raw)
    {
        raw = raw.Trim().TrimEnd(" .,;:…".AsSpan()).Trim();
        var builder = new StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw)
        {
            if (c is '“' or '”' or '"' or '«' or '»')
            {
                continue;
            }

            if (c == ' ')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The comparison key of a name: folded (no case, no diacritics), spaces collapsed.</summary>
    public static string Key(string name) => VietnameseText.Fold(Clean(VietnameseText.Normalize(name)));
}
