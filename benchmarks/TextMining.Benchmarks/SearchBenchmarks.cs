using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using TextMining.Extraction;
using TextMining.Parsing;
using TextMining.Search;

namespace TextMining.Benchmarks;

/// <summary>
/// The search index over ../shared/corpus/general-baomoi.jsonl.gz (30,000 articles): indexing end to end (read,
/// extract with <see cref="TextMiningPipeline.Default"/> on every core, add to a new index file), indexing
/// pre-extracted analyses, and beside them the raw FTS5 insert of the same title and body text into a plain FTS5
/// table in the same run. <see cref="Query50"/> runs a fixed set of 50 queries against the full index; the
/// cleanup prints p50/p99 latency and index size against raw text (also written to
/// BenchmarkDotNet.Artifacts/search-report.txt). Set TEXTMINING_BENCH_ARTICLES to use fewer records.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 0, iterationCount: 2)]
[MemoryDiagnoser]
public class SearchBenchmarks : IThroughputBenchmark
{
    /// <summary>The fixed query set: words, folded and exact forms, phrases, abbreviations, fields, prefixes, boolean.</summary>
    public static readonly string[] Queries =
    [
        "tuyen hoa", "Tuyên Hóa", "ANTQ", "an ninh to quoc", "\"an ninh tổ quốc\"", "UBND", "\"ủy ban nhân dân\"", "công an",
        "cong an tinh", "thượng tá", "đại tá", "\"phòng cháy chữa cháy\"", "PCCC", "ma túy", "ma tuy OR heroin", "bóng đá",
        "việt nam -bóng", "hà nội", "\"thành phố hồ chí minh\"", "xổ số", "vietlott", "giá vàng", "tai nạn giao thông", "TNGT",
        "giao thong AND xe", "học sinh", "thi THPT", "bệnh viện", "covid*", "chứng kho*", "title:\"giá vàng\"", "title:bóng",
        "year:2017", "from:2017-03-01 to:2017-04-30", "official:nguyễn", "rank:\"đại tá\"", "model:camera", "place:\"quảng bình\"",
        "đà nẵng", "\"quốc hội\"", "thủ tướng", "bộ công an", "ANTT", "tội phạm", "lừa đảo", "1.000", "26.000", "trump",
        "apple iphone", "mô hình tự quản",
    ];

    private static readonly Lazy<(List<Article> Articles, long Chars)> Input = new(Prepare);
    private static readonly List<double> Latencies = [];
    private List<ArticleAnalysis>? _analyses;
    private ArticleIndex? _queryIndex;
    private string _folder = string.Empty;

    /// <inheritdoc />
    public static long CharsPerOperation => Input.Value.Chars;

    /// <inheritdoc />
    public static long ArticlesPerOperation => Input.Value.Articles.Count;

    /// <summary>Reads the articles (raw insert and end to end).</summary>
    [GlobalSetup(Targets = [nameof(RawFts5Insert), nameof(IndexEndToEnd)])]
    public void SetupRead()
    {
        _folder = Directory.CreateTempSubdirectory("textmining-search-bench-").FullName;
        _ = Input.Value;
    }

    /// <summary>Reads and extracts the articles once.</summary>
    [GlobalSetup(Target = nameof(IndexPreextracted))]
    public void SetupExtracted()
    {
        SetupRead();
        _analyses = Input.Value.Articles.AsParallel().AsOrdered().Select(TextMiningPipeline.Default.Analyze).ToList();
    }

    /// <summary>Builds the full index the queries run against.</summary>
    [GlobalSetup(Target = nameof(Query50))]
    public void SetupQueries()
    {
        SetupExtracted();
        _queryIndex = ArticleIndex.Open(Path.Combine(_folder, "query.db"));
        _queryIndex.Add(_analyses!);
    }

