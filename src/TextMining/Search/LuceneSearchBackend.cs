using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TextMining.Search;

/// <summary>
/// The Lucene.Net backend: one index folder (see docs/search.md), one <see cref="IndexWriter"/> per process
/// holding the folder's write lock, a commit per batch (a killed run leaves the last commit, which the next run
/// opens and resumes from), searchers that see the last commit, BM25 scoring, facets from sorted-set doc values.
/// </summary>
internal sealed class LuceneSearchBackend : ISearchBackend
{
    private static readonly Similarity Scoring = new BM25Similarity();
    private static readonly HashSet<string> HashOnly = [IndexSchema.Hash];

    /// <summary>What a hit shows: everything stored but the extraction JSON, the hash and the sequence number.</summary>
    private static readonly HashSet<string> HitFields =
        [IndexSchema.Id, IndexSchema.Title, IndexSchema.Source, IndexSchema.Url, IndexSchema.Published, IndexSchema.DateText, IndexSchema.Text, IndexSchema.Entities];

    private static readonly HashSet<string> AnalysisOnly = [IndexSchema.Analysis];
    private static readonly HashSet<string> StoredOnly = [IndexSchema.Sequence, IndexSchema.Text, IndexSchema.Analysis];
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>
    /// The folder's writer lock: held open with <see cref="FileShare.None"/>, which .NET maps to an OS lock
    /// (<c>flock</c> on Unix), so it is released when the process ends, even by <c>kill -9</c>.
    /// </summary>
    private const string LockFile = "textmining-write.lock";

    private readonly string _path;
    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly MergeErrors? _mergeErrors;
    private readonly object _gate = new();
    private IndexWriter? _writer;
    private FileStream? _lock;
    private bool _broken;
    private long _nextSequence;
    private long _seenGeneration = -1;

    /// <summary>The ids written since the index held no document (null when it held some at open, or read-only).</summary>
    private readonly WrittenIds? _written;

    /// <summary>The folder's last-write time (UTC ticks) when <see cref="_seenGeneration"/> was last confirmed.</summary>
    private long _seenFolderWrite = -1;

    /// <summary>
    /// How old the folder's last-write time must be before an unchanged one is trusted: a change within the same
    /// file-system timestamp tick as the one seen would not move it, so a recent time is always checked in full.
    /// </summary>
    private static readonly TimeSpan SettledFolder = TimeSpan.FromSeconds(2);

    private LuceneSearchBackend(string path, LuceneDirectory directory, IndexWriter? writer, MergeErrors? mergeErrors)
    {
        _path = path;
        _directory = directory;
        _writer = writer;
        _mergeErrors = mergeErrors;
        _searchers = writer is null ? new SearcherManager(directory, new Bm25SearcherFactory()) : new SearcherManager(writer, true, new Bm25SearcherFactory());
        _nextSequence = ReadSequence(directory);
        _written = writer is { NumDocs: 0 } ? new WrittenIds() : null;
    }

    public bool IsReadOnly { get; private init; }

    /// <summary>The fewest documents of a batch written from several threads.</summary>
    internal const int ParallelWriteMinimum = 64;

