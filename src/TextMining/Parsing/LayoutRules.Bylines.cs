namespace TextMining.Parsing;

/// <summary>The byline rules: a byline on its own line, or glued to the end of the last paragraph.</summary>
internal static partial class LayoutRules
{
    /// <summary>A glued byline is looked for only after at least this many characters of paragraph.</summary>
    public const int MinGluedHeadChars = 40;

    private static readonly BylineWords Words = BylineWords.Load();

    /// <summary>
    /// Reads a byline: 1–4 names of 2–4 capitalised syllables, separated by <c>–</c>, <c>-</c>, <c>,</c>,
    /// <c>;</c>, <c>&amp;</c>, <c>/</c> or <c>và</c>, optionally after a credit such as <c>Bài và ảnh:</c> or an opener
    /// such as <c>Theo</c>, and before a note or source such as <c>(thực hiện)</c>, <c>(TTXVN)</c> or <c>/VOV</c>
    /// (all stripped). A team byline such as <c>Nhóm PV</c> is the author as written. A sentence is not a byline.
    /// The words are data: <c>byline-words.tsv</c>.
    /// </summary>
    /// <example><c>Xuân Hoài – Việt Hùng</c> gives <c>Xuân Hoài</c>, <c>Việt Hùng</c>; <c>Quàng Hương (thực hiện)</c> gives <c>Quàng Hương</c>.</example>
    public static bool TryParseByline(string line, out IReadOnlyList<string> authors) =>
        TryParseByline(line, useStops: false, out authors);

    /// <summary>
    /// Finds a byline glued to the end of a paragraph: <c>… so với cùng kỳ. Hoàng Nga</c>. The text after the
    /// paragraph's last sentence end (<c>. ! ? …</c>, possibly before closing quotes, followed by a space; not after an
    /// abbreviation such as <c>TP.</c>) must be a byline by <see cref="TryParseByline(string, out IReadOnlyList{string})"/>,
    /// not a photo credit, and not a place or other stop word; the text before it must read as a paragraph, not a
    /// caption (more than one sentence or longer than <see cref="MaxCaptionChars"/>, at least
    /// <see cref="MinGluedHeadChars"/> characters, no photo credit).
    /// </summary>
    /// <param name="line">A paragraph, normalised and trimmed.</param>
    /// <param name="head">The paragraph without the byline; it keeps its final punctuation.</param>
    /// <param name="authors">The names.</param>
    /// <example><c>… tăng 12% so với cùng kỳ. Hoàng Nga</c> gives <c>… tăng 12% so với cùng kỳ.</c> and <c>Hoàng Nga</c>.</example>
    public static bool TryFindGluedByline(string line, out string head, out IReadOnlyList<string> authors)
    {
        head = line;
        authors = [];
        if (line.Length < MinGluedHeadChars + 4)
        {
            return false;
        }

        var floor = Math.Max(MinGluedHeadChars, line.Length - MaxBylineChars - 1);
        for (var space = line.Length - 2; space >= floor; space--)
        {
            if (line[space] != ' ')
            {
                continue;
            }

            var end = space - 1;
            while (end > 0 && line[end] is '"' or '”' or '’' or '\'' or '»' or ')')
            {
                end--;
            }

            if (line[end] is not ('.' or '!' or '?' or '…') || (line[end] == '.' && IsAbbreviationAt(line, end)))
            {
                continue;
            }

            // The last sentence end: what follows is the byline or nothing.
            var tail = line[(space + 1)..];
            var before = line[..space].TrimEnd();
            if (HasPhotoCredit(tail) || IsCaptionCandidate(before) || HasPhotoCredit(before)
                || !TryParseByline(tail, useStops: true, out authors))
            {
                authors = [];
                return false;
            }

            head = before;
            return true;
        }

        return false;
    }

