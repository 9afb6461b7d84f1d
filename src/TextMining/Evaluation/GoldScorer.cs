namespace TextMining.Evaluation;

/// <summary>
/// Scores one analysis against one gold annotation exactly as the extraction spec defines:
/// dates as sets of values (time of day ignored), officials by diacritic-folded name, figures as multisets of
/// values, models by folded name or 80% word overlap; optional values are neither required nor wrong.
/// </summary>
internal static class GoldScorer
{
    /// <summary>The word overlap at which two model names count as the same model.</summary>
    public const double ModelOverlapThreshold = 0.8;

    public static IReadOnlyList<KindOutcome> Score(GoldArticle gold, ArticleAnalysis analysis, OfficialDetail detail) =>
    [
        ScoreDates(gold, analysis),
        ScoreOfficials(gold, analysis, detail),
        ScoreFigures(gold, analysis),
        ScoreModels(gold, analysis),
    ];

    internal static string DayValue(string value)
    {
        var t = value.IndexOf('T', StringComparison.Ordinal);
        return t > 0 ? value[..t] : value;
    }

    private static KindOutcome ScoreDates(GoldArticle gold, ArticleAnalysis analysis)
    {
        var expected = gold.Dates.Select(DayValue).ToHashSet(StringComparer.Ordinal);
        var optional = gold.OptionalDates.Select(DayValue).ToHashSet(StringComparer.Ordinal);
        var found = analysis.Dates.Select(d => DayValue(d.Value)).ToHashSet(StringComparer.Ordinal);
        var missed = expected.Where(v => !found.Contains(v)).Order(StringComparer.Ordinal).ToArray();
        var extra = found.Where(v => !expected.Contains(v) && !optional.Contains(v)).Order(StringComparer.Ordinal).ToArray();
        var tp = expected.Count - missed.Length;
        return KindOutcome.Of(ScoredKind.Dates, tp, missed, extra);
    }

    private static KindOutcome ScoreOfficials(GoldArticle gold, ArticleAnalysis analysis, OfficialDetail detail)
    {
        var unmatched = analysis.Officials.ToList();
        var missed = new List<string>();
        var tp = 0;
        foreach (var g in gold.Officials)
        {
            var key = FoldName(g.Name);
            var match = unmatched.FirstOrDefault(o => FoldName(o.Name) == key);
            if (match is null)
            {
                missed.Add(g.Name);
                continue;
            }

            unmatched.Remove(match);
            tp++;
            detail.Matched++;
            if (SameText(g.Rank, match.Rank))
            {
                detail.RankCorrect++;
            }

            foreach (var position in g.Positions)
            {
                detail.GoldPositions++;
                if (match.Positions.Any(p => SameText(p, position)))
                {
                    detail.PositionsFound++;
                }
                else
                {
                    detail.MissedPositions.Add($"{g.Name}: {position}");
                }
            }
        }

        var extra = unmatched.Select(o => o.Name).ToArray();
        return KindOutcome.Of(ScoredKind.Officials, tp, missed, extra);
    }

    private static KindOutcome ScoreFigures(GoldArticle gold, ArticleAnalysis analysis)
    {
        var remaining = analysis.Figures.Select(f => f.Value).ToList();
        var missed = new List<string>();
        var tp = 0;
        foreach (var g in gold.Figures)
        {
            var index = remaining.FindIndex(v => SameNumber(v, g.Value));
            if (index < 0)
            {
                missed.Add(FormatFigure(g.Value, g.Unit));
                continue;
            }

            remaining.RemoveAt(index);
            tp++;
        }

        var extra = remaining
            .Where(v => !gold.OptionalFigures.Any(o => SameNumber(o, v)))
            .Select(v => FormatFigure(v, analysis.Figures.First(f => SameNumber(f.Value, v)).Unit))
            .ToArray();
        return KindOutcome.Of(ScoredKind.Figures, tp, missed, extra);
    }

    private static KindOutcome ScoreModels(GoldArticle gold, ArticleAnalysis analysis)
    {
        var unmatched = analysis.Models.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        var missed = new List<string>();
        var tp = 0;
        foreach (var name in gold.Models)
        {
            var index = unmatched.FindIndex(m => SameModel(m, name));
            if (index < 0)
            {
                missed.Add(name);
                continue;
            }

            unmatched.RemoveAt(index);
            tp++;
        }

        return KindOutcome.Of(ScoredKind.Models, tp, missed, unmatched);
    }

    internal static bool SameModel(string found, string gold)
    {
        if (FoldName(found) == FoldName(gold))
        {
            return true;
        }

        var a = Words(found);
        var b = Words(gold);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var shared = a.Intersect(b, StringComparer.Ordinal).Count();
        return shared >= ModelOverlapThreshold * Math.Max(a.Count, b.Count);
    }

    internal static string FoldName(string name) =>
        string.Join(' ', Words(name));

    private static List<string> Words(string text) =>
        VietnameseText.Fold(VietnameseText.Normalize(text))
            .Split(static c => !char.IsLetterOrDigit(c))
            .ToList();

    private static bool SameText(string? a, string? b) =>
        a is null || b is null
            ? a is null && b is null
            : VietnameseText.ToMatchingKey(VietnameseText.CollapseSpaces(VietnameseText.Normalize(a)).Trim())
              == VietnameseText.ToMatchingKey(VietnameseText.CollapseSpaces(VietnameseText.Normalize(b)).Trim());

    private static bool SameNumber(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static string FormatFigure(double value, string? unit) =>
        unit is null ? value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : $"{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {unit}";

    /// <summary>Officials detail accumulated over articles.</summary>
    internal sealed class OfficialDetail
    {
        public int Matched { get; set; }

        public int RankCorrect { get; set; }

        public int GoldPositions { get; set; }

        public int PositionsFound { get; set; }

        public List<string> MissedPositions { get; } = [];
    }
}

file static class SplitExtensions
{
    public static IEnumerable<string> Split(this string text, Func<char, bool> isSeparator)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !isSeparator(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
