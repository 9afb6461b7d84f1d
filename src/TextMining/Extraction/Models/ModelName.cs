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

    /// <summary>
    /// The key that tells two mentions of one model apart from two models: abbreviations expanded, then
    /// <see cref="Key"/> (<c>Tổ tự quản về ANTT</c> and <c>tổ tự quản về an ninh trật tự</c> are one model).
    /// </summary>
    public static string IdentityKey(string name)
    {
        var builder = AbbreviationLexicon.AppendExpanded(new StringBuilder(name.Length + 16), name, 0, name.Length, ModelCues.Default.Abbreviations);

        // "Tổ liên gia tự quản ANTT" = "… về ANTT"; "thôn, bản" = "thôn bản".
        var fillers = ModelCues.Default.Fillers;
        return string.Join(' ', WordsOnly(Key(builder.ToString())).Split(' ').Where(w => !fillers.Contains(w)));
    }

    /// <summary>The words of a key separated by single spaces, punctuation dropped (<c>thon, ban</c> → <c>thon ban</c>).</summary>
    public static string WordsOnly(string key)
    {
        var builder = new StringBuilder(key.Length);
        for (var k = Words.NextWordStart(key, 0); k < key.Length;)
        {
            var end = Words.WordEnd(key, k);
            builder.Append(builder.Length > 0 ? " " : string.Empty).Append(key, k, end - k);
            k = Words.NextWordStart(key, end);
        }

        return builder.ToString();
    }
}
