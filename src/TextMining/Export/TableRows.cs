namespace TextMining.Export;

// Row members are types ML.NET's LoadFromEnumerable takes (no Nullable<T>): a missing number is NaN in a double,
// a missing time is default(DateTimeOffset) with a Has… flag. CSV writes both as an empty field, JSON Lines as null,
// Parquet as null.

/// <summary>One row of the <c>articles</c> table: an article's metadata and how much was extracted from it.</summary>
public sealed record ArticleRow
{
    /// <summary>The article's stable id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Where it was read from.</summary>
    public string? Source { get; init; }

    /// <summary>Its URL.</summary>
    public string? Url { get; init; }

    /// <summary>The headline.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The agency tag, e.g. <c>ĐN</c>.</summary>
    public string? SourceTag { get; init; }

    /// <summary>Publication time; <c>default</c> (written as empty/null) when unknown, see <see cref="HasPublished"/>.</summary>
    public DateTimeOffset Published { get; init; }

    /// <summary>Whether <see cref="Published"/> is known.</summary>
    public bool HasPublished { get; init; }

    /// <summary>The article's year: the publication year, else the year the article is mostly about; NaN when unknown.</summary>
    [WholeNumber]
    public double Year { get; init; } = double.NaN;

    /// <summary>The province the article is mostly about, when its places say so.</summary>
    public string? Province { get; init; }

    /// <summary>The view count; NaN when unknown.</summary>
    [WholeNumber]
    public double Views { get; init; } = double.NaN;

    /// <summary>Authors joined with <c>; </c>.</summary>
    public string Authors { get; init; } = string.Empty;

    /// <summary>Number of paragraphs.</summary>
    public int Paragraphs { get; init; }

    /// <summary>Number of captions.</summary>
    public int Captions { get; init; }

    /// <summary>Length of the canonical text in UTF-16 code units.</summary>
    public int TextLength { get; init; }

    /// <summary>Number of date mentions.</summary>
    public int Dates { get; init; }

    /// <summary>Number of officials.</summary>
    public int Officials { get; init; }

    /// <summary>Number of figures.</summary>
    public int Figures { get; init; }

    /// <summary>Number of grassroots models.</summary>
    public int Models { get; init; }

    /// <summary>The movement relevance score, 0–1; <see cref="double.NaN"/> when the pipeline had no relevance stage.</summary>
    public double RelevanceScore { get; init; } = double.NaN;

    /// <summary>Whether the article is about the movement (the score reaches the model's threshold).</summary>
    public bool IsMovement { get; init; }

    /// <summary>The lead paragraph.</summary>
    public string? Lead { get; init; }
}

/// <summary>One row of the <c>dates</c> table.</summary>
public sealed record DateRow
{
    /// <summary>The article's id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Start of the mention in the article's text (UTF-16 offset).</summary>
    public int Start { get; init; }

    /// <summary>Length of the mention.</summary>
    public int Length { get; init; }

    /// <summary>The words as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The normalised value (<c>2017-03-02</c>, <c>2019-03</c>, <c>2017</c>, <c>--08-04</c>, <c>2019/2020</c>, …).</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>day, dateTime, monthDay, month, quarter, year, yearRange or halfYear.</summary>
    public string Granularity { get; init; } = string.Empty;

    /// <summary>Whether the year was inferred from the article.</summary>
    public bool Inferred { get; init; }

    /// <summary>The year; NaN when the value has none.</summary>
    [WholeNumber]
    public double Year { get; init; } = double.NaN;

    /// <summary>The month; NaN when the value has none.</summary>
    [WholeNumber]
    public double Month { get; init; } = double.NaN;

    /// <summary>The day of the month; NaN when the value has none.</summary>
    [WholeNumber]
    public double Day { get; init; } = double.NaN;
}

/// <summary>One row of the <c>officials</c> table: one person per article, positions joined.</summary>
public sealed record OfficialRow
{
    /// <summary>The article's id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Start of the first mention.</summary>
    public int Start { get; init; }

    /// <summary>Length of the first mention.</summary>
    public int Length { get; init; }

    /// <summary>The first mention as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Full name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Rank, e.g. <c>Đại tá</c>.</summary>
    public string? Rank { get; init; }

    /// <summary>Form of address, e.g. <c>Đồng chí</c>.</summary>
    public string? Honorific { get; init; }

    /// <summary>Positions in order, joined with <c>; </c>.</summary>
    public string Positions { get; init; } = string.Empty;

    /// <summary>The last position named (the one most specific to this article's role).</summary>
    public string? LatestPosition { get; init; }

    /// <summary>How many times the person is mentioned.</summary>
    public int Mentions { get; init; }
}

/// <summary>One row of the <c>mentions</c> table: every mention of every official.</summary>
public sealed record OfficialMentionRow
{
    /// <summary>The article's id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Start of the mention.</summary>
    public int Start { get; init; }

    /// <summary>Length of the mention.</summary>
    public int Length { get; init; }

    /// <summary>The mention as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The full name of the person mentioned.</summary>
    public string Name { get; init; } = string.Empty;
}

/// <summary>One row of the <c>figures</c> table.</summary>
public sealed record FigureRow
{
    /// <summary>The article's id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Start of the figure.</summary>
    public int Start { get; init; }

    /// <summary>Length of the figure.</summary>
    public int Length { get; init; }

    /// <summary>The words as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The number.</summary>
    public double Value { get; init; }

    /// <summary>The whole, for ratios such as <c>1.069/1.144</c>; NaN when the figure has none.</summary>
    public double Total { get; init; } = double.NaN;

    /// <summary>What is counted.</summary>
    public string? Unit { get; init; }

    /// <summary>exact, approximately, moreThan, lessThan, atLeast or atMost.</summary>
    public string Qualifier { get; init; } = string.Empty;
}

/// <summary>One row of the <c>models</c> table.</summary>
public sealed record ModelRow
{
    /// <summary>The article's id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Start of the mention.</summary>
    public int Start { get; init; }

    /// <summary>Length of the mention.</summary>
    public int Length { get; init; }

    /// <summary>The words as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The model's bare name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The place given with it.</summary>
    public string? Location { get; init; }
}

/// <summary>One row of the <c>documents</c> table.</summary>
public sealed record DocumentRow
{
    /// <summary>The article's id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Start of the reference.</summary>
    public int Start { get; init; }

    /// <summary>Length of the reference.</summary>
    public int Length { get; init; }

    /// <summary>The words as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Kind and number as the gold files write it, e.g. <c>Chỉ thị số 09-CT/TW</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The kind, e.g. <c>Chỉ thị</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The number.</summary>
    public string? Number { get; init; }

    /// <summary>The issuer code, e.g. <c>CT/TW</c>.</summary>
    public string? IssuerCode { get; init; }

    /// <summary>The issue date, <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; init; }
}

/// <summary>One row of the <c>places</c> table.</summary>
public sealed record PlaceRow
{
    /// <summary>The article's id.</summary>
    public string ArticleId { get; init; } = string.Empty;

    /// <summary>Start of the mention.</summary>
    public int Start { get; init; }

    /// <summary>Length of the mention.</summary>
    public int Length { get; init; }

    /// <summary>The words as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The place's name without its level.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The administrative level, e.g. <c>xã</c>.</summary>
    public string Level { get; init; } = string.Empty;

    /// <summary>The province it lies in, when known.</summary>
    public string? Province { get; init; }
}
