namespace TextMining.Evaluation;

/// <summary>
/// Measures a pipeline against hand annotations: every <c>&lt;name&gt;.gold.json</c> in a folder with its article
/// beside it (<c>&lt;name&gt;.txt</c>, <c>.html</c> or the gold file's <c>file</c> field).
/// </summary>
public static class Evaluator
{
    private const string GoldSuffix = ".gold.json";
    private const string SharedPrefix = "shared:";
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm"];

    /// <summary>Evaluates every annotated article below <paramref name="folder"/> (recursively).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="pipeline">The pipeline to measure; <see cref="TextMiningPipeline.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static EvaluationReport EvaluateFolder(string folder, TextMiningPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"no such folder: {folder}");
        }

        pipeline ??= TextMiningPipeline.Default;
        var goldFiles = Directory.EnumerateFiles(folder, "*" + GoldSuffix, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        var pairs = new List<(GoldArticle Gold, ArticleAnalysis? Analysis, string ArticlePath, string? Error)>();
        foreach (var goldPath in goldFiles)
        {
            // The report names the file beside its error.
            if (!GoldArticle.TryLoad(goldPath, out var gold, out var loadError, out _))
            {
                pairs.Add((GoldArticle.Empty(goldPath), null, goldPath, loadError));
                continue;
            }

            var articlePath = FindArticle(goldPath, gold);
            if (articlePath is null)
            {
                pairs.Add((gold, null, goldPath, gold.File is { } f && f.StartsWith(SharedPrefix, StringComparison.Ordinal)
                    ? $"{f} is not there: the shared folder is not beside the repository"
                    : "no article file beside the gold file"));
                continue;
            }

            var result = gold.Url is null ? ArticleReader.ReadFile(articlePath).FirstOrDefault() : ReadRecord(articlePath, gold.Url);
            if (result is null || !result.TryGetArticle(out var article))
            {
                var reason = result?.Diagnostics.FirstOrDefault()?.ToString() ?? "no article read";
                pairs.Add((gold, null, articlePath, reason));
                continue;
            }

            pairs.Add((gold, pipeline.Analyze(article), articlePath, null));
        }

        return Evaluate(pairs);
    }

    /// <summary>Scores analyses against their gold annotations.</summary>
    /// <param name="pairs">Gold annotations with the analysis of the same article.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    public static EvaluationReport Evaluate(IEnumerable<(GoldArticle Gold, ArticleAnalysis Analysis)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Evaluate(pairs.Select(p => (p.Gold, (ArticleAnalysis?)p.Analysis, p.Analysis.Article.Source ?? p.Gold.Path, (string?)null)).ToList());
    }

    private static EvaluationReport Evaluate(List<(GoldArticle Gold, ArticleAnalysis? Analysis, string ArticlePath, string? Error)> pairs)
    {
        var totals = Enum.GetValues<ScoredKind>().ToDictionary(k => k, k => new KindScore { Kind = k, TruePositives = 0, FalsePositives = 0, FalseNegatives = 0 });
        var detail = new GoldScorer.OfficialDetail();
        var articles = new List<ArticleEvaluation>();
        var fieldChecks = 0;
        var fieldErrors = 0;
        foreach (var (gold, analysis, articlePath, error) in pairs)
        {
            if (analysis is null)
            {
                // An article that cannot be read finds nothing: every gold item is missed.
                var outcomes = MissEverything(gold);
                foreach (var o in outcomes)
                {
                    totals[o.Kind] = totals[o.Kind].Add(o.Score);
                }

                articles.Add(new ArticleEvaluation { GoldPath = gold.Path, ArticlePath = articlePath, Outcomes = outcomes, FieldErrors = [], Error = error });
                continue;
            }

            var scored = GoldScorer.Score(gold, analysis, detail);
            foreach (var o in scored)
            {
                totals[o.Kind] = totals[o.Kind].Add(o.Score);
            }

            var fields = CompareFields(gold, analysis.Article);
            fieldChecks += 4;
            fieldErrors += fields.Count;
            articles.Add(new ArticleEvaluation { GoldPath = gold.Path, ArticlePath = articlePath, Outcomes = scored, FieldErrors = fields, Error = null });
        }

        return new EvaluationReport
        {
            Kinds = [.. totals.Values.OrderBy(k => k.Kind)],
            RankAccuracy = detail.Matched == 0 ? 1 : (double)detail.RankCorrect / detail.Matched,
            PositionRecall = detail.GoldPositions == 0 ? 1 : (double)detail.PositionsFound / detail.GoldPositions,
            MatchedOfficials = detail.Matched,
            FieldChecks = fieldChecks,
            FieldErrorCount = fieldErrors,
            Articles = articles,
        };
    }

    private static KindOutcome[] MissEverything(GoldArticle gold) =>
    [
        KindOutcome.Of(ScoredKind.Dates, 0, gold.Dates, []),
        KindOutcome.Of(ScoredKind.Officials, 0, gold.Officials.Select(o => o.Name).ToArray(), []),
        KindOutcome.Of(ScoredKind.Figures, 0, gold.Figures.Select(f => f.Value.ToString(CultureInfo.InvariantCulture)).ToArray(), []),
        KindOutcome.Of(ScoredKind.Models, 0, gold.Models, []),
    ];

    private static List<string> CompareFields(GoldArticle gold, Article article)
    {
        var errors = new List<string>();
        if (gold.Title is not null && VietnameseText.Normalize(gold.Title).Trim() != article.Title)
        {
            errors.Add($"title: \"{gold.Title}\" ≠ \"{article.Title}\"");
        }

        if (gold.Views != article.Views)
        {
            errors.Add($"views: {Show(gold.Views)} ≠ {Show(article.Views)}");
        }

        if (!SamePublished(gold.Published, article))
        {
            errors.Add($"published: {gold.Published ?? "null"} ≠ {article.PublishedIso ?? "null"}");
        }

        if (!gold.Authors.SequenceEqual(article.Authors, StringComparer.Ordinal))
        {
            errors.Add($"authors: [{string.Join(", ", gold.Authors)}] ≠ [{string.Join(", ", article.Authors)}]");
        }

        return errors;
    }

    private static bool SamePublished(string? gold, Article article)
    {
        if (gold is null || article.Published is null)
        {
            return gold is null && article.Published is null;
        }

        return DateTimeOffset.TryParse(gold, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expected)
            && expected == article.Published.Value;
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string? FindArticle(string goldPath, GoldArticle gold)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(goldPath)) ?? ".";
        if (gold.File is { } file && file.StartsWith(SharedPrefix, StringComparison.Ordinal))
        {
            var relative = file[SharedPrefix.Length..];
            for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        if (!string.IsNullOrWhiteSpace(gold.File))
        {
            var named = Path.Combine(folder, gold.File);
            if (File.Exists(named))
            {
                return named;
            }
        }

        var stem = Path.GetFileName(goldPath)[..^GoldSuffix.Length];
        return ArticleExtensions.Select(e => Path.Combine(folder, stem + e)).FirstOrDefault(File.Exists);
    }

    /// <summary>Reads the one record of a JSON Lines file (plain or gzip) whose URL is <paramref name="url"/>.</summary>
    private static ArticleReadResult? ReadRecord(string path, string url)
    {
        using var file = File.OpenRead(path);
        using Stream data = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(data, System.Text.Encoding.UTF8);
        var quoted = System.Text.Json.JsonSerializer.Serialize(url);
        while (reader.ReadLine() is { } line)
        {
            // A cheap filter first; only the matching line is parsed into an article.
            if (!line.Contains(quoted, StringComparison.Ordinal) && !line.Contains(url, StringComparison.Ordinal))
            {
                continue;
            }

            using var one = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line));
            var result = ArticleReader.ReadStream(one, path, ArticleFormat.JsonLines).FirstOrDefault();
            if (result?.Article?.Url == url)
            {
                return result;
            }
        }

        return null;
    }
}
