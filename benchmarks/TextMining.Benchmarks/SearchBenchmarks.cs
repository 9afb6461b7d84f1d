using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TextMining.Extraction;
using TextMining.Parsing;
using TextMining.Search;

namespace TextMining.Benchmarks;

/// <summary>
/// The search index over ../shared/corpus/general-baomoi.jsonl.gz (30,000 articles; set TEXTMINING_BENCH_ARTICLES
/// to use the first N), beside a plain Lucene.Net index of the same text (StandardAnalyzer, one stored field, a
/// commit per <see cref="ArticleIndex.BatchSize"/> articles, as the index) in the same run: write articles/s
/// (plain, pre-extracted, end to end), and the 50 queries of <see cref="Queries"/> (top 10) without and with all
/// five facets, on the index as written and after
/// <see cref="ArticleIndex.Compact"/>, and on the plain index (the same
/// query trees over its one field). Each query benchmark's cleanup prints p50/p99 latency and both index sizes
/// against the UTF-8 size of the text, and appends them to BenchmarkDotNet.Artifacts/search-report.txt.
/// <para>
/// The latencies are steady state: the query setup runs every query <see cref="WarmPasses"/> times on all three
/// paths (this index without and with facets, the plain index) before any latency is recorded, so the tiered JIT
/// has promoted the search code (after 30 calls) and both indexes' files are in the page cache; without it the
/// first, cold invocation of a benchmark with few invocations (Query50 had 29) set its p99 on its own. Every
/// invocation BenchmarkDotNet makes after that (pilot, warm-up and measured iterations) is recorded: garbage
/// collections and the like stay in the tail.
/// </para>
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
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

    /// <summary>How many times the query setup runs every query on each path before latencies are recorded.</summary>
    public const int WarmPasses = 40;

    private const string PlainField = "text";
    private static readonly Lazy<(List<Article> Articles, long Chars)> Input = new(Prepare);
    private readonly List<double> _latencies = [];
    private List<ArticleAnalysis>? _analyses;
    private ArticleIndex? _index;
    private string? _indexPath;
    private string? _plainPath;
    private FSDirectory? _plainDirectory;
    private DirectoryReader? _plainReader;
    private IndexSearcher? _plainSearcher;
    private Query[] _plainQueries = [];
    private string _folder = string.Empty;
    private string _name = string.Empty;
    private int _segments;

    /// <inheritdoc />
    public static long CharsPerOperation => Input.Value.Chars;

    /// <inheritdoc />
    public static long ArticlesPerOperation => Input.Value.Articles.Count;

    /// <summary>Reads the articles (plain write and end to end).</summary>
    [GlobalSetup(Targets = [nameof(PlainLuceneWrite), nameof(IndexEndToEnd)])]
    public void SetupRead()
    {
        _folder = System.IO.Directory.CreateTempSubdirectory("textmining-search-bench-").FullName;
        _ = Input.Value;
    }

    /// <summary>Reads and extracts the articles once.</summary>
    [GlobalSetup(Targets = [nameof(IndexPreextracted), nameof(IndexPreextractedCompacted)])]
    public void SetupExtracted()
    {
        SetupRead();
        _analyses = TextMiningPipeline.Default.AnalyzeAll(Input.Value.Articles).ToList();
    }

    /// <summary>Builds both full indexes the queries run against.</summary>
    [GlobalSetup(Targets = [nameof(Query50), nameof(Query50AllFacets), nameof(Query50Plain)])]
    public void SetupQueries() => SetupQueries(compact: false);

    /// <summary>Builds both full indexes, and compacts this one (<see cref="ArticleIndex.Compact"/>).</summary>
    [GlobalSetup(Targets = [nameof(Query50Compacted), nameof(Query50AllFacetsCompacted)])]
    public void SetupCompactedQueries() => SetupQueries(compact: true);

    private void SetupQueries(bool compact)
    {
        SetupExtracted();
        _indexPath = Path.Combine(_folder, "query.idx");
        using (var index = ArticleIndex.Open(_indexPath))
        {
            index.Add(_analyses!);
            _segments = Segments(_indexPath);
            if (compact)
            {
                index.Compact();
                _segments = Segments(_indexPath);
            }
        }

        _index = ArticleIndex.OpenReadOnly(_indexPath);
        _plainPath = Path.Combine(_folder, "plain.idx");
        WritePlain(_plainPath);
        _plainDirectory = FSDirectory.Open(_plainPath);
        _plainReader = DirectoryReader.Open(_plainDirectory);
        _plainSearcher = new IndexSearcher(_plainReader);
        _plainQueries = Queries.Select(PlainQuery).ToArray();
        Warm();
    }

    /// <summary>Deletes the indexes an operation wrote.</summary>
    [IterationCleanup(Targets = [nameof(PlainLuceneWrite), nameof(IndexEndToEnd), nameof(IndexPreextracted), nameof(IndexPreextractedCompacted)])]
    public void DeleteWritten()
    {
        foreach (var folder in System.IO.Directory.GetDirectories(_folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Prints latency percentiles and index sizes; removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var report = new List<string>();
        var c = CultureInfo.InvariantCulture;
        if (_indexPath is not null && _plainPath is not null)
        {
            var text = Input.Value.Articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
            var size = FolderSize(_indexPath);
            var plain = FolderSize(_plainPath);
            report.Add(string.Create(c, $"{Input.Value.Articles.Count} articles, {text / 1e6:F1} MB of text (UTF-8): index {size / 1e6:F1} MB = {(double)size / text:F2}x the text, {_segments} segments; plain Lucene index {plain / 1e6:F1} MB = {(double)plain / text:F2}x, {Segments(_plainPath)} segments"));
        }

        if (_latencies.Count > 0)
        {
            var sorted = _latencies.Order().ToArray();
            double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            report.Add(string.Create(c, $"{_name}: {sorted.Length} runs of {Queries.Length} queries over {Input.Value.Articles.Count} articles: p50 {P(0.5):F2} ms, p99 {P(0.99):F2} ms, max {sorted[^1]:F2} ms"));
        }

        foreach (var line in report)
        {
            Console.WriteLine("// search: " + line);
        }

        if (report.Count > 0)
        {
            System.IO.Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
            File.AppendAllLines(Path.Combine("BenchmarkDotNet.Artifacts", "search-report.txt"), report);
        }

        _index?.Dispose();
        _plainReader?.Dispose();
        _plainDirectory?.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// The baseline: the same title and body into a plain Lucene index (StandardAnalyzer, one stored field), a commit
    /// per <see cref="ArticleIndex.BatchSize"/> articles.
    /// </summary>
    /// <returns>Documents written.</returns>
    [Benchmark(Baseline = true)]
    public long PlainLuceneWrite() => WritePlain(Path.Combine(_folder, "plain-" + Guid.NewGuid().ToString("N")));

    /// <summary>End to end: read the JSON Lines file, extract on every core, add to a new index.</summary>
    /// <returns>Articles indexed.</returns>
    [Benchmark]
    public long IndexEndToEnd()
    {
        var path = BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz");
        using var index = ArticleIndex.Open(NewPath("e2e"));
        var articles = ArticleReader.ReadFile(path)
            .Where(r => r.Success)
            .Select(r => r.Article!)
            .Take(Input.Value.Articles.Count);
        return index.Add(TextMiningPipeline.Default.AnalyzeAll(articles)).Added;
    }

    /// <summary>The index alone: analyses extracted beforehand, written with their stored extraction.</summary>
    /// <returns>Articles indexed.</returns>
    [Benchmark]
    public long IndexPreextracted()
    {
        using var index = ArticleIndex.Open(NewPath("pre"));
        return index.Add(_analyses!).Added;
    }

    /// <summary>The index alone as <see cref="IndexPreextracted"/>, then <see cref="ArticleIndex.Compact"/>: what an archive built for searching costs.</summary>
    /// <returns>Articles indexed.</returns>
    [Benchmark]
    public long IndexPreextractedCompacted()
    {
        using var index = ArticleIndex.Open(NewPath("compact"));
        var added = index.Add(_analyses!).Added;
        index.Compact();
        return added;
    }

    /// <summary>The 50 queries, top 10 with snippets and matched entities, no facets.</summary>
    /// <returns>Total hits.</returns>
    [Benchmark]
    public long Query50() => RunQueries(nameof(Query50), new SearchOptions { Limit = 10 });

    /// <summary>The 50 queries, top 10 with snippets, and all five facets over every hit.</summary>
    /// <returns>Total hits.</returns>
    [Benchmark]
    public long Query50AllFacets() => RunQueries(nameof(Query50AllFacets), new SearchOptions { Limit = 10, Facets = SearchFacets.All });

    /// <summary>The 50 queries, top 10 with snippets, no facets, on the index after <see cref="ArticleIndex.Compact"/>.</summary>
    /// <returns>Total hits.</returns>
    [Benchmark]
    public long Query50Compacted() => RunQueries(nameof(Query50Compacted), new SearchOptions { Limit = 10 });

    /// <summary>The 50 queries, top 10 with snippets and all five facets, on the index after <see cref="ArticleIndex.Compact"/>.</summary>
    /// <returns>Total hits.</returns>
    [Benchmark]
    public long Query50AllFacetsCompacted() => RunQueries(nameof(Query50AllFacetsCompacted), new SearchOptions { Limit = 10, Facets = SearchFacets.All });

    /// <summary>The same 50 query trees on the plain index's one field: total and top 10 with their stored text.</summary>
    /// <returns>Total hits.</returns>
    [Benchmark]
    public long Query50Plain()
    {
        _name = nameof(Query50Plain);
        long total = 0;
        foreach (var query in _plainQueries)
        {
            var start = Stopwatch.GetTimestamp();
            var top = _plainSearcher!.Search(query, 10);
            foreach (var hit in top.ScoreDocs)
            {
                _ = _plainSearcher.Doc(hit.Doc).Get(PlainField);
            }

            total += top.TotalHits;
            _latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return total;
    }

    /// <summary>
    /// Runs every query <see cref="WarmPasses"/> times on the three paths, waits for the JIT's background
    /// promotion, runs them once more, and forgets the latencies (see the class summary).
    /// </summary>
    private void Warm()
    {
        var none = new SearchOptions { Limit = 10 };
        var all = new SearchOptions { Limit = 10, Facets = SearchFacets.All };
        for (var pass = 0; pass <= WarmPasses; pass++)
        {
            if (pass == WarmPasses)
            {
                Thread.Sleep(500);
            }

            _ = RunQueries(nameof(Query50), none) + RunQueries(nameof(Query50AllFacets), all) + Query50Plain();
        }

        _latencies.Clear();
    }

    private static int Segments(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    private static long FolderSize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static (List<Article>, long) Prepare()
    {
        var path = BenchmarkInputs.SharedFile("corpus/general-baomoi.jsonl.gz");
        var limit = BenchmarkInputs.ArticleLimit(int.MaxValue);
        var articles = ArticleReader.ReadFile(path).Where(r => r.Success).Select(r => r.Article!).Take(limit).ToList();
        return (articles, articles.Sum(a => (long)a.Text.Length));
    }

    /// <summary>A query tree of the project's parser over the plain index's one field (no folding, no fields, no dates).</summary>
    private static Query PlainQuery(string text)
    {
        var parsed = SearchQueryParser.Parse(text);
        return parsed.Root is null ? new MatchAllDocsQuery() : Plain(parsed.Root);
    }

    private static Query Plain(QueryNode node)
    {
        switch (node)
        {
            case TermNode term when term.Exact.Count == 1:
                var single = new Term(PlainField, term.Exact[0]);
                return term.IsPrefix ? new PrefixQuery(single) : new TermQuery(single);
            case TermNode term:
                var phrase = new PhraseQuery();
                foreach (var t in term.Exact)
                {
                    phrase.Add(new Term(PlainField, t));
                }

                return phrase;
            case AndNode and:
                var all = new BooleanQuery();
                foreach (var child in and.Children)
                {
                    all.Add(child is NotNode not ? Plain(not.Operand) : Plain(child), child is NotNode ? Occur.MUST_NOT : Occur.MUST);
                }

                return all;
            case OrNode or:
                var any = new BooleanQuery();
                foreach (var child in or.Children)
                {
                    any.Add(Plain(child), Occur.SHOULD);
                }

                return any;
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private long RunQueries(string name, SearchOptions options)
    {
        _name = name;
        long total = 0;
        foreach (var query in Queries)
        {
            var start = Stopwatch.GetTimestamp();
            total += _index!.Search(query, options).Total;
            _latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return total;
    }

    private long WritePlain(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { RAMBufferSizeMB = 64 });
        long written = 0;
        foreach (var chunk in Input.Value.Articles.Chunk(ArticleIndex.BatchSize))
        {
            foreach (var article in chunk)
            {
                writer.UpdateDocument(new Term("id", article.Id), new Document
                {
                    new StringField("id", article.Id, Field.Store.YES),
                    new TextField(PlainField, article.Text, Field.Store.YES),
                });
                written++;
            }

            writer.Commit();
        }

        return written;
    }

    private string NewPath(string name) => Path.Combine(_folder, name + Guid.NewGuid().ToString("N"));
}
