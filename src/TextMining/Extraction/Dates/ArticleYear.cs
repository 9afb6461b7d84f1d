using System.Globalization;
using TextMining.Parsing;

namespace TextMining.Extraction.Dates;

/// <summary>
/// The year an article is about, used to complete dates written without one (<c>Ngày 8 tháng 3</c>).
/// Taken from the title (the latest year it states: <c>… năm 2019</c>, <c>21/04/2017</c>), else from the dateline,
/// else from <see cref="Article.Published"/>.
/// </summary>
internal sealed class ArticleYear
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    /// <summary>How far after the publication day a completed date may fall before the year before is meant.</summary>
    private const int PublishedLeewayDays = 60;

    private readonly DateOnly? _published;

    private ArticleYear(int? year, DateOnly? published)
    {
        Year = year;
        _published = published;
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
        if (LatestYear(article.Text, key, title.Start, title.End) is { } titleYear)
        {
            return new ArticleYear(titleYear, null);
        }

        foreach (var block in article.Blocks)
        {
            if (block.Kind == ArticleBlockKind.Dateline && LatestYear(article.Text, key, block.Span.Start, block.Span.End) is { } datelineYear)
            {
                return new ArticleYear(datelineYear, null);
            }
        }

        if (article.Published is { } published)
        {
            return new ArticleYear(published.Year, DateOnly.FromDateTime(published.DateTime));
        }

        return None;
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

        if (_published is { } published && DateScanner.IsValid(year, month, day)
            && new DateOnly(year, month, day).DayNumber - published.DayNumber > PublishedLeewayDays)
        {
            return year - 1;
        }

        return year;
    }

    /// <summary>The latest year in [start, end) written as <c>năm YYYY</c> or as the year of <c>D/M/YYYY</c>.</summary>
    private static int? LatestYear(string text, string key, int start, int end)
    {
        int? best = null;
        for (var i = start; i + 4 <= end; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
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

            var afterYearWord = p >= 3 && string.CompareOrdinal(key, p - 3, "năm", 0, 3) == 0 && (p == 3 || !char.IsLetter(key[p - 4]));
            var afterDate = i >= 2 && text[i - 1] is '/' or '-' or '.' && char.IsAsciiDigit(text[i - 2]);
            if (afterYearWord || afterDate)
            {
                best = best is { } b ? Math.Max(b, year) : year;
            }

            i = runEnd;
        }

        return best;
    }
}
