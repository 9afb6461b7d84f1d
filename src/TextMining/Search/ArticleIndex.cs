using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using TextMining.Extraction;

namespace TextMining.Search;

/// <summary>
/// A search index over articles and what was extracted from them: Vietnamese-aware full-text search (with or
/// without diacritics, old or new tone placement, abbreviations both ways) with filters and facets over the
/// extracted officials, ranks, models, places and dates. Stored in one folder (a Lucene.Net index with a
/// Vietnamese analyser, BM25 ranking and doc-values facets); see docs/search.md for the query language and the layout.
/// </summary>
/// <remarks>
/// Adding is an upsert by article id: an unchanged article is skipped, a changed one replaces the old one.
/// Articles are written in batches of at most <see cref="BatchSize"/> articles and <see cref="BatchChars"/>
/// characters of text, each one commit, so a run that is killed keeps every batch committed before the kill and a
/// rerun resumes. One process at a time may write an index folder; searches may run while another process writes
/// and see its last commit. Instances are safe to use from several threads.
/// </remarks>
/// <example>
/// <code>
/// using var index = ArticleIndex.Open("articles.idx");
/// index.Add(articles.Select(TextMiningPipeline.Default.Analyze));
/// var result = index.Search("tuyen hoa ANTQ year:2017", new SearchOptions { Facets = SearchFacets.All });
/// </code>
/// </example>
public sealed class ArticleIndex : IDisposable
{
    /// <summary>
    /// The most articles written per commit. Each commit flushes the writer's in-memory segments to disk, and the
    /// more small segments there are the more merging follows: with 500 (the first value), writing 10,000–20,000 baomoi
    /// articles and compacting took about 1.8 times the CPU it takes with this many (1.47 × from 500 to 2,000, 1.22 ×
    /// from 2,000 to 5,000).
    /// </summary>
    public const int BatchSize = 5000;

    /// <summary>
    /// The most characters of article text written per commit (a batch closes at <see cref="BatchSize"/> articles
    /// or at this size, whichever comes first; a larger article is a batch of its own), so memory stays bounded
    /// whatever the size of the records.
    /// </summary>
    public const int BatchChars = 16_000_000;

    private readonly ISearchBackend _backend;
    private bool _disposed;

    private ArticleIndex(ISearchBackend backend) => _backend = backend;

    /// <summary>How many articles the index holds.</summary>
    /// <exception cref="SearchIndexException">The index cannot be read.</exception>
    public int Count => Backend.Count;

