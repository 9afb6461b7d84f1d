namespace TextMining.Extraction.Dates;

/// <summary>
/// Finds calendar references in Vietnamese news (<c>Ngày 02/3/2017</c>, <c>tháng 3/2019</c>, <c>năm 2016</c>,
/// <c>Sáng 4.8</c>, <c>quý I/2017</c>, <c>6 tháng đầu năm 2020</c>, <c>năm học 2019-2020</c>, …) and normalises
/// them (see <see cref="DateMention"/>). Runs after the document extractor and leaves document numbers alone.
/// Stateless and thread-safe.
/// </summary>
internal sealed class DateExtractor : IExtractionStage
{
    /// <summary>Document numbers (<c>09-CT/TW</c>) are not dates: the document stage runs first.</summary>
    private static readonly StageDependency[] Dependencies = [StageDependency.On<TextMining.Extraction.Documents.DocumentExtractor>()];

    public ExtractorKind? Kind => ExtractorKind.Dates;

    public IReadOnlyList<StageDependency> Needs => Dependencies;

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        if (article.Text.Length == 0)
        {
            return;
        }

        var key = context.MatchingKey;
        var blocked = context.Claims.Spans(ClaimPolicy.BlocksDates);
        var before = context.Dates.Count;
        var scanner = new DateScanner(article.Text, key, DateLexicon.Instance, ArticleYear.Of(article, key), blocked, context.Dates);
        scanner.Scan();
        for (var i = before; i < context.Dates.Count; i++)
        {
            context.Claims.Claim(context.Dates[i].Span, EntityKinds.Date);
        }

        if (scanner.LimitReached)
        {
            context.Diagnostics.Add(new Diagnostic
            {
                Code = DiagnosticCodes.ExtractionLimit,
                Message = $"date extraction stopped after {DateScanner.MaxMentions} dates",
                Severity = DiagnosticSeverity.Warning,
            });
        }
    }
}
