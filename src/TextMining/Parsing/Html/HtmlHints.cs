using System.Collections.Concurrent;

namespace TextMining.Parsing.Html;

/// <summary>What the words of an element's class, id and data-role say about it.</summary>
[Flags]
internal enum HintFlags
{
    None = 0,
    Negative = 1,
    Positive = 2,
    Lead = 4,
    Caption = 8,
    Byline = 16,
    Date = 32,
    Hidden = 64,
    DashAfter = 128,
    PageChrome = 256,
}

/// <summary>
/// The hints of <c>html-hints.tsv</c>: class words that mark furniture, article body, lead, captions, bylines and
/// dates; boilerplate text; JSON-LD article types; words that mark organisation names. Loaded once, read-only.
/// </summary>
internal static class HtmlHints
{
    private const int MaxCachedClassNames = 20_000;
    private static readonly ConcurrentDictionary<string, HintFlags> Cache = new(StringComparer.Ordinal);
    private static readonly List<(string Value, HintFlags Flag, char Match)> ClassHints = [];
    private static readonly List<string> BoilerplatePrefixes = [];
    private static readonly List<string> BoilerplateContains = [];
    private static readonly List<string> OrgWords = [];
    private static readonly List<string> AuthorPrefixes = [];
    private static readonly HashSet<string> ArticleTypeSet = new(StringComparer.OrdinalIgnoreCase);

    static HtmlHints()
    {
        foreach (var row in LexiconResource.ReadRows("Parsing/Html/html-hints.tsv"))
        {
            if (row.Length < 2 || row[1].Length == 0)
            {
                continue;
            }

            var value = row[1];
            if (WordList(row[0]) is { } list)
            {
                list.Words.Add(list.Fold ? VietnameseText.Fold(value) : value);
                continue;
            }

            var flag = ClassHintFlag(row[0]);
            if (flag != HintFlags.None)
            {
                var match = row.Length > 2 && row[2].Length > 0 ? row[2] : "word";
                ClassHints.Add((value.ToLowerInvariant(), flag, match switch
                {
                    "prefix" => 'p',
                    "contains" => 'c',
                    "class" => 'k',
                    _ => 'w',
                }));
            }
        }
    }

    /// <summary>The word list a row of <paramref name="role"/> adds to, and whether its words are folded first; null for class hints.</summary>
    private static (ICollection<string> Words, bool Fold)? WordList(string role) => role switch
    {
        "boilerplate" => (BoilerplatePrefixes, true),
        "boilerplate-contains" => (BoilerplateContains, true),
        "article-type" => (ArticleTypeSet, false),
        "org-word" => (OrgWords, true),
        "author-prefix" => (AuthorPrefixes, false),
        _ => null,
    };

    /// <summary>The flag a class-hint row of <paramref name="role"/> gives; none for other roles.</summary>
    private static HintFlags ClassHintFlag(string role) => role switch
    {
        "negative" => HintFlags.Negative,
        "page-chrome" => HintFlags.PageChrome,
        "positive" => HintFlags.Positive,
        "lead" => HintFlags.Lead,
        "caption" => HintFlags.Caption,
        "byline" => HintFlags.Byline,
        "date" => HintFlags.Date,
        "hidden" => HintFlags.Hidden,
        "dash-after" => HintFlags.DashAfter,
        _ => HintFlags.None,
    };

    /// <summary>The JSON-LD <c>@type</c> values that mark an article.</summary>
    public static IReadOnlySet<string> ArticleTypes => ArticleTypeSet;

    /// <summary>Words that open a byline without being part of the name (<c>Theo</c>, <c>Bài:</c>).</summary>
    public static IReadOnlyList<string> AuthorNamePrefixes => AuthorPrefixes;

    /// <summary>Classifies the class, id and data-role values of one element.</summary>
    public static HintFlags Classify(string attributes)
    {
        if (attributes.Length == 0)
        {
            return HintFlags.None;
        }

        return BoundedCache.GetOrCompute(Cache, attributes, Compute, MaxCachedClassNames);
    }

