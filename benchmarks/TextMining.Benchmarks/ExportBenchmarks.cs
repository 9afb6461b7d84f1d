using BenchmarkDotNet.Attributes;
using TextMining.Export;
using TextMining.Extraction;

namespace TextMining.Benchmarks;

/// <summary>
/// Table export, CSV against Parquet (and JSON Lines), of the analyses of the first N records of
/// ../shared/corpus/general-baomoi.jsonl.gz (N = TEXTMINING_BENCH_ARTICLES, default all 30,000), analysed once in the
/// setup so that only writing is measured. Output goes to a stream that counts bytes and keeps nothing; the
/// cleanup prints the size of each output. articles/s counts the analyses written per second.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ExportBenchmarks : IThroughputBenchmark
{
    private static readonly Lazy<(List<ArticleAnalysis> Analyses, long Chars)> Input = new(Prepare);
    private long _bytes;

    /// <inheritdoc />
    public static long CharsPerOperation => Input.Value.Chars;

    /// <inheritdoc />
    public static long ArticlesPerOperation => Input.Value.Analyses.Count;

    /// <summary>The table: one row per article, or one of the larger entity tables.</summary>
    [Params(ExportTable.Articles, ExportTable.Figures, ExportTable.Mentions)]
    public ExportTable Table { get; set; }

    /// <summary>The format.</summary>
    [Params(TableFormat.Csv, TableFormat.JsonLines, TableFormat.Parquet)]
    public TableFormat Format { get; set; }

    /// <summary>Analyses the input once.</summary>
    [GlobalSetup]
    public void Setup() => _ = Input.Value;

    /// <summary>Writes the table.</summary>
    /// <returns>Rows written.</returns>
    [Benchmark]
    public long Export()
    {
        using var output = new CountingStream();
        var rows = TableExporter.Write(Input.Value.Analyses, Table, Format, output);
        _bytes = output.Count;
        return rows;
    }

    /// <summary>Prints the output size of the last run.</summary>
    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// export {Table} as {Format}: {Input.Value.Analyses.Count} articles → {_bytes:N0} bytes");

    private static (List<ArticleAnalysis>, long) Prepare()
    {
        var count = BenchmarkInputs.ArticleLimit(30_000);
        var pipeline = TextMiningPipeline.Default;
        var analyses = pipeline.AnalyzeAll(BenchmarkInputs.BaomoiArticles(count)).ToList();
        return (analyses, analyses.Sum(a => (long)a.Article.Text.Length));
    }

    /// <summary>A write-only sink that counts bytes.</summary>
    private sealed class CountingStream : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Count;

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;
    }
}
