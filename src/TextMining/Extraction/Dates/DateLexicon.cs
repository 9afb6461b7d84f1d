namespace TextMining.Extraction.Dates;

/// <summary>
/// The words of <c>date-words.tsv</c> and <c>roman-numerals.tsv</c>, grouped by role, as matching keys
/// (<see cref="VietnameseText.ToMatchingKey"/>), longest phrase first within each role. Loaded once, read-only.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> Lazy = new(() => new DateLexicon(
        LexiconResource.ReadRows("Extraction/Dates/date-words.tsv"),
        LexiconResource.ReadRows("Extraction/Dates/roman-numerals.tsv")));

    private static readonly DateWords None = new([]);

    private readonly Dictionary<string, DateWords> _byRole;

    private DateLexicon(IReadOnlyList<string[]> words, IReadOnlyList<string[]> romans)
    {
        _byRole = words
            .Where(r => r.Length >= 2 && r[1].Length > 0)
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new DateWords(g.Select(r => new Phrase(VietnameseText.ToMatchingKey(r[0]), r.Length > 2 ? r[2] : string.Empty))
                    .OrderByDescending(p => p.Key.Length)
                    .ToArray()),
                StringComparer.Ordinal);
        Romans = new PhraseMatcher<int>(
            romans.Where(r => r.Length >= 2 && int.TryParse(r[1], out _)).Select(r => new PhraseRow<int>(r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))),
            MatchView.Text,
            joins: (last, next) => Words.IsLetter(next));
        Roles = new DateRoleWords(this);
    }

    /// <summary>The shared instance.</summary>
    public static DateLexicon Instance => Lazy.Value;

    /// <summary>The words of each role the scanner reads.</summary>
    public DateRoleWords Roles { get; }

    /// <summary>Roman numerals of quarters, as written (upper case), with their values; never followed by a letter.</summary>
    public PhraseMatcher<int> Romans { get; }

    /// <summary>The words of <paramref name="role"/>; none when the lexicon has none.</summary>
    public DateWords this[string role] => _byRole.TryGetValue(role, out var words) ? words : None;

    /// <summary>A lexicon phrase (matching key) with the value column.</summary>
    /// <param name="Key">The phrase as a matching key.</param>
    /// <param name="Value">The value column, or empty.</param>
    internal readonly record struct Phrase(string Key, string Value);
}

/// <summary>The date words of each role the <see cref="DateScanner"/> reads, looked up once per lexicon.</summary>
internal sealed class DateRoleWords(DateLexicon lexicon)
{
    public DateWords Day { get; } = lexicon[DateRoles.Day];

    public DateWords PartOfDay { get; } = lexicon[DateRoles.PartOfDay];

    public DateWords RelativeDay { get; } = lexicon[DateRoles.RelativeDay];

    public DateWords Weekday { get; } = lexicon[DateRoles.Weekday];

    public DateWords RangeStart { get; } = lexicon[DateRoles.RangeStart];

    public DateWords Connector { get; } = lexicon[DateRoles.Connector];

    public DateWords YearConnector { get; } = lexicon[DateRoles.YearConnector];

    public DateWords Month { get; } = lexicon[DateRoles.Month];

    public DateWords Year { get; } = lexicon[DateRoles.Year];

    public DateWords Quarter { get; } = lexicon[DateRoles.Quarter];

    public DateWords Half { get; } = lexicon[DateRoles.Half];

    public DateWords HalfWord { get; } = lexicon[DateRoles.HalfWord];

    public DateWords Period { get; } = lexicon[DateRoles.Period];

    public DateWords ThisYear { get; } = lexicon[DateRoles.ThisYear];

    public DateWords RelativeYear { get; } = lexicon[DateRoles.RelativeYear];

    public DateWords Lunar { get; } = lexicon[DateRoles.Lunar];

    public DateWords ClockHour { get; } = lexicon[DateRoles.ClockHour];

    public DateWords ClockMinute { get; } = lexicon[DateRoles.ClockMinute];

    public DateWords Offset { get; } = lexicon[DateRoles.Offset];

    public DateWords Yearly { get; } = lexicon[DateRoles.Yearly];

    public DateWords Per { get; } = lexicon[DateRoles.Per];

    public DateWords CountAfter { get; } = lexicon[DateRoles.CountAfter];

    public DateWords YearFollow { get; } = lexicon[DateRoles.YearFollow];

    /// <summary>The counts of months that make a half year (<c>6 tháng đầu năm</c>), -1 for a value that is no number.</summary>
    public int[] HalfCounts { get; } = [.. lexicon[DateRoles.HalfCount].Phrases.Select(p => int.TryParse(p.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)];
}

/// <summary>
/// The date words of one role, matched with the shared <see cref="PhraseMatcher{T}"/> in the matching key, forwards
/// from a start or backwards from an end, longest first. A phrase ending in a letter may not run on into a letter
/// (<c>tháng</c> matches in <c>tháng3</c> but not in <c>thángx</c>), one ending in a digit not into a digit
/// (<c>thứ 2</c> not in <c>thứ 20</c>); backwards, a phrase starting with a letter may not follow a letter, any other
/// may not follow a letter or digit.
/// </summary>
internal sealed class DateWords
{
    private readonly PhraseMatcher<DateLexicon.Phrase> _forward;
    private readonly PhraseMatcher<DateLexicon.Phrase> _backward;

    public DateWords(DateLexicon.Phrase[] phrases)
    {
        Phrases = phrases;
        var rows = phrases.Select(p => new PhraseRow<DateLexicon.Phrase>(p.Key, p)).ToArray();
        _forward = new PhraseMatcher<DateLexicon.Phrase>(rows, joins: JoinsForward);
        _backward = new PhraseMatcher<DateLexicon.Phrase>(rows, backward: true, joins: JoinsBackward);
    }

    /// <summary>The phrases, longest first.</summary>
    public IReadOnlyList<DateLexicon.Phrase> Phrases { get; }

    /// <summary>The longest phrase starting at <paramref name="start"/> of <paramref name="key"/>.</summary>
    public bool MatchAt(string key, int start, out DateLexicon.Phrase phrase, out int end) => Match(_forward, key, start, out phrase, out end);

    /// <summary>
    /// The longest phrase ending at <paramref name="end"/> of <paramref name="key"/>; an offset whose last two
    /// characters end no phrase is turned down before the trie is walked.
    /// </summary>
    public bool MatchEnding(string key, int end, out DateLexicon.Phrase phrase, out int start)
    {
        if (!_backward.MayEndAt(key, end, 0))
        {
            phrase = default;
            start = end;
            return false;
        }

        return Match(_backward, key, end, out phrase, out start);
    }

    /// <summary>The phrase at <paramref name="at"/> and its other end (<paramref name="at"/> itself when none matched).</summary>
    private static bool Match(PhraseMatcher<DateLexicon.Phrase> matcher, string key, int at, out DateLexicon.Phrase phrase, out int other)
    {
        var found = matcher.TryMatchLongest(key, at, out var match);
        phrase = found ? match.Value : default;
        other = !found ? at : matcher.Backward ? match.Start : match.End;
        return found;
    }

    private static bool JoinsForward(char last, char next) =>
        Words.IsLetter(last) ? Words.IsLetter(next) : char.IsAsciiDigit(last) && char.IsAsciiDigit(next);

    private static bool JoinsBackward(char previous, char first) =>
        Words.IsLetter(first) ? Words.IsLetter(previous) : char.IsLetterOrDigit(previous);
}
