namespace TextMining.Export;

/// <summary>A value with how many articles (or mentions) have it.</summary>
public sealed record CountRow
{
    internal CountRow()
    {
    }

    /// <summary>The value, e.g. a year or a province; <c>unknown</c> when the articles do not say.</summary>
    public required string Value { get; init; }

    /// <summary>How many.</summary>
    public required int Count { get; init; }
}

/// <summary>A grassroots model with how often it is mentioned.</summary>
public sealed record ModelCount
{
    internal ModelCount()
    {
    }

    /// <summary>The model's name as first written.</summary>
    public required string Name { get; init; }

    /// <summary>How many articles mention it.</summary>
    public required int Articles { get; init; }

    /// <summary>How many times it is mentioned in all.</summary>
    public required int Mentions { get; init; }
}

/// <summary>An official with the number of articles naming them, their rank and latest position.</summary>
public sealed record OfficialCount
{
    internal OfficialCount()
    {
    }

    /// <summary>Full name as first written.</summary>
    public required string Name { get; init; }

    /// <summary>How many articles name them.</summary>
    public required int Articles { get; init; }

    /// <summary>The rank in the latest article that states one.</summary>
    public required string? Rank { get; init; }

    /// <summary>The last position named in the latest article that names one.</summary>
    public required string? LatestPosition { get; init; }
}

/// <summary>
/// Figures with the same counted noun in the same year, summed, with their smallest, largest and mean value. When
/// any summed figure was approximate the sum is approximate and says so; when they were lower bounds (<c>hơn</c>,
/// <c>trên</c>, <c>ít nhất</c>) the sum is too. Ratios (<c>%</c>, <c>phần trăm</c>) are never summed: their
/// <see cref="Sum"/> is null and <see cref="Min"/>, <see cref="Max"/> and <see cref="Mean"/> describe them.
/// </summary>
public sealed record FigureSum
{
    internal FigureSum()
    {
    }

    /// <summary>The counted noun or unit, e.g. <c>súng tự chế</c>, <c>lượt người</c>, <c>%</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>The article's year, or null when unknown.</summary>
    public required int? Year { get; init; }

    /// <summary>The sum of the values, or null for a ratio.</summary>
    public required double? Sum { get; init; }

    /// <summary>How many figures there are.</summary>
    public required int Figures { get; init; }

    /// <summary>exact, approximately, moreThan (a lower bound), lessThan (an upper bound).</summary>
    public required string Qualifier { get; init; }

    /// <summary>The smallest value.</summary>
    public required double Min { get; init; }

    /// <summary>The largest value.</summary>
    public required double Max { get; init; }

    /// <summary>The mean value.</summary>
    public required double Mean { get; init; }

    /// <summary>Whether the sum (or for a ratio, the values) is not exact.</summary>
    public bool IsApproximate => Qualifier != "exact";

    /// <summary>Whether the unit is a ratio (a percentage), whose values are described, not summed.</summary>
    public bool IsRatio => Sum is null;
}

/// <summary>
/// What an analyst asks first about a set of articles: articles per year and per province, the models most
/// mentioned, officials by number of articles, and figures summed by counted noun and year.
/// </summary>
public sealed record CorpusStatistics
{
    internal CorpusStatistics()
    {
    }

    /// <summary>How many articles were counted.</summary>
    public required int Articles { get; init; }

    /// <summary>Articles per year (most recent first; <c>unknown</c> last).</summary>
    public required IReadOnlyList<CountRow> ArticlesByYear { get; init; }

    /// <summary>Articles per province (most articles first).</summary>
    public required IReadOnlyList<CountRow> ArticlesByProvince { get; init; }

    /// <summary>Grassroots models, most mentioned first.</summary>
    public required IReadOnlyList<ModelCount> Models { get; init; }

    /// <summary>Officials, most articles first.</summary>
    public required IReadOnlyList<OfficialCount> Officials { get; init; }

    /// <summary>
    /// Figures by counted noun and year: the nouns with the most figures first, and each noun's years together,
    /// earliest first (an unknown year last).
    /// </summary>
    public required IReadOnlyList<FigureSum> FigureSums { get; init; }

    /// <summary>Computes the statistics of a stream of analyses, holding one analysis at a time.</summary>
    /// <param name="analyses">The analyses.</param>
    /// <param name="cancellationToken">Stops after the current article; the statistics then cover what was read.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    public static CorpusStatistics Compute(IEnumerable<ArticleAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var builder = new StatisticsBuilder();
        foreach (var analysis in analyses)
        {
            builder.Add(analysis);
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return builder.Build();
    }
}