    /// <summary>How many threads add documents to the writer (tests compare 1 with several).</summary>
    internal int WriteThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>The analyser of every field: exact and folded terms, abbreviation aliases for <see cref="IndexSchema.Aliases"/>.</summary>
    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        new VietnameseAnalyzer(),
        new Dictionary<string, Analyzer> { [IndexSchema.Aliases] = new VietnameseAnalyzer(VietnameseAnalyzer.AnalyzerMode.Aliases) });

    /// <summary>Opens (or, for writing, creates) the index folder at <paramref name="path"/>.</summary>
    public static LuceneSearchBackend Open(string path, bool readOnly)
    {
        var full = Path.GetFullPath(path);
        CheckLocation(full, readOnly);
        LuceneDirectory directory;
        try
        {
            directory = FSDirectory.Open(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException($"cannot open the index at {full}: {ex.Message}", ex);
        }

        try
        {
            var exists = CheckContents(full, directory, readOnly);
            if (readOnly)
            {
                return new LuceneSearchBackend(full, directory, null, null) { IsReadOnly = true };
            }

            var writeLock = AcquireLock(full);
            try
            {
                var (writer, errors) = CreateWriter(full, directory, exists);
                return new LuceneSearchBackend(full, directory, writer, errors) { _lock = writeLock };
            }
            catch
            {
                writeLock.Dispose();
                throw;
            }
        }
        catch (Exception ex) when (ex is not SearchIndexException)
        {
            directory.Dispose();
            throw Translate(full, "open", ex);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Creates an index that lives in memory until disposed.</summary>
    public static LuceneSearchBackend CreateInMemory()
    {
        var directory = new RAMDirectory();
        var (writer, errors) = CreateWriter(":memory:", directory, exists: false);
        return new LuceneSearchBackend(":memory:", directory, writer, errors);
    }

    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>The stored hashes of the ids the index holds.</summary>
    public IReadOnlyDictionary<string, string> GetHashes(IReadOnlyCollection<string> ids)
    {
        // Ids this writer has certainly not written, into an index that held none, are not looked up.
        var present = _written is { } written ? ids.Where(written.MayContain).ToArray() : ids;
        return present.Count == 0 ? new Dictionary<string, string>(StringComparer.Ordinal) : LookUpHashes(present);
    }

    /// <summary>The stored hashes of <paramref name="ids"/>: one term lookup per id and segment, no search.</summary>
    private Dictionary<string, string> LookUpHashes(IReadOnlyCollection<string> ids) => WithSearcher(searcher =>
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = ids.Select(id => (Id: id, Term: new BytesRef(id))).ToArray();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(IndexSchema.Id)?.GetEnumerator() is not { } terms)
            {
                continue;
            }

            DocsEnum? docs = null;
            foreach (var (id, term) in keys)
            {
                if (!terms.SeekExact(term))
                {
                    continue;
                }

                docs = terms.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                var doc = docs.NextDoc();
                if (doc != DocIdSetIterator.NO_MORE_DOCS)
                {
                    result[id] = reader.Document(doc, HashOnly).Get(IndexSchema.Hash);
                }
            }
        }

        return result;
    });

    /// <summary>
    /// Writes the documents whose hash differs from <paramref name="stored"/>, then commits. Which documents are
    /// added, replaced or skipped, and their insertion numbers, are decided in input order first; then
    /// <see cref="WriteThreads"/> threads prepare (stored extraction JSON, Brotli) and add them through the one
    /// thread-safe <see cref="IndexWriter"/>, which inverts each thread's documents in its own in-memory segment.
    /// The index holds the same documents with the same numbers as when written one by one.
    /// </summary>
    public IndexUpdate Write(IEnumerable<IndexDocument> documents, IReadOnlyDictionary<string, string> stored)
    {
        lock (_gate)
        {
            var writer = Writer;
            return Guard(() =>
            {
                var hashes = new Dictionary<string, string>(stored, StringComparer.Ordinal);
                var planned = new Dictionary<string, (IndexDocument Document, long Sequence, int Order, bool New)>(StringComparer.Ordinal);
                int added = 0, replaced = 0, unchanged = 0;
                foreach (var document in documents)
                {
                    var id = document.Article.Id;
                    if (hashes.TryGetValue(id, out var hash))
                    {
                        if (hash == document.Hash)
                        {
                            unchanged++;
                            continue;
                        }

                        replaced++;
                    }
                    else
                    {
                        added++;
                    }

                    hashes[id] = document.Hash;

                    // A later version of an id in the same batch replaces the earlier one, as it would one by one.
                    var isNew = planned.TryGetValue(id, out var earlier) ? earlier.New : IsCertainlyNew(id, stored);
                    _written?.Add(id);
                    planned[id] = (document, _nextSequence++, planned.Count, isNew);
                }

                var work = planned.Values.OrderBy(p => p.Order).ToArray();
                // A small batch is written by this thread alone: threads cost more than they save there, and the
                // documents keep the input order (ties in score go to the earlier one).
                var threads = work.Length < ParallelWriteMinimum ? 1 : Math.Max(1, WriteThreads);
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
                try
                {
                    Parallel.ForEach(work, parallel, p =>
                    {
                        p.Document.Compress();
                        var doc = Build(p.Document, p.Sequence);
                        if (p.New)
                        {
                            writer.AddDocument(doc);
                        }
                        else
                        {
                            writer.UpdateDocument(new Term(IndexSchema.Id, p.Document.Article.Id), doc);
                        }
                    });
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                }

                Commit(writer);
                return new IndexUpdate(added, replaced, unchanged);
            });
        }
    }

    /// <summary>
    /// Whether <paramref name="id"/> is certainly not in the index, so it is added without the delete an update
    /// buffers: the index held no document when this writer opened it and the writer has not written the id since.
    /// Asked under the write lock, so an id written by another thread's batch is seen.
    /// </summary>
    private bool IsCertainlyNew(string id, IReadOnlyDictionary<string, string> stored) =>
        _written is { } written && !stored.ContainsKey(id) && !written.MayContain(id);

    public bool Delete(string id)
    {
        lock (_gate)
        {
            var writer = Writer;
            if (GetHashes([id]).Count == 0)
            {
                return false;
            }

            return Guard(() =>
            {
                writer.DeleteDocuments(new Term(IndexSchema.Id, id));
                Commit(writer);
                return true;
            });
        }
    }

    public void Compact()
    {
        lock (_gate)
        {
            var writer = Writer;
            Guard(() =>
            {
                writer.ForceMerge(1);
                Commit(writer);
                return true;
            });
        }
    }

    public IReadOnlyList<(long Key, string Text, string Analysis)> ReadStored(long afterKey, int count) => WithSearcher(searcher =>
    {
        var query = NumericRangeQuery.NewInt64Range(IndexSchema.Sequence, afterKey, null, false, true);
        var sort = new Sort(new SortField(IndexSchema.SequenceValues, SortFieldType.INT64));
        var rows = new List<(long, string, string)>(count);
        foreach (var hit in searcher.Search(query, null, count, sort).ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc, StoredOnly);
            var key = doc.GetField(IndexSchema.Sequence).GetInt64Value() ?? throw Unreadable(hit.Doc, "no sequence number");
            var text = TextOf(doc) ?? throw Unreadable(hit.Doc, "no text, or its stored text is damaged");
            rows.Add((key, text, Analysis(doc) ?? throw Unreadable(hit.Doc, "its stored extraction is damaged")));
        }

        return rows;
    });

    public BackendResult Search(ParsedQuery query, SearchOptions options)
    {
        var compiled = LuceneQueryCompiler.Compile(query);
        return WithSearcher(searcher =>
        {
            var maxDoc = searcher.IndexReader.MaxDoc;
            var collectors = new List<ICollector>();
            Func<TopDocs>? page = null;
            Func<int>? total = null;
            if (options.Limit > 0 && options.Offset < maxDoc)
            {
                var wanted = (int)Math.Min((long)options.Offset + options.Limit, maxDoc);
                if (query.Root is null)
                {
                    var byDate = TopFieldCollector.Create(
                        new Sort(new SortField(IndexSchema.DateValues, SortFieldType.INT64, true), new SortField(IndexSchema.SequenceValues, SortFieldType.INT64)),
                        wanted,
                        false,
                        false,
                        false,
                        true);
                    collectors.Add(byDate);
                    page = () => byDate.GetTopDocs(options.Offset, options.Limit);
                    total = () => byDate.TotalHits;
                }
                else
                {
                    // In document order (ties go to the lower document number): out of order, a query of optional
                    // clauses only (a word over its fields) was scored by a bulk scorer that allocates a table of
                    // 2,048 buckets per segment per query (1.6 MB and twice the time for `trump`).
                    var first = compiled.Boost is null ? wanted : Math.Max(wanted, CompiledQuery.BoostWindow);
                    var byScore = TopScoreDocCollector.Create(first, true);
                    collectors.Add(byScore);
                    page = compiled.Boost is null
                        ? () => byScore.GetTopDocs(options.Offset, options.Limit)
                        : () => Page(Boost(searcher, byScore.GetTopDocs(), compiled.Boost), options.Offset, options.Limit);
                    total = () => byScore.TotalHits;
                }
            }

            if (total is null)
            {
                // No page asked for: only the count (the page collectors count every hit themselves).
                var counter = new TotalHitCountCollector();
                collectors.Add(counter);
                total = () => counter.TotalHits;
            }

            var facets = options.Facets == SearchFacets.None ? null : new FacetCounter(IndexSchema.Facets.Where(f => options.Facets.HasFlag(f.Flag)));
            if (facets is not null)
            {
                collectors.Add(facets);
            }

            searcher.Search(compiled.Match, MultiCollector.Wrap([.. collectors]));
            var hits = new List<BackendHit>();
            foreach (var scored in page?.Invoke().ScoreDocs ?? [])
            {
                hits.Add(LoadHit(searcher, scored.Doc, query.Root is null || float.IsNaN(scored.Score) ? 0.0 : scored.Score));
            }

            return new BackendResult(total(), hits, facets?.Results(options.FacetLimit) ?? []);
        });
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searchers.Dispose();
            if (_writer is { } writer)
            {
                _writer = null;
                try
                {
                    writer.Dispose();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    // Whatever was not committed is dropped; the last commit stays.
                    writer.Rollback();
                }
            }

            _directory.Dispose();
            _lock?.Dispose();
            _lock = null;
        }
    }

    /// <summary>Test hook: the writer, to fail a write as on a full disk.</summary>
    internal IndexWriter? WriterForTests => _writer;

    private IndexWriter Writer
    {
        get
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException("the index was opened read-only");
            }

            return !_broken && _writer is { } writer
                ? writer
                : throw new SearchIndexException($"the index at {_path} was closed after a failed write; open it again (every committed batch is there)");
        }
    }

    private static Document Build(IndexDocument source, long sequence)
    {
        var article = source.Article;
        var text = article.Text;
        var body = text.StartsWith(article.Title, StringComparison.Ordinal) ? text[article.Title.Length..] : text;
        var doc = new Document
        {
            new StringField(IndexSchema.Id, article.Id, Field.Store.YES),
            new StoredField(IndexSchema.Hash, source.Hash),
            new Int64Field(IndexSchema.Sequence, sequence, Field.Store.YES),
            new NumericDocValuesField(IndexSchema.SequenceValues, sequence),
            new TextField(IndexSchema.Title, article.Title, Field.Store.YES),
            new TextField(IndexSchema.Body, body, Field.Store.NO),
            new TextField(IndexSchema.Aliases, text, Field.Store.NO),
            new StoredField(IndexSchema.Text, source.CompressedText),
            new StoredField(IndexSchema.Entities, StoredEntities.Encode(source.Officials, source.Models, source.Places)),
            new StoredField(IndexSchema.Analysis, source.CompressedAnalysis),
        };
        Store(doc, IndexSchema.Source, article.Source);
        Store(doc, IndexSchema.Url, article.Url);
        Store(doc, IndexSchema.Published, article.PublishedIso);
        Store(doc, IndexSchema.DateText, source.Date);
        var date = LuceneQueryCompiler.DateKey(source.Date);
        if (date is { } key)
        {
            doc.Add(new Int32Field(IndexSchema.Date, key, Field.Store.NO));
        }

        doc.Add(new NumericDocValuesField(IndexSchema.DateValues, date ?? 0));
        foreach (var facet in IndexSchema.Facets)
        {
            AddFacet(doc, facet, source);
        }

        return doc;
    }

    private static void AddFacet(Document doc, FacetDefinition facet, IndexDocument source)
    {
        var searched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in facet.SearchValues(source))
        {
            if (string.IsNullOrWhiteSpace(value) || !searched.Add(value))
            {
                continue;
            }

            doc.Add(IndexSchema.IsKeyword(facet.Field)
                ? new StringField(facet.SearchField, value, Field.Store.NO)
                : new TextField(facet.SearchField, VietnameseText.Normalize(value), Field.Store.NO));
        }

        var counted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in facet.FacetValues(source))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var display = VietnameseText.Normalize(value);
            var key = IndexSchema.FacetKey(display);
            if (!counted.TryGetValue(key, out var seen) || string.CompareOrdinal(display, seen) < 0)
            {
                counted[key] = display;
            }
        }

        foreach (var (key, display) in counted)
        {
            doc.Add(new SortedSetDocValuesField(facet.DocValuesField, new BytesRef(key + IndexSchema.FacetSeparator + display)));
        }
    }

    private static void Store(Document doc, string field, string? value)
    {
        if (value is not null)
        {
            doc.Add(new StoredField(field, value));
        }
    }

    /// <summary>The hits of <paramref name="ranked"/> from <paramref name="offset"/>, at most <paramref name="limit"/>.</summary>
    private static TopDocs Page(TopDocs ranked, int offset, int limit) =>
        new(ranked.TotalHits, [.. ranked.ScoreDocs.Skip(offset).Take(limit)], ranked.MaxScore);

    /// <summary>
    /// <paramref name="first"/>'s hits with <paramref name="boost"/>'s score added where it matches, ordered again by
    /// score, then document. (Lucene.Net's <c>QueryRescorer</c> does the same but throws where a segment has no match.)
    /// </summary>
    private static TopDocs Boost(IndexSearcher searcher, TopDocs first, Query boost)
    {
        var hits = first.ScoreDocs;
        Array.Sort(hits, (a, b) => a.Doc.CompareTo(b.Doc));
        var weight = searcher.CreateNormalizedWeight(boost);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            while (leaf + 1 < leaves.Count && leaves[leaf + 1].DocBase <= hit.Doc)
            {
                leaf++;
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
            }

            var target = hit.Doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID >= target || scorer.Advance(target) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == target)
            {
                hit.Score += scorer.GetScore();
            }
        }

        Array.Sort(hits, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return new TopDocs(first.TotalHits, hits, hits.Length > 0 ? hits[0].Score : float.NaN);
    }

    private static string? Analysis(Document doc) =>
        doc.GetBinaryValue(IndexSchema.Analysis) is { } bytes ? StoredText.Decompress(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)) : null;

    /// <summary>
    /// The stored article text: Brotli bytes (<see cref="StoredText"/>), which a hit decodes in a few microseconds,
    /// where Lucene's own stored-field decompression of the plain string cost about ten times more per hit; an
    /// index written before stores the string.
    /// </summary>
    internal static string? TextOf(Document doc) => doc.GetField(IndexSchema.Text) switch
    {
        null => null,
        var field when field.GetBinaryValue() is { } bytes => StoredText.Decompress(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)),
        var field => field.GetStringValue(),
    };

    private static SearchIndexException Unreadable(int doc, string why) => new($"document {doc} of the index cannot be read back: {why}");

    /// <summary>
    /// A hit's stored fields but the extraction JSON; its officials, models and places from the compact
    /// <see cref="IndexSchema.Entities"/> field (an index written before that field parses the JSON instead).
    /// </summary>
    private static BackendHit LoadHit(IndexSearcher searcher, int docId, double score)
    {
        var doc = searcher.Doc(docId, HitFields);
        var text = TextOf(doc) ?? string.Empty;
        IndexedOfficial[] officials = [];
        IndexedModel[] models = [];
        IndexedPlace[] places = [];
        if (doc.Get(IndexSchema.Entities) is { } entities)
        {
            StoredEntities.TryDecode(entities, out officials, out models, out places);
        }
        else if (Analysis(searcher.Doc(docId, AnalysisOnly)) is { } json && Export.ArticleJsonReader.TryParse(json, text, out var analysis, out _) && analysis is not null)
        {
            officials = IndexDocument.OfficialsOf(analysis);
            models = IndexDocument.ModelsOf(analysis);
            places = IndexDocument.PlacesOf(analysis);
        }

        return new BackendHit(
            doc.Get(IndexSchema.Id),
            doc.Get(IndexSchema.Title) ?? string.Empty,
            doc.Get(IndexSchema.Source),
            doc.Get(IndexSchema.Url),
            doc.Get(IndexSchema.Published),
            doc.Get(IndexSchema.DateText),
            score,
            text,
            officials,
            models,
            places);
    }

    private static FileStream AcquireLock(string full)
    {
        try
        {
            return new FileStream(Path.Combine(full, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (!IsDiskFull(ex))
        {
            throw new SearchIndexException($"the index at {full} is being written by another process; wait for it to finish (searching works meanwhile)", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SearchIndexException($"cannot write to the index at {full}: permission denied ({ex.Message})", ex);
        }
    }

    private static (IndexWriter, MergeErrors) CreateWriter(string path, LuceneDirectory directory, bool exists)
    {
        var errors = new MergeErrors();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, CreateAnalyzer())
        {
            OpenMode = exists ? OpenMode.APPEND : OpenMode.CREATE,
            Similarity = Scoring,
            RAMBufferSizeMB = 64,
            MergeScheduler = errors,
        };
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new SearchIndexException($"the index at {path} is being written by another process; wait for it to finish (searching works meanwhile)", ex);
        }

        if (!exists)
        {
            try
            {
                writer.SetCommitData(CommitData(1));
                writer.Commit();
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }

        return (writer, errors);
    }

    private static Dictionary<string, string> CommitData(long next) => new(StringComparer.Ordinal)
    {
        [IndexSchema.VersionKey] = IndexSchema.Version,
        [IndexSchema.SequenceKey] = next.ToString(CultureInfo.InvariantCulture),
    };

    private static long ReadSequence(LuceneDirectory directory)
    {
        var commits = DirectoryReader.ListCommits(directory);
        var data = commits[^1].UserData;
        return data.TryGetValue(IndexSchema.SequenceKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var next) ? next : 1;
    }

    /// <summary>A file where the folder should be, or a missing parent folder.</summary>
    private static void CheckLocation(string full, bool readOnly)
    {
        if (File.Exists(full))
        {
            var header = new byte[SqliteHeader.Length];
            int read;
            try
            {
                using var stream = File.OpenRead(full);
                read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new SearchIndexException($"{full} is a file, not a search index folder, and cannot be read: {ex.Message}", ex);
            }

            throw new SearchIndexException(read == header.Length && header.AsSpan().SequenceEqual(SqliteHeader)
                ? $"{full} is a search index made by an earlier version; rebuild it with `textmining index` (an index is now a folder; the old one was this single SQLite file)"
                : $"{full} is a file, not a search index (an index is a folder made by `textmining index`)");
        }

        if (System.IO.Directory.Exists(full))
        {
            return;
        }

        if (readOnly)
        {
            throw new SearchIndexException($"there is no index at {full}: build one with `textmining index`");
        }

        var parent = Path.GetDirectoryName(full);
        if (parent is not null && !System.IO.Directory.Exists(parent))
        {
            throw new SearchIndexException(File.Exists(parent) || AnyAncestorIsFile(parent)
                ? $"cannot create the index at {full}: a part of the path is a file, not a folder"
                : $"cannot create the index at {full}: the folder {parent} does not exist");
        }

        try
        {
            System.IO.Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException($"cannot create the index at {full}: {ex.Message}", ex);
        }
    }

    private static bool AnyAncestorIsFile(string path)
    {
        for (var p = path; !string.IsNullOrEmpty(p); p = Path.GetDirectoryName(p))
        {
            if (File.Exists(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the folder holds a TextMining index; throws when it holds something else.</summary>
    private static bool CheckContents(string full, LuceneDirectory directory, bool readOnly)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            var others = System.IO.Directory.EnumerateFileSystemEntries(full).Where(e => Path.GetFileName(e) is not ("write.lock" or LockFile)).Take(1).Any();
            if (others)
            {
                throw new SearchIndexException(
                    $"{full} is not a TextMining search index (the folder holds other files); give `--index` a new or empty folder, or the folder of an index made by `textmining index`");
            }

            if (readOnly)
            {
                throw new SearchIndexException($"there is no index at {full}: build one with `textmining index`");
            }

            return false;
        }

        IDictionary<string, string> data;
        try
        {
            data = DirectoryReader.ListCommits(directory)[^1].UserData;
            using var probe = DirectoryReader.Open(directory);
        }
        catch (Exception ex) when (ex is IOException or IndexFormatTooOldException or IndexFormatTooNewException or CorruptIndexException or InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw new SearchIndexException($"the index at {full} is damaged or unreadable ({ex.Message}); rebuild it with `textmining index` into a new folder", ex);
        }

        if (!data.TryGetValue(IndexSchema.VersionKey, out var version))
        {
            throw new SearchIndexException($"{full} is a Lucene index but not a TextMining search index; give `--index` a new or empty folder");
        }

        if (version != IndexSchema.Version)
        {
            throw new SearchIndexException(
                $"{full} is a search index of layout {version}, made by another version of TextMining (this one reads {IndexSchema.Version}); rebuild it with `textmining index` into a new folder");
        }

        return true;
    }

    private static SearchIndexException Translate(string path, string verb, Exception ex)
    {
        if (IsDiskFull(ex))
        {
            return new SearchIndexException($"cannot {verb} the index at {path}: no space left on device; every batch committed before stays searchable", ex);
        }

        return ex switch
        {
            LockObtainFailedException => new SearchIndexException($"the index at {path} is being written by another process; wait for it to finish (searching works meanwhile)", ex),
            CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException =>
                new SearchIndexException($"the index at {path} is damaged or unreadable ({ex.Message}); rebuild it with `textmining index` into a new folder", ex),
            UnauthorizedAccessException => new SearchIndexException($"cannot {verb} the index at {path}: permission denied ({ex.Message})", ex),
            _ => new SearchIndexException($"cannot {verb} the index at {path}: {ex.Message}", ex),
        };
    }

    private static bool IsDiskFull(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is IOException io && ((io.HResult & 0xFFFF) == 28 || io.HResult == unchecked((int)0x80070070) ||
                io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || io.Message.Contains("disk full", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private void Commit(IndexWriter writer)
    {
        writer.SetCommitData(CommitData(_nextSequence));
        writer.Commit();
        _mergeErrors?.ThrowIfAny();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs a write; on failure drops what was not committed and turns the error into a <see cref="SearchIndexException"/>.</summary>
    private T Guard<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is not SearchIndexException and not InvalidOperationException and not ArgumentException)
        {
            _broken = true;
            try
            {
                _writer?.Rollback();
            }
            catch (Exception)
            {
                // The rollback of a writer on a full disk can fail too; the last commit is untouched either way.
            }

            _nextSequence = SafeReadSequence();
            throw Translate(_path, "write to", ex);
        }
    }

    private long SafeReadSequence()
    {
        try
        {
            return ReadSequence(_directory);
        }
        catch (IOException)
        {
            return _nextSequence;
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        try
        {
            if (IsReadOnly)
            {
                // Another process may have committed since: the folder's listing names the latest commit, and only
                // when it is not the one open is it read (reading it on every search costs more than most queries).
                // The generation kept is the one actually opened: a commit still being written is retried.
                // A commit adds files to the folder, which moves its last-write time: while that time is the one
                // seen at the last check and settled, the listing is skipped (one stat instead of a stat per file).
                var folderWrite = FolderWriteTicks();
                var unchanged = folderWrite >= 0 && folderWrite == Interlocked.Read(ref _seenFolderWrite) && DateTime.UtcNow.Ticks - folderWrite > SettledFolder.Ticks;
                if (unchanged)
                {
                    // The folder has not changed since its listing named the generation open.
                }
                else if (SegmentInfos.GetLastCommitGeneration(_directory) != Interlocked.Read(ref _seenGeneration))
                {
                    _searchers.MaybeRefresh();
                    var current = _searchers.Acquire();
                    try
                    {
                        Interlocked.Exchange(ref _seenGeneration, ((DirectoryReader)current.IndexReader).IndexCommit.Generation);
                    }
                    finally
                    {
                        _searchers.Release(current);
                    }
                }
                else
                {
                    // The listing named the generation open; the folder time read before it is now confirmed.
                    Interlocked.Exchange(ref _seenFolderWrite, folderWrite);
                }
            }

            var searcher = _searchers.Acquire();
            try
            {
                return read(searcher);
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or UnauthorizedAccessException)
        {
            throw Translate(_path, "read", ex);
        }
    }

    /// <summary>The folder's last-write time in UTC ticks, or -1 (never trusted) when it cannot be read.</summary>
    private long FolderWriteTicks()
    {
        try
        {
            return System.IO.Directory.GetLastWriteTimeUtc(_path).Ticks;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    /// <summary>Searchers that score with BM25.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Scoring };
    }

    /// <summary>
    /// Background merges on the other core; a merge that fails (a full disk) is recorded instead of ending the
    /// process, and reported at the next commit. A failed merge leaves the segments it read intact.
    /// </summary>
    private sealed class MergeErrors : ConcurrentMergeScheduler
    {
        private Exception? _first;

        public void ThrowIfAny()
        {
            var error = Interlocked.Exchange(ref _first, null);
            if (error is not null)
            {
                throw new IOException(error.Message, error);
            }
        }

        protected override void HandleMergeException(Exception exc)
        {
            Interlocked.CompareExchange(ref _first, exc, null);
        }
    }
}