    /// <summary>Splits an author field (from a record) into names, with the byline separators.</summary>
    public static IReadOnlyList<string> SplitAuthors(string field)
    {
        var names = new List<string>(2);
        foreach (var part in SplitNames(field))
        {
            var name = part.Trim().Trim('.', ' ');
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static bool TryParseByline(string line, bool useStops, out IReadOnlyList<string> authors)
    {
        authors = [];
        if (line.Length is 0 or > MaxBylineChars || line.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var text = line.Trim();
        var colon = text.IndexOf(':');
        if (colon >= 0)
        {
            var prefix = text[..colon];
            if (!IsCreditPrefix(prefix) && !Words.IsGroup(prefix))
            {
                return false;
            }

            text = text[(colon + 1)..].Trim();
        }

        text = StripOpener(StripPublisher(StripNote(text)));
        if (Words.IsGroup(text))
        {
            authors = [text];
            return true;
        }

        var names = new List<string>(2);
        foreach (var part in SplitNames(text))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!IsPersonName(name) || Words.IsStop(name, withPlaces: useStops) || names.Count == MaxAuthors)
            {
                return false;
            }

            names.Add(name);
        }

        if (names.Count == 0)
        {
            return false;
        }

        authors = names;
        return true;
    }

    /// <summary>Strips a final bracket holding a note (<c>(thực hiện)</c>) or a source (<c>(TTXVN)</c>, <c>(Dân Việt)</c>).</summary>
    private static string StripNote(string text)
    {
        if (!text.EndsWith(')'))
        {
            return text;
        }

        var open = text.LastIndexOf('(');
        if (open <= 0)
        {
            return text;
        }

        var inner = text[(open + 1)..^1].Trim();
        return Words.IsNote(inner) || IsSourceName(inner) ? text[..open].TrimEnd() : text;
    }

    /// <summary>Strips a publisher after the last slash (<c>Vũ Dũng/VOV</c>, <c>Quốc Phan /Dân trí</c>) when it is not a name.</summary>
    private static string StripPublisher(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash <= 0)
        {
            return text;
        }

        var after = StripOpener(text[(slash + 1)..].Trim());
        return IsSourceName(after) && (!IsPersonName(after) || Words.IsStop(after, withPlaces: false)) ? text[..slash].TrimEnd() : text;
    }

    private static string StripOpener(string text)
    {
        var length = Words.OpenerLength(text);
        return length > 0 ? text[length..].TrimStart() : text;
    }

    /// <summary>A source name: starts with a capital, at most 30 characters, no digit or bracket.</summary>
    private static bool IsSourceName(string text) =>
        text.Length is >= 2 and <= 30 && char.IsUpper(text[0]) && text.AsSpan().IndexOfAny("()0123456789") < 0;

    private static IEnumerable<string> SplitNames(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '–' or '—' or '-' or ',' or ';' or '&' or '/')
            {
                yield return text[start..i];
                start = i + 1;
                continue;
            }