    /// <summary>Opens the index folder at <paramref name="path"/> for writing, creating it when it does not exist.</summary>
    /// <param name="path">The index folder; its parent folder must exist.</param>
    /// <returns>The open index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SearchIndexException">The folder cannot be created or opened, holds something other than an
    /// index, holds an index of another version (or an old SQLite index file is there), or another process is
    /// writing it.</exception>
    public static ArticleIndex Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new ArticleIndex(LuceneSearchBackend.Open(path, readOnly: false));
    }

    /// <summary>Opens an existing index folder for searching only; nothing is created or written.</summary>
    /// <param name="path">The index folder.</param>
    /// <returns>The open index; <see cref="Add(IEnumerable{ArticleAnalysis}, IProgress{IndexUpdate}?, CancellationToken)"/> and <see cref="Delete"/> throw.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SearchIndexException">There is no index there, or it cannot be read.</exception>
    public static ArticleIndex OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new ArticleIndex(LuceneSearchBackend.Open(path, readOnly: true));
    }

    /// <summary>Creates an empty index in memory; it is gone when disposed.</summary>
    /// <returns>The index.</returns>
    public static ArticleIndex CreateInMemory() => new(LuceneSearchBackend.CreateInMemory());

    /// <summary>
    /// Adds or updates articles with their extraction results, a commit per batch (<see cref="BatchSize"/>,
    /// <see cref="BatchChars"/>). The next batch is read and prepared (hashed and, when the last one was mostly new,
    /// compressed) on another thread while the current one is written and committed, so at most two batches are held at
    /// once; if reading it fails, the current batch is committed before the error is thrown.
    /// </summary>
    /// <param name="analyses">Analyses from <see cref="TextMiningPipeline.Analyze"/>; read once, lazily, one batch ahead (from one thread at a time, not always the caller's).</param>
    /// <param name="progress">Told the running totals after each committed batch, or null.</param>
    /// <param name="cancellationToken">Stops between batches; committed batches stay.</param>
    /// <returns>How many were added, replaced and skipped as unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    /// <exception cref="SearchIndexException">The index cannot be written (read-only, disk full, ...).</exception>
    /// <exception cref="InvalidOperationException">The index was opened with <see cref="OpenReadOnly"/>.</exception>
    public IndexUpdate Add(IEnumerable<ArticleAnalysis> analyses, IProgress<IndexUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var total = new IndexUpdate(0, 0, 0);
        var batches = Batches(analyses).GetEnumerator();
        var next = Task.FromResult<IndexDocument[]?>(null);
        try
        {
            next = Task.FromResult(ReadNext(batches, compress: false));

            // The next batch is read and prepared on another thread while this one is written and committed (the
            // commit runs mostly on one core); an error reading it comes after this batch is committed.
            while (next.GetAwaiter().GetResult() is { } documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var plan = Plan(documents);
                var compress = plan.Changed.Length * 2 >= documents.Length;
                next = Task.Run(() => ReadNext(batches, compress), CancellationToken.None);
                total = total.Plus(Write(plan));
                progress?.Report(total);
            }
        }
        finally
        {
            // Stopped early: the input is released once the read under way ends, and its failure is observed.
            if (next.IsCompleted)
            {
                batches.Dispose();
            }
            else
            {
                next.ContinueWith(t => { batches.Dispose(); return t.Exception; }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }

        return total;
    }

    /// <summary>Cuts a stream of analyses into batches of at most <see cref="BatchSize"/> articles and about <see cref="BatchChars"/> characters.</summary>
    internal static IEnumerable<ArticleAnalysis[]> Batches(IEnumerable<ArticleAnalysis> analyses)
    {
        var batch = new List<ArticleAnalysis>(BatchSize);
        long chars = 0;
        foreach (var analysis in analyses)
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(analyses));
            var length = analysis.Article.Text.Length;
            if (batch.Count > 0 && chars + length > BatchChars)
            {
                yield return batch.ToArray();
                batch.Clear();
                chars = 0;
            }

            batch.Add(analysis);
            chars += length;
            if (batch.Count == BatchSize)
            {
                yield return batch.ToArray();
                batch.Clear();
                chars = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch.ToArray();
        }
    }

    /// <summary>Adds or updates articles arriving asynchronously, as <see cref="Add(IEnumerable{ArticleAnalysis}, IProgress{IndexUpdate}?, CancellationToken)"/> does.</summary>
    /// <param name="analyses">Analyses, read once.</param>
    /// <param name="progress">Told the running totals after each committed batch, or null.</param>
    /// <param name="cancellationToken">Stops between batches; committed batches stay.</param>
    /// <returns>How many were added, replaced and skipped as unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> is null.</exception>
    /// <exception cref="SearchIndexException">The index cannot be written.</exception>
    public async Task<IndexUpdate> AddAsync(IAsyncEnumerable<ArticleAnalysis> analyses, IProgress<IndexUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var total = new IndexUpdate(0, 0, 0);
        var batch = new List<ArticleAnalysis>(BatchSize);
        long chars = 0;
        await foreach (var analysis in analyses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(analyses));
            batch.Add(analysis);
            chars += analysis.Article.Text.Length;
            if (batch.Count == BatchSize || chars >= BatchChars)
            {
                var items = batch.ToArray();
                batch.Clear();
                chars = 0;
                total = total.Plus(await Task.Run(() => WriteBatch(items), cancellationToken).ConfigureAwait(false));
                progress?.Report(total);
            }
        }

        if (batch.Count > 0)
        {
            var items = batch.ToArray();
            total = total.Plus(await Task.Run(() => WriteBatch(items), cancellationToken).ConfigureAwait(false));
            progress?.Report(total);
        }

        return total;
    }

    /// <summary>Removes an article and everything extracted from it.</summary>
    /// <param name="id">The article's <see cref="Article.Id"/>.</param>
    /// <returns>Whether it was in the index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="SearchIndexException">The index cannot be written.</exception>
    public bool Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Backend.Delete(id);
    }

    /// <summary>
    /// Merges the index into one segment. An index is written as a dozen or so segments (each batch commits its own,
    /// and Lucene merges them in tiers), and a query looks every word up in each: on 30,000 articles, 12 segments as
    /// written, one segment made the benchmark queries about 1.8 times faster (median 4.9 → 2.7 ms). Compacting rewrites
    /// the whole index once (about 5 s for those 30,000 articles, a fifth of the time it took to write them) and needs
    /// as much free disk again while it runs, so it suits an archive searched more than it is written. Searching works
    /// meanwhile; if it is interrupted, the last commit stays. Totals, scores and facets do not change; hits of equal
    /// score are in document order, which merging renumbers, so they may come in another order.
    /// </summary>
    /// <exception cref="InvalidOperationException">The index was opened with <see cref="OpenReadOnly"/>.</exception>
    /// <exception cref="SearchIndexException">The index cannot be written (disk full, ...).</exception>
    public void Compact() => Backend.Compact();

    /// <summary>
    /// Reads every stored article back with its extraction, in the order they were first added, one page at a
    /// time (memory stays flat). Feeds <c>EntityTables</c>, <c>TableExporter</c> and <c>CorpusStatistics</c>.
    /// </summary>
    /// <returns>The analyses, lazily.</returns>
    /// <exception cref="SearchIndexException">The index cannot be read.</exception>
    public IEnumerable<ArticleAnalysis> ReadAnalyses()
    {
        long last = 0;
        while (true)
        {
            var page = Backend.ReadStored(last, 256);
            foreach (var (key, text, json) in page)
            {
                last = key;
                if (Export.ArticleJsonReader.TryParse(json, text, out var analysis, out var error))
                {
                    yield return analysis!;
                }
                else
                {
                    throw new SearchIndexException($"article {key} of the index cannot be read back: {error}");
                }
            }

            if (page.Count == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Searches the index. See docs/search.md for the query language.</summary>
    /// <param name="query">The query as a user typed it, e.g. <c>tuyen hoa</c>, <c>official:"Trần Minh Thùy"</c>, <c>ANTQ year:2021</c>.</param>
    /// <param name="options">Paging, filters and facets; <see cref="SearchOptions.Default"/> when null.</param>
    /// <returns>The total, the requested page of hits and the facet counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="SearchQueryException">The query is malformed; the message says what and where.</exception>
    /// <exception cref="SearchIndexException">The index cannot be read.</exception>
    public SearchResult Search(string query, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= SearchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Limit, SearchOptions.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FacetLimit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FacetLimit, SearchOptions.MaxLimit);
        var parsed = ApplyFilters(SearchQueryParser.Parse(query), options.Filters);
        var raw = Backend.Search(parsed, options);
        var snippets = new SnippetBuilder(parsed.PositiveTerms);
        var hits = raw.Hits
            .Select(h => new SearchHit(
                h.Id,
                h.Title,
                h.Source,
                h.Url,
                h.Published,
                h.Date,
                h.Score,
                snippets.Build(h.Text, h.Title),
                snippets.MatchEntities(h)))
            .ToArray();
        return new SearchResult(raw.Total, hits, raw.Facets);
    }

    /// <summary>Searches, returning a malformed query as an error instead of throwing.</summary>
    /// <param name="query">The query as a user typed it.</param>
    /// <param name="options">Paging, filters and facets, or null.</param>
    /// <param name="result">The result when the query is valid.</param>
    /// <param name="error">What is wrong with the query when it is not.</param>
    /// <returns>Whether the query was valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="SearchIndexException">The index cannot be read.</exception>
    public bool TrySearch(
        string query,
        SearchOptions? options,
        [NotNullWhen(true)] out SearchResult? result,
        [NotNullWhen(false)] out SearchQueryException? error)
    {
        try
        {
            result = Search(query, options);
            error = null;
            return true;
        }
        catch (SearchQueryException ex)
        {
            result = null;
            error = ex;
            return false;
        }
    }

    /// <summary>Closes the index (and, for a writer, releases the folder's write lock).</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _backend.Dispose();
        }
    }

    /// <summary>Test hook: the backend, to simulate a full disk.</summary>
    internal ISearchBackend BackendForTests => _backend;

    private ISearchBackend Backend
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _backend;
        }
    }

    /// <summary>The next batch prepared (<see cref="Prepare"/>), or null at the end of the input.</summary>
    private static IndexDocument[]? ReadNext(IEnumerator<ArticleAnalysis[]> batches, bool compress) =>
        batches.MoveNext() ? Prepare(batches.Current, compress) : null;

    /// <summary>Hashes a batch's analyses into documents; with <paramref name="compress"/>, also compresses what they store.</summary>
    private static IndexDocument[] Prepare(ArticleAnalysis[] batch, bool compress)
    {
        var documents = new IndexDocument[batch.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, batch.Length, parallel, i =>
        {
            var document = IndexDocument.Create(batch[i] ?? throw new ArgumentException("an analysis is null", nameof(batch)));
            if (compress)
            {
                document.Compress();
            }

            documents[i] = document;
        });
        return documents;
    }

    /// <summary>Which of a batch's documents differ from what the index holds.</summary>
    private BatchPlan Plan(IndexDocument[] documents)
    {
        var stored = Backend.GetHashes(documents.Select(d => d.Article.Id).ToArray());
        var changed = documents.Where(d => !stored.TryGetValue(d.Article.Id, out var hash) || hash != d.Hash).ToArray();
        return new BatchPlan(documents.Length, changed, stored);
    }

    private IndexUpdate Write(BatchPlan plan)
    {
        var written = plan.Changed.Length == 0 ? new IndexUpdate(0, 0, 0) : Backend.Write(plan.Changed, plan.Stored);
        return written with { Unchanged = written.Unchanged + (plan.Count - plan.Changed.Length) };
    }

    private IndexUpdate WriteBatch(ArticleAnalysis[] batch) => Write(Plan(Prepare(batch, compress: false)));

    private static ParsedQuery ApplyFilters(ParsedQuery query, SearchFilters? filters)
    {
        if (filters is null)
        {
            return query;
        }

        var nodes = new List<QueryNode>();
        if (query.Root is not null)
        {
            nodes.Add(query.Root);
        }

        void AddTerm(SearchField field, string? value, string name)
        {
            if (value is null)
            {
                return;
            }

            nodes.Add(SearchQueryParser.FilterTerm(field, value)
                ?? throw new ArgumentException($"the {name} filter has no letters or digits", nameof(filters)));
        }

        if (filters.Year is { } year)
        {
            AddTerm(SearchField.Year, year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "year");
        }

        AddTerm(SearchField.Place, filters.Place, "place");
        AddTerm(SearchField.Official, filters.Official, "official");
        AddTerm(SearchField.Rank, filters.Rank, "rank");
        AddTerm(SearchField.Model, filters.Model, "model");
        if (filters.Movement is { } movement)
        {
            AddTerm(SearchField.Topic, movement ? IndexSchema.MovementTopic : IndexSchema.OtherTopic, "topic");
        }
        var root = nodes.Count switch { 0 => null, 1 => nodes[0], _ => new AndNode(nodes, 0) };
        var from = filters.From is { } f && (query.From is null || f > query.From) ? f : query.From;
        var to = filters.To is { } t && (query.To is null || t < query.To) ? t : query.To;
        return new ParsedQuery(root, from, to);
    }
}

/// <summary>A batch's documents, those of them to write, and the hashes the index held for them.</summary>
internal sealed record BatchPlan(int Count, IndexDocument[] Changed, IReadOnlyDictionary<string, string> Stored);
