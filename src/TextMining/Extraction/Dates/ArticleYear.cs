namespace TextMining.Extraction.Dates;

/// <summary>
/// The year an article is about, used to complete dates written without one (<c>Ngày 8 tháng 3</c>).
/// Taken from the title (the latest year it states: <c>… năm 2019</c>, <c>21/04/2017</c>), else from the dateline,
/// else from <see cref="Article.Published"/>. A day that would fall more than two months after the article's own day
/// (its publication date, else the first full date in its body in that year) is taken to be in the year before.
/// </summary>
internal sealed class ArticleYear
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    /// <summary>How far after the anchor day (publication, or the report's own day) a completed date may fall before the year before is meant.</summary>
    private const int PublishedLeewayDays = 60;

    private readonly DateOnly? _anchor;

    private ArticleYear(int? year, DateOnly? published)
    {
        Year = year;
        _anchor = published;
    }

    /// <summary>No year known.</summary>
    public static ArticleYear None { get; } = new(null, null);

    /// <summary>The year, or null when the article states none.</summary>
    public int? Year { get; }

    /// <summary>Finds the article's year.</summary>
    /// <param name="article">The article.</param>
    /// <param name="key">The matching key of <see cref="Article.Text"/>.</param>
    /// <returns>The year and where it came from.</returns>
    public static ArticleYear Of(Article article, string key)
    {
        var title = article.Blocks.Count > 0 && article.Blocks[0].Kind == ArticleBlockKind.Title
            ? article.Blocks[0].Span
            : new Text.SourceSpan(0, article.Title.Length);
        if (article.Published is { } published)
        {
            var day = DateOnly.FromDateTime(published.DateTime);
            var stated = LatestYear(article.Text, key, title.Start, title.End) ?? DatelineYear(article, key);
            return new ArticleYear(stated ?? published.Year, stated is null || stated == day.Year ? day : null);
        }

        if ((LatestYear(article.Text, key, title.Start, title.End) ?? DatelineYear(article, key)) is { } year)
        {
            // The report's own day, when the body states one in that year, anchors year-less days the same way
            // a publication date does: "đêm 31/12" in a report of 5/1/2021 is 31 December 2020.
            return new ArticleYear(year, FirstFullDate(article.Text, title.End, year));
        }

        return None;
    }

    private static int? DatelineYear(Article article, string key)
    {
        foreach (var block in article.Blocks)
        {
            if (block.Kind == ArticleBlockKind.Dateline && LatestYear(article.Text, key, block.Span.Start, block.Span.End) is { } datelineYear)
            {
                return datelineYear;
            }
        }

        return null;
    }

    /// <summary>The first <c>D/M/YYYY</c> (or <c>-</c>, <c>.</c>) after <paramref name="start"/> whose year is <paramref name="year"/>.</summary>
    private static DateOnly? FirstFullDate(string text, int start, int year)
    {
        for (var i = start; i < text.Length; i++)
        {
            // Only a digit may start a date: jump to the next one.
            var next = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '/' or '-' or '.'))
            {
                continue;
            }

            if (ReadNumber(text, i, 2, out var day, out var p) && p < text.Length && text[p] is '/' or '-' or '.'
                && ReadNumber(text, p + 1, 2, out var month, out var q) && q < text.Length && text[q] == text[p]
                && ReadNumber(text, q + 1, 4, out var y, out var r) && r - q - 1 == 4 && (r == text.Length || !char.IsAsciiDigit(text[r]))
                && y == year && DateScanner.IsValid(y, month, day))
            {
                return new DateOnly(y, month, day);
            }
        }

        return null;
    }

    private static bool ReadNumber(string text, int start, int maxDigits, out int value, out int end)
    {
        value = 0;
        end = start;
        while (end < text.Length && end - start < maxDigits && char.IsAsciiDigit(text[end]))
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        return end > start && (end == text.Length || !char.IsAsciiDigit(text[end]));
    }

    /// <summary>The year to give day <paramref name="day"/> of month <paramref name="month"/>, or null.</summary>
    /// <remarks>
    /// When the year comes from the publication date, a day more than two months after publication is taken to be
    /// in the year before (an article of 3 January 2021 that says <c>ngày 30/12</c> means 30 December 2020).
    /// </remarks>
    public int? YearFor(int month, int day)
    {
        if (Year is not { } year)
        {
            return null;
        }

        if (_anchor is { } published && DateScanner.IsValid(year, month, day)
            && new DateOnly(year, month, day).DayNumber - published.DayNumber > PublishedLeewayDays)
        {
            return year - 1;
        }

        return year;
    }

    /// <summary>
    /// The latest year in [start, end) written as <c>năm YYYY</c>, as the year of <c>D/M/YYYY</c>, or closing a name
    /// before the end or punctuation (<c>Tết Dương lịch 2021</c>).
    /// </summary>
    private static int? LatestYear(string text, string key, int start, int end)
    {
        int? best = null;
        for (var i = start; i + 4 <= end; i++)
        {
            // Only a digit may start a year: jump to the next one.
            var next = text.AsSpan(i, end - i).IndexOfAnyInRange('0', '9');
            if (next < 0 || i + next + 4 > end)
            {
                break;
            }

            i += next;
            if (i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                continue;
            }

            var runEnd = i;
            while (runEnd < end && char.IsAsciiDigit(text[runEnd]))
            {
                runEnd++;
            }

            if (runEnd - i != 4 || (runEnd < text.Length && char.IsLetterOrDigit(text[runEnd]))
                || !int.TryParse(text.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || year is < MinYear or > MaxYear)
            {
                i = runEnd;
                continue;
            }

            var p = i;
            while (p > start && text[p - 1] == ' ')
            {
                p--;
            }

            var afterYearWord = p >= 3 && string.CompareOrdinal(key, p - 3, "năm", 0, 3) == 0 && (p == 3 || !Words.IsLetter(key[p - 4]));
            var afterDate = i >= 2 && text[i - 1] is '/' or '-' or '.' && char.IsAsciiDigit(text[i - 2]);

            // A year closing a name at the end of the line or before punctuation: "… Tết Dương lịch 2021".
            var after = runEnd;
            while (after < end && text[after] == ' ')
            {
                after++;
            }

            var closesName = p > start && Words.IsLetter(text[p - 1]) && (after == end || text[after] is ',' or ';' or ':' or '.' or ')' or '!' or '?');
            if (afterYearWord || afterDate || closesName)
            {
                best = best is { } b ? Math.Max(b, year) : year;
            }

            i = runEnd;
        }

        return best;
    }
}
