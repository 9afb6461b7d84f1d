using Parquet;
using TextMining.Export;
using TextMining.Extraction;

namespace TextMining.Tests.Export;

/// <summary>The Parquet writer's contract: row groups, a stream it never closes or seeks, clean stops, clear refusals.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textmining-parquet-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Write_Parquet_SplitsRowsIntoRowGroupsOfTheConfiguredSize()
    {
        using var buffer = new MemoryStream();
        var analyses = ExportSamples.Corpus;
        var expected = analyses.Sum(a => a.Figures.Count);

        var count = TableExporter.Write(analyses, ExportTable.Figures, TableFormat.Parquet, buffer, TableExportOptions.Default.WithRowGroupRows(100));

        Assert.Equal(expected, count);
        buffer.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(buffer);
        Assert.Equal((expected + 99) / 100, reader.RowGroupCount);
        Assert.Equal(100, reader.OpenRowGroupReader(0).RowCount);
        Assert.Equal(TableExporter.Columns(ExportTable.Figures), reader.Schema.DataFields.Select(f => f.Name));
    }

    [Fact]
    public async Task Write_Parquet_NeverSeeksNorClosesTheCallersStream()
    {
        using var inner = new MemoryStream();
        using var pipe = new PipeLikeStream(inner);

        var count = TableExporter.Write(ExportSamples.Seeds, ExportTable.Articles, TableFormat.Parquet, pipe);

        Assert.Equal(5, count);
        Assert.False(pipe.Closed);
        pipe.WriteByte(0); // still usable
        var bytes = inner.ToArray()[..^1];
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        Assert.Equal(5, reader.OpenRowGroupReader(0).RowCount);
    }

    [Fact]
    public async Task Write_ParquetNoRows_IsAValidEmptyFileWithTheColumns()
    {
        using var buffer = new MemoryStream();

        var count = TableExporter.Write([], ExportTable.Places, TableFormat.Parquet, buffer);

        Assert.Equal(0, count);
        buffer.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(buffer);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Equal(TableExporter.Columns(ExportTable.Places), reader.Schema.DataFields.Select(f => f.Name));
    }

    [Fact]
    public async Task Write_ParquetCancelled_StopsAfterCurrentArticleWithACompleteFile()
    {
        using var cancellation = new CancellationTokenSource();
        IEnumerable<ArticleAnalysis> Source()
        {
            yield return ExportSamples.Seeds[0];
            cancellation.Cancel();
            yield return ExportSamples.Seeds[1];
            yield return ExportSamples.Seeds[2];
        }

        using var buffer = new MemoryStream();
        var count = TableExporter.Write(Source(), ExportTable.Articles, TableFormat.Parquet, buffer, cancellationToken: cancellation.Token);

        Assert.Equal(2, count);
        buffer.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(buffer);
        Assert.Equal(2, reader.OpenRowGroupReader(0).RowCount);
    }

    [Fact]
    public void WriteRows_ParquetWithAnUnsupportedMember_SaysWhich()
    {
        using var buffer = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => TableExporter.WriteRows([new Unsupported(1m)], TableFormat.Parquet, buffer));

        Assert.Contains("Unsupported.Amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WritePartitioned_FolderNotEmpty_RefusesWithoutTouchingIt()
    {
        Directory.CreateDirectory(_folder);
        var stale = Path.Combine(_folder, "year=2016");
        Directory.CreateDirectory(stale);

        var error = Assert.Throws<IOException>(() => TableExporter.WritePartitioned(ExportSamples.Seeds, ExportTable.Figures, TablePartition.Year, _folder));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal([stale], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task WritePartitioned_ManyYears_WritesOneFilePerYearWithBoundedRowGroups()
    {
        var analyses = ExportSamples.Corpus;

        var count = TableExporter.WritePartitioned(analyses, ExportTable.Mentions, TablePartition.Year, _folder, TableExportOptions.Default.WithRowGroupRows(10));

        Assert.Equal(analyses.Sum(a => EntityTables.Mentions(a).Count()), count);
        var years = analyses.Where(a => a.Officials.Count > 0).Select(a => ParquetPartitionWriter<OfficialMentionRow>.YearPartition(ArticleFacts.Year(a))).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(years, Directory.GetDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        long read = 0;
        foreach (var file in Directory.GetFiles(_folder, "part-0.parquet", SearchOption.AllDirectories))
        {
            await using var stream = File.OpenRead(file);
            await using var reader = await ParquetReader.CreateAsync(stream);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                var rows = reader.OpenRowGroupReader(g).RowCount;
                Assert.InRange(rows, 1, 10);
                read += rows;
            }
        }

        Assert.Equal(count, read);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed record Unsupported(decimal Amount);

    /// <summary>A write-only, unseekable stream like a pipe, that records whether it was closed.</summary>
    private sealed class PipeLikeStream(Stream inner) : Stream
    {
        public bool Closed { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Assert.False(Closed);
            inner.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            Closed = true;
            base.Dispose(disposing);
        }
    }
}