    /// <summary>Whether a block's text is page furniture: it opens with a boilerplate phrase or is a short copyright/contact line.</summary>
    public static bool IsBoilerplate(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        var folded = VietnameseText.Fold(trimmed.Length > 64 ? trimmed[..64].ToString() : trimmed.ToString());
        foreach (var prefix in BoilerplatePrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal)
                && (folded.Length == prefix.Length || !char.IsLetterOrDigit(folded[prefix.Length]) || !char.IsLetterOrDigit(prefix[^1])))
            {
                // "Chia sẻ", "Bình luận (12)", "Xem thêm: ..." and "Tin liên quan" are furniture; a sentence that
                // happens to open with the same words ("Chia sẻ với phóng viên, ông ...") is not.
                if (folded.Length <= prefix.Length + 15 || HasColonAfter(folded, prefix.Length) || !char.IsLetterOrDigit(prefix[^1]))
                {
                    return true;
                }
            }
        }

        if (trimmed.Length <= 300)
        {
            folded = trimmed.Length > 64 ? VietnameseText.Fold(trimmed.ToString()) : folded;
            foreach (var part in BoilerplateContains)
            {
                if (folded.Contains(part, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            if (trimmed.Length <= 160 && LooksLikeContactLine(trimmed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is an organisation (a site or newspaper) rather than a person.</summary>
    public static bool IsOrganizationName(string name)
    {
        var folded = VietnameseText.Fold(name);
        foreach (var word in OrgWords)
        {
            var at = folded.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var startOk = at == 0 || !char.IsLetter(folded[at - 1]) || !char.IsLetter(word[0]);
                var end = at + word.Length;
                var endOk = end == folded.Length || !char.IsLetter(folded[end]) || !char.IsLetter(word[^1]);
                if (startOk && endOk)
                {
                    return true;
                }

                at = folded.IndexOf(word, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Splits a class or id value into lower-case words at non-letters and camelCase humps.</summary>
    internal static List<string> SplitWords(string value)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0)
            {
                var previousLower = char.IsLower(value[i - 1]) || char.IsDigit(value[i - 1]);
                var nextLower = i + 1 < value.Length && char.IsLower(value[i + 1]);
                if (previousLower || (char.IsUpper(value[i - 1]) && nextLower))
                {
                    Flush();
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static HintFlags Compute(string attributes)
    {
        var flags = HintFlags.None;
        var words = SplitWords(attributes);
        var classNames = attributes.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (value, flag, match) in ClassHints)
        {
            if ((flags & flag) != 0)
            {
                continue;
            }

            var hit = match switch
            {
                'k' => Array.IndexOf(classNames, value) >= 0,
                'p' => words.Exists(w => w.StartsWith(value, StringComparison.Ordinal)),
                'c' => words.Exists(w => w.Contains(value, StringComparison.Ordinal)),
                _ => words.Contains(value),
            };
            if (hit)
            {
                flags |= flag;
            }
        }

        return flags;
    }

    private static bool HasColonAfter(string folded, int from)
    {
        var limit = Math.Min(folded.Length, from + 3);
        for (var i = from; i < limit; i++)
        {
            if (folded[i] == ':')
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeContactLine(ReadOnlySpan<char> text)
    {
        // A footer line with an e-mail address or a phone number label, e.g. "Email: toasoan@... - ĐT: 024...".
        var at = text.IndexOf('@');
        if (at > 0 && at < text.Length - 3 && text[(at + 1)..].IndexOf('.') > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            var digits = 0;
            foreach (var c in text)
            {
                if (char.IsDigit(c))
                {
                    digits++;
                }
            }

            var folded = VietnameseText.Fold(text.ToString());
            return digits >= 8 || folded.Contains("email", StringComparison.Ordinal) || folded.Contains("lien he", StringComparison.Ordinal);
        }

        return false;
    }
}