            // "và" as a whole word.
            if (text.AsSpan(i).StartsWith(TextMining.Text.Words.And, StringComparison.Ordinal)
                && (i == 0 || text[i - 1] == ' ') && (i + TextMining.Text.Words.And.Length == text.Length || text[i + TextMining.Text.Words.And.Length] == ' '))
            {
                yield return text[start..i];
                start = i + TextMining.Text.Words.And.Length;
                i += TextMining.Text.Words.And.Length - 1;
            }
        }

        yield return text[start..];
    }

    private static bool IsPersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Length > 7 || !char.IsUpper(word[0]))
            {
                return false;
            }

            for (var i = 1; i < word.Length; i++)
            {
                if (!char.IsLower(word[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsCreditPrefix(string prefix)
    {
        var words = VietnameseText.Fold(prefix).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(Words.IsCreditWord);
    }

    /// <summary>Whether the period at <paramref name="periodIndex"/> closes an abbreviation (<c>TP.</c>, <c>ThS.</c>), not a sentence.</summary>
    private static bool IsAbbreviationAt(string line, int periodIndex)
    {
        var start = periodIndex;
        while (start > 0 && (char.IsLetter(line[start - 1]) || (line[start - 1] == '.' && start - 1 > 0 && char.IsLetter(line[start - 2]))))
        {
            start--;
        }

        return IsAbbreviationBefore(line, periodIndex) || Words.IsAbbreviation(line.AsSpan(start, periodIndex - start));
    }

    /// <summary>The words of <c>byline-words.tsv</c>, folded where the file says so. Loaded once, read-only.</summary>
    private sealed class BylineWords
    {
        private readonly HashSet<string> _credits = new(StringComparer.Ordinal);
        private readonly List<string> _openers = [];
        private readonly HashSet<string> _groups = new(StringComparer.Ordinal);
        private readonly HashSet<string> _notes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _stops = new(StringComparer.Ordinal);
        private readonly HashSet<string> _places = new(StringComparer.Ordinal);
        private readonly HashSet<string> _abbreviations = new(StringComparer.Ordinal);
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;

        public static BylineWords Load()
        {
            var words = new BylineWords();
            foreach (var row in LexiconResource.ReadRows("Parsing/byline-words.tsv"))
            {
                if (row.Length < 2 || row[1].Length == 0)
                {
                    continue;
                }

                var value = row[1];
                if (row[0] == "credit")
                {
                    words._credits.UnionWith(VietnameseText.Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                else if (words.ListOf(row[0]) is { } list)
                {
                    list.Words.Add(list.Form(value));
                }
            }

            foreach (var province in LexiconResource.ReadColumn("Extraction/Places/provinces.tsv"))
            {
                words._places.Add(VietnameseText.ToMatchingKey(province));
            }

            words._openers.Sort((a, b) => b.Length.CompareTo(a.Length));
            words._abbreviationLookup = words._abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
            return words;
        }

        public bool IsCreditWord(string foldedWord) => _credits.Contains(foldedWord);

        /// <summary>The word list a row of <paramref name="role"/> adds to, and the form its words are kept in.</summary>
        private (ICollection<string> Words, Func<string, string> Form)? ListOf(string role) => role switch
        {
            "opener" => (_openers, VietnameseText.Fold),
            "group" => (_groups, VietnameseText.Fold),
            "note" => (_notes, VietnameseText.Fold),
            "stop" => (_stops, VietnameseText.ToMatchingKey),
            "abbrev" => (_abbreviations, static value => value),
            _ => null,
        };

        public bool IsGroup(string text) => _groups.Contains(VietnameseText.Fold(VietnameseText.CollapseSpaces(text).Trim()));

        /// <summary>Whether a bracket holds a note, alone or opening it (<c>tổng hợp theo Sputnik</c>).</summary>
        public bool IsNote(string text)
        {
            var folded = VietnameseText.Fold(VietnameseText.CollapseSpaces(text));
            if (_notes.Contains(folded))
            {
                return true;
            }

            var space = folded.IndexOf(' ');
            while (space > 0)
            {
                if (_notes.Contains(folded[..space]))
                {
                    return true;
                }

                space = folded.IndexOf(' ', space + 1);
            }

            return false;
        }

        /// <summary>Whether a name is a stop word; with <paramref name="withPlaces"/>, provinces are stops too.</summary>
        public bool IsStop(string name, bool withPlaces)
        {
            var key = VietnameseText.ToMatchingKey(name);
            return _stops.Contains(key) || (withPlaces && _places.Contains(key));
        }

        public bool IsAbbreviation(ReadOnlySpan<char> word) => word.Length > 0 && _abbreviationLookup.Contains(word);

        /// <summary>The length of an opener word that starts <paramref name="text"/> and is followed by a space, or 0.</summary>
        public int OpenerLength(string text)
        {
            var folded = VietnameseText.Fold(text);
            foreach (var opener in _openers)
            {
                if (folded.Length > opener.Length + 1 && folded.StartsWith(opener, StringComparison.Ordinal) && folded[opener.Length] == ' ')
                {
                    return opener.Length;
                }
            }

            return 0;
        }
    }
}
