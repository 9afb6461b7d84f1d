namespace TextMining.Export;

/// <summary>
/// Turns analyses into flat, typed rows, one record type per table, with primitive properties only (string, int,
/// double, bool, DateTimeOffset; never <see cref="Nullable{T}"/>), so that <c>IEnumerable&lt;T&gt;</c> of them loads
/// directly into ML.NET (<c>LoadFromEnumerable</c>), a DataFrame or a CSV writer. A missing number is NaN; a missing
/// time is <c>default</c> with a <c>Has…</c> flag. Every row carries the article id, the span (start, length) and the
/// surface text.
/// </summary>
public static class EntityTables
{
    /// <summary>The article's row.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static ArticleRow Article(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var a = analysis.Article;
        return new ArticleRow
        {
            ArticleId = a.Id,
            Source = a.Source,
            Url = a.Url,
            Title = a.Title,
            SourceTag = a.SourceTag,
            Published = a.Published ?? default,
            HasPublished = a.Published.HasValue,
            Year = OrNaN(ArticleFacts.Year(analysis)),
            Province = ArticleFacts.Province(analysis),
            Views = OrNaN(a.Views),
            Authors = string.Join("; ", a.Authors),
            Paragraphs = a.Paragraphs.Count,
            Captions = a.Captions.Count,
            TextLength = a.Text.Length,
            Dates = analysis.Dates.Count,
            Officials = analysis.Officials.Count,
            Figures = analysis.Figures.Count,
            Models = analysis.Models.Count,
            RelevanceScore = analysis.Relevance?.Score ?? double.NaN,
            IsMovement = analysis.Relevance?.IsMovement ?? false,
            Lead = a.Lead,
        };
    }

    /// <summary>The article's date rows.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row per date mention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IEnumerable<DateRow> Dates(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Dates.Select(d =>
        {
            var (month, day) = ArticleFacts.MonthDayOf(d.Value);
            return new DateRow
            {
                ArticleId = analysis.Article.Id,
                Start = d.Span.Start,
                Length = d.Span.Length,
                Text = d.Text,
                Value = d.Value,
                Granularity = Camel(d.Granularity.ToString()),
                Inferred = d.Inferred,
                Year = OrNaN(ArticleFacts.YearOf(d)),
                Month = OrNaN(month),
                Day = OrNaN(day),
            };
        });
    }

    /// <summary>The article's official rows: one per person.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row per official.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IEnumerable<OfficialRow> Officials(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Officials.Select(o => new OfficialRow
        {
            ArticleId = analysis.Article.Id,
            Start = o.Span.Start,
            Length = o.Span.Length,
            Text = o.Mentions.Count > 0 ? o.Mentions[0].Text : o.Name,
            Name = o.Name,
            Rank = o.Rank,
            Honorific = o.Honorific,
            Positions = string.Join("; ", o.Positions),
            LatestPosition = o.Positions.Count > 0 ? o.Positions[^1] : null,
            Mentions = o.Mentions.Count,
        });
    }

    /// <summary>The article's official mention rows.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row per mention, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IEnumerable<OfficialMentionRow> Mentions(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Officials
            .SelectMany(o => o.Mentions.Select(m => new OfficialMentionRow
            {
                ArticleId = analysis.Article.Id,
                Start = m.Span.Start,
                Length = m.Span.Length,
                Text = m.Text,
                Name = o.Name,
            }))
            .OrderBy(r => r.Start);
    }

    /// <summary>The article's figure rows.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row per figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IEnumerable<FigureRow> Figures(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Figures.Select(f => new FigureRow
        {
            ArticleId = analysis.Article.Id,
            Start = f.Span.Start,
            Length = f.Span.Length,
            Text = f.Text,
            Value = f.Value,
            Total = f.Total ?? double.NaN,
            Unit = f.Unit,
            Qualifier = ArticleJsonWriter.QualifierName(f.Qualifier),
        });
    }

    /// <summary>The article's grassroots model rows.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row per model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IEnumerable<ModelRow> Models(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Models.Select(m => new ModelRow
        {
            ArticleId = analysis.Article.Id,
            Start = m.Span.Start,
            Length = m.Span.Length,
            Text = m.Text,
            Name = m.Name,
            Location = m.Location,
        });
    }

    /// <summary>The article's document reference rows.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row per reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IEnumerable<DocumentRow> Documents(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Documents.Select(d => new DocumentRow
        {
            ArticleId = analysis.Article.Id,
            Start = d.Span.Start,
            Length = d.Span.Length,
            Text = d.Text,
            Name = d.Name,
            Kind = DocumentLexicon.ToWord(d.Kind),
            Number = d.Number,
            IssuerCode = d.IssuerCode,
            Date = d.Date,
        });
    }

    /// <summary>The article's place rows.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>One row per place mention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static IEnumerable<PlaceRow> Places(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Places.Select(l => new PlaceRow
        {
            ArticleId = analysis.Article.Id,
            Start = l.Span.Start,
            Length = l.Span.Length,
            Text = l.Text,
            Name = l.Name,
            Level = AdministrativeLevels.ToWord(l.Level),
            Province = l.Province,
        });
    }

    /// <summary>The record type of a table's rows.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The row type, e.g. <see cref="FigureRow"/>.</returns>
    public static Type RowType(ExportTable table) => table switch
    {
        ExportTable.Articles => typeof(ArticleRow),
        ExportTable.Dates => typeof(DateRow),
        ExportTable.Officials => typeof(OfficialRow),
        ExportTable.Mentions => typeof(OfficialMentionRow),
        ExportTable.Figures => typeof(FigureRow),
        ExportTable.Models => typeof(ModelRow),
        ExportTable.Documents => typeof(DocumentRow),
        ExportTable.Places => typeof(PlaceRow),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "unknown table"),
    };

    /// <summary>The rows of one table for one analysis, as objects of <see cref="RowType"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not a defined table.</exception>
    public static IEnumerable<object> Rows(ExportTable table, ArticleAnalysis analysis) => table switch
    {
        ExportTable.Articles => [Article(analysis)],
        ExportTable.Dates => Dates(analysis),
        ExportTable.Officials => Officials(analysis),
        ExportTable.Mentions => Mentions(analysis),
        ExportTable.Figures => Figures(analysis),
        ExportTable.Models => Models(analysis),
        ExportTable.Documents => Documents(analysis),
        ExportTable.Places => Places(analysis),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "unknown table"),
    };

    private static double OrNaN(int? value) => value ?? double.NaN;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