    /// <summary>Deletes the index files an operation wrote (each is a few hundred MB).</summary>
    [IterationCleanup(Targets = [nameof(RawFts5Insert), nameof(IndexEndToEnd), nameof(IndexPreextracted)])]
    public void DeleteWritten()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_folder))
        {
            File.Delete(file);
        }
    }

    /// <summary>Prints latency percentiles and index size; removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var report = new List<string>();
        if (_queryIndex is not null)
        {
            var path = Path.Combine(_folder, "query.db");
            _queryIndex.Dispose();
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                command.ExecuteNonQuery();
            }

            var raw = Input.Value.Articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
            var size = new FileInfo(path).Length;
            report.Add(string.Create(CultureInfo.InvariantCulture, $"index size {size / 1e6:F1} MB for {raw / 1e6:F1} MB of article text (UTF-8): {(double)size / raw:F2}x"));
        }

        lock (Latencies)
        {
            if (Latencies.Count > 0)
            {
                var sorted = Latencies.Order().ToArray();
                double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
                report.Add(string.Create(CultureInfo.InvariantCulture, $"query latency over {sorted.Length} runs of {Queries.Length} queries: p50 {P(0.5):F2} ms, p99 {P(0.99):F2} ms, max {sorted[^1]:F2} ms"));
            }
        }

        foreach (var line in report)
        {
            Console.WriteLine("// search: " + line);
        }

        if (report.Count > 0)
        {
            Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
            File.AppendAllLines(Path.Combine("BenchmarkDotNet.Artifacts", "search-report.txt"), report);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The floor: the same title and body text into a plain FTS5 table, 500 rows a transaction.</summary>
    /// <returns>Rows inserted.</returns>
    [Benchmark(Baseline = true)]
    public long RawFts5Insert()
    {
        var path = NewPath("raw");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE VIRTUAL TABLE t USING fts5(title, body);";
            setup.ExecuteNonQuery();
        }

        long rows = 0;
        foreach (var chunk in Input.Value.Articles.Chunk(ArticleIndex.BatchSize))
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO t(title, body) VALUES ($t, $b)";
            var title = insert.Parameters.Add("$t", SqliteType.Text);
            var body = insert.Parameters.Add("$b", SqliteType.Text);
            foreach (var article in chunk)
            {
                title.Value = article.Title;
                body.Value = article.Text;
                rows += insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return rows;
    }

    /// <summary>End to end: read the JSON Lines file, extract on every core, add to a new index.</summary>
    /// <returns>Articles indexed.</returns>
    [Benchmark]
    public long IndexEndToEnd()
    {
        var path = BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz");
        using var index = ArticleIndex.Open(NewPath("e2e"));
        var analyses = ArticleReader.ReadFile(path)
            .Take(Input.Value.Articles.Count)
            .Where(r => r.Success)
            .Select(r => r.Article!)
            .AsParallel()
            .AsOrdered()
            .Select(TextMiningPipeline.Default.Analyze);
        return index.Add(analyses).Added;
    }

    /// <summary>The index alone: analyses extracted beforehand, analysed for search and written.</summary>
    /// <returns>Articles indexed.</returns>
    [Benchmark]
    public long IndexPreextracted()
    {
        using var index = ArticleIndex.Open(NewPath("pre"));
        return index.Add(_analyses!).Added;
    }

    /// <summary>The 50 queries of <see cref="Queries"/> against the full index, 10 hits each, no facets.</summary>
    /// <returns>Total hits.</returns>
    [Benchmark]
    public long Query50()
    {
        long total = 0;
        var options = new SearchOptions { Limit = 10 };
        foreach (var query in Queries)
        {
            var start = Stopwatch.GetTimestamp();
            total += _queryIndex!.Search(query, options).Total;
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            lock (Latencies)
            {
                Latencies.Add(ms);
            }
        }

        return total;
    }

    private string NewPath(string name)
    {
        var path = Path.Combine(_folder, name + Guid.NewGuid().ToString("N") + ".db");
        return path;
    }

    private static (List<Article>, long) Prepare()
    {
        var path = BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz");
        var limit = int.TryParse(Environment.GetEnvironmentVariable("TEXTMINING_BENCH_ARTICLES"), out var n) && n > 0 ? n : int.MaxValue;
        var articles = ArticleReader.ReadFile(path).Where(r => r.Success).Select(r => r.Article!).Take(limit).ToList();
        return (articles, articles.Sum(a => (long)a.Text.Length));
    }
}
