using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TextMining.Benchmarks;

/// <summary>Benchmarks whose operation processes a known number of characters (and articles) expose it here.</summary>
public interface IThroughputBenchmark
{
    /// <summary>Characters one operation processes.</summary>
    static abstract long CharsPerOperation { get; }

    /// <summary>Articles one operation processes.</summary>
    static abstract long ArticlesPerOperation { get; }
}

/// <summary>Adds "chars/s" and "articles/s" columns computed from the mean time of one operation.</summary>
public sealed class ThroughputColumn(bool articles) : IColumn
{
    /// <inheritdoc />
    public string Id => articles ? "ArticlesPerSecond" : "CharsPerSecond";

    /// <inheritdoc />
    public string ColumnName => articles ? "articles/s" : "chars/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => articles ? 1 : 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => articles ? "Articles processed per second (one core)" : "Characters processed per second (one core)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var type = benchmarkCase.Descriptor.Type;
        var property = type.GetProperty(articles ? "ArticlesPerOperation" : "CharsPerOperation", BindingFlags.Public | BindingFlags.Static);
        if (report?.ResultStatistics is not { } stats || property?.GetValue(null) is not long amount || amount == 0)
        {
            return "-";
        }

        var perSecond = amount / (stats.Mean / 1e9);
        return perSecond >= 1e6
            ? (perSecond / 1e6).ToString("F2", CultureInfo.InvariantCulture) + "M"
            : perSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