/// <summary>Accumulates <see cref="CorpusStatistics"/> one analysis at a time.</summary>
internal sealed class StatisticsBuilder
{
    private const string Unknown = "unknown";
    private readonly Dictionary<string, int> _years = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, int Count)> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, int Articles, int Mentions)> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OfficialState> _officials = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Unit, int? Year), FigureState> _figures = [];
    private int _articles;

    public void Add(ArticleAnalysis analysis)
    {
        _articles++;
        var year = ArticleFacts.Year(analysis);
        var yearKey = year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Unknown;
        _years[yearKey] = _years.GetValueOrDefault(yearKey) + 1;

        var province = ArticleFacts.Province(analysis);
        var provinceKey = province is null ? Unknown : VietnameseText.ToMatchingKey(province);
        _provinces[provinceKey] = _provinces.TryGetValue(provinceKey, out var p) ? (p.Name, p.Count + 1) : (province ?? Unknown, 1);

        foreach (var group in analysis.Models.GroupBy(m => VietnameseText.Fold(m.Name), StringComparer.Ordinal))
        {
            _models[group.Key] = _models.TryGetValue(group.Key, out var m)
                ? (m.Name, m.Articles + 1, m.Mentions + group.Count())
                : (group.First().Name, 1, group.Count());
        }

        var when = analysis.Article.Published ?? (year is { } y ? new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero) : DateTimeOffset.MinValue);
        foreach (var official in analysis.Officials)
        {
            var key = VietnameseText.Fold(official.Name);
            if (!_officials.TryGetValue(key, out var state))
            {
                state = new OfficialState(official.Name);
                _officials[key] = state;
            }

            state.Articles++;
            if (when >= state.Latest)
            {
                state.Latest = when;
                state.Rank = official.Rank ?? state.Rank;
                state.Position = official.Positions.Count > 0 ? official.Positions[^1] : state.Position;
            }
        }

        foreach (var figure in analysis.Figures)
        {
            if (figure.Unit is not { Length: > 0 } unit)
            {
                continue;
            }

            var key = (VietnameseText.ToMatchingKey(unit), year);
            if (!_figures.TryGetValue(key, out var sum))
            {
                sum = new FigureState(unit);
                _figures[key] = sum;
            }

            sum.Add(figure);
        }
    }

    public CorpusStatistics Build() => new()
    {
        Articles = _articles,
        ArticlesByYear = _years.OrderBy(kv => kv.Key == Unknown).ThenByDescending(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new CountRow { Value = kv.Key, Count = kv.Value }).ToArray(),
        ArticlesByProvince = _provinces.Values.OrderByDescending(v => v.Count).ThenBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new CountRow { Value = v.Name, Count = v.Count }).ToArray(),
        Models = _models.Values.OrderByDescending(v => v.Mentions).ThenByDescending(v => v.Articles).ThenBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new ModelCount { Name = v.Name, Articles = v.Articles, Mentions = v.Mentions }).ToArray(),
        Officials = _officials.Values.OrderByDescending(v => v.Articles).ThenBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new OfficialCount { Name = v.Name, Articles = v.Articles, Rank = v.Rank, LatestPosition = v.Position }).ToArray(),
        FigureSums = OrderFigures(),
    };

    private FigureSum[] OrderFigures()
    {
        var perUnit = _figures.GroupBy(kv => kv.Key.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value.Count), StringComparer.Ordinal);
        return _figures
            .OrderByDescending(kv => perUnit[kv.Key.Unit]).ThenBy(kv => kv.Key.Unit, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Year is null).ThenBy(kv => kv.Key.Year)
            .Select(kv => kv.Value.ToSum(kv.Key.Year))
            .ToArray();
    }

    private sealed class OfficialState(string name)
    {
        public string Name { get; } = name;

        public int Articles { get; set; }

        public DateTimeOffset Latest { get; set; } = DateTimeOffset.MinValue;

        public string? Rank { get; set; }

        public string? Position { get; set; }
    }

    private sealed class FigureState(string unit)
    {
        private bool _lower;
        private bool _upper;
        private bool _approximate;
        private double _min = double.MaxValue;
        private double _max = double.MinValue;

        public string Unit { get; } = unit;

        public double Sum { get; private set; }

        public int Count { get; private set; }

        /// <summary>Percentages are ratios: adding them up means nothing.</summary>
        private bool IsRatio => Unit is "%" or "‰" || VietnameseText.Fold(Unit) is "phan tram" or "phan nghin";

        public string Qualifier =>
            _approximate || (_lower && _upper) ? "approximately"
            : _lower ? "moreThan"
            : _upper ? "lessThan"
            : "exact";

        public FigureSum ToSum(int? year) =>
            new()
            {
                Unit = Unit,
                Year = year,
                Sum = IsRatio ? null : Sum,
                Figures = Count,
                Qualifier = Qualifier,
                Min = _min,
                Max = _max,
                Mean = Sum / Count,
            };

        public void Add(Figure figure)
        {
            Sum += figure.Value;
            Count++;
            _min = Math.Min(_min, figure.Value);
            _max = Math.Max(_max, figure.Value);
            switch (figure.Qualifier)
            {
                case FigureQualifier.Approximately:
                    _approximate = true;
                    break;
                case FigureQualifier.MoreThan or FigureQualifier.AtLeast:
                    _lower = true;
                    break;
                case FigureQualifier.LessThan or FigureQualifier.AtMost:
                    _upper = true;
                    break;
            }
        }
    }
}
