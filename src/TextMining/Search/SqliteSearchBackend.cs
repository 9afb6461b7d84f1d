using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using TextMining.Text;

namespace TextMining.Search;

/// <summary>
/// The SQLite FTS5 backend: one file in WAL mode with ordinary tables for articles and every entity kind and a
/// contentless FTS5 table over the analysed fields (see <see cref="SqliteSchema"/>). Writes go through one
/// connection, one transaction per batch; searches on a file open their own connections, so they run while a
/// write is in progress (in this process or another).
/// </summary>
internal sealed class SqliteSearchBackend : ISearchBackend
{
    private static readonly object InitGate = new();

    /// <summary>The configured rank function (<see cref="SqliteSchema.RankFunction"/>) called on the FTS5 table.</summary>
    private static readonly string RankExpression = SqliteSchema.RankFunction.Replace("bm25(", "bm25(article_fts, ", StringComparison.Ordinal);
    private static bool _initialized;

    private readonly string _displayPath;
    private readonly string? _readConnectionString;
    private readonly SqliteConnection? _writer;
    private readonly object _gate = new();
    private WriteStatements? _statements;

    private SqliteSearchBackend(string displayPath, SqliteConnection? writer, string? readConnectionString)
    {
        _displayPath = displayPath;
        _writer = writer;
        _readConnectionString = readConnectionString;
    }

    public bool IsReadOnly => _writer is null;

    /// <summary>Opens or creates the index file at <paramref name="path"/>.</summary>
    public static SqliteSearchBackend Open(string path, bool readOnly)
    {
        EnsureInitialized();
        var full = Path.GetFullPath(path);
        if (readOnly && !File.Exists(full))
        {
            throw new SearchIndexException($"there is no index at {full}: build one with 'textmining index'");
        }

        if (!readOnly && !Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new SearchIndexException($"cannot create the index at {full}: the folder {Path.GetDirectoryName(full)} does not exist");
        }

        var read = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        if (readOnly)
        {
            var backend = new SqliteSearchBackend(full, null, read);
            backend.Guard("open", () =>
            {
                using var connection = backend.OpenReader();
                CheckVersion(connection, full, allowCreate: false);
            });
            return backend;
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var writer = new SqliteConnection(builder.ToString());
        var created = new SqliteSearchBackend(full, writer, read);
        try
        {
            created.Guard("open", () =>
            {
                writer.Open();
                Execute(writer, "PRAGMA busy_timeout = 10000;");
                if (CheckVersion(writer, full, allowCreate: true))
                {
                    Execute(writer, "PRAGMA journal_mode = WAL;");
                    CreateSchema(writer);
                }

                // NORMAL in WAL mode: a commit survives a killed process (not a power cut); the cache holds the
                // FTS5 segments being merged.
                Execute(writer, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            });
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        return created;
    }

    /// <summary>Creates an index that lives in memory until disposed.</summary>
    public static SqliteSearchBackend CreateInMemory()
    {
        EnsureInitialized();
        var writer = new SqliteConnection("Data Source=:memory:");
        writer.Open();
        CreateSchema(writer);
        return new SqliteSearchBackend(":memory:", writer, null);
    }

    public int Count => Read(c => Convert.ToInt32(Scalar(c, "SELECT count(*) FROM articles"), CultureInfo.InvariantCulture));

    /// <summary>Test hook: caps the file size in pages so a write fails as on a full disk.</summary>
    internal void LimitPages(int pages) => Guard("configure", () => Execute(Writer, $"PRAGMA max_page_count = {pages};"));

    public IReadOnlyList<(long Key, string Text, string Analysis)> ReadStored(long afterKey, int count)
    {
        return Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, text, analysis FROM articles WHERE key > $after ORDER BY key LIMIT $count";
            command.Parameters.AddWithValue("$after", afterKey);
            command.Parameters.AddWithValue("$count", count);
            using var reader = command.ExecuteReader();
            var rows = new List<(long, string, string)>(count);
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }

            return rows;
        });
    }

    public IReadOnlyDictionary<string, string> GetHashes(IReadOnlyCollection<string> ids)
    {
        return Read(connection =>
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT hash FROM articles WHERE id = $id";
            var id = command.Parameters.Add("$id", SqliteType.Text);
            foreach (var value in ids)
            {
                id.Value = value;
                if (command.ExecuteScalar() is string hash)
                {
                    result[value] = hash;
                }
            }

            return result;
        });
    }

    public IndexUpdate Write(IEnumerable<IndexDocument> documents)
    {
        var writer = Writer;
        lock (_gate)
        {
            return Guard("write to", () =>
            {
                var s = _statements ??= new WriteStatements(writer);
                using var transaction = writer.BeginTransaction(deferred: false);
                s.Enlist(transaction);
                int added = 0, replaced = 0, unchanged = 0;
                foreach (var document in documents)
                {
                    s.FindArticle.Parameters[0].Value = document.Article.Id;
                    using (var reader = s.FindArticle.ExecuteReader())
                    {
                        if (reader.Read())
                        {
                            var key = reader.GetInt64(0);
                            var hash = reader.GetString(1);
                            reader.Close();
                            if (hash == document.Hash)
                            {
                                unchanged++;
                                continue;
                            }

                            DeleteRow(writer, s, key);
                            replaced++;
                        }
                        else
                        {
                            added++;
                        }
                    }

                    Insert(s, document);
                }

                transaction.Commit();
                return new IndexUpdate(added, replaced, unchanged);
            });
        }
    }

    public bool Delete(string id)
    {
        var writer = Writer;
        lock (_gate)
        {
            return Guard("write to", () =>
            {
                var s = _statements ??= new WriteStatements(writer);
                using var transaction = writer.BeginTransaction(deferred: false);
                s.Enlist(transaction);
                s.FindArticle.Parameters[0].Value = id;
                long key;
                using (var reader = s.FindArticle.ExecuteReader())
                {
                    if (!reader.Read())
                    {
                        return false;
                    }

                    key = reader.GetInt64(0);
                }

                DeleteRow(writer, s, key);
                transaction.Commit();
                return true;
            });
        }
    }

    public BackendResult Search(ParsedQuery query, SearchOptions options)
    {
        var match = query.Root is null ? null : Fts5QueryCompiler.Compile(query.Root);
        // Without a date filter the FTS5 table is queried alone: its rank sort then carries only rowids.
        var dated = query.From is not null || query.To is not null;
        var from = match is null ? "articles a" : dated ? "article_fts f JOIN articles a ON a.key = f.rowid" : "article_fts f";
        var keyColumn = match is null || dated ? "a.key" : "f.rowid";
        var where = new List<string>();
        if (match is not null)
        {
            where.Add("article_fts MATCH $match");
        }

        if (query.From is not null)
        {
            where.Add("a.date >= $from");
        }

        if (query.To is not null)
        {
            where.Add("a.date <= $to");
        }

        var filter = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        void Bind(SqliteCommand command)
        {
            if (match is not null)
            {
                command.Parameters.AddWithValue("$match", match);
            }

            if (query.From is { } f)
            {
                command.Parameters.AddWithValue("$from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (query.To is { } t)
            {
                command.Parameters.AddWithValue("$to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        return Read(connection =>
        {
            int total;
            var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
            if (options.Facets != SearchFacets.None)
            {
                Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS search_matches(key INTEGER PRIMARY KEY); DELETE FROM temp.search_matches;");
                using (var fill = connection.CreateCommand())
                {
                    fill.CommandText = $"INSERT INTO temp.search_matches SELECT {keyColumn} FROM {from}{filter}";
                    Bind(fill);
                    total = fill.ExecuteNonQuery();
                }

                ComputeFacets(connection, options, facets);
            }
            else
            {
                using var count = connection.CreateCommand();
                count.CommandText = $"SELECT count(*) FROM {from}{filter}";
                Bind(count);
                total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            var hits = new List<BackendHit>();
            if (options.Limit > 0 && options.Offset < total)
            {
                // First the page of keys and scores (a narrow sort), then the page's rows.
                var page = new List<(long Key, double Score)>();
                using (var command = connection.CreateCommand())
                {
                    // bm25() with the rank weights, not the "rank" column: the same values and order, but SQLite's
                    // sorter keeps only the page instead of FTS5 sorting every match and seeking back to each.
                    var score = match is null ? "0.0" : "-" + RankExpression;
                    var order = match is null ? "a.date DESC, a.key" : RankExpression;
                    command.CommandText = $"SELECT {keyColumn}, {score} FROM {from}{filter} ORDER BY {order} LIMIT $limit OFFSET $offset";
                    Bind(command);
                    command.Parameters.AddWithValue("$limit", options.Limit);
                    command.Parameters.AddWithValue("$offset", options.Offset);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        page.Add((reader.GetInt64(0), reader.GetDouble(1)));
                    }
                }

                using var row = connection.CreateCommand();
                row.CommandText = "SELECT id, title, source, url, published, date, text FROM articles WHERE key = $k";
                var k = row.Parameters.Add("$k", SqliteType.Integer);
                using var entities = new EntityStatements(connection, null);
                foreach (var (key, score) in page)
                {
                    k.Value = key;
                    using var reader = row.ExecuteReader();
                    if (!reader.Read())
                    {
                        continue;
                    }

                    hits.Add(new BackendHit(
                        reader.GetString(0),
                        reader.GetString(1),
                        NullableString(reader, 2),
                        NullableString(reader, 3),
                        NullableString(reader, 4),
                        NullableString(reader, 5),
                        score,
                        reader.GetString(6),
                        entities.Officials(key),
                        entities.Models(key),
                        entities.Places(key)));
                }
            }

            return new BackendResult(total, hits, facets);
        });
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _statements?.Dispose();
            _statements = null;
            _writer?.Dispose();
        }

        if (_readConnectionString is not null)
        {
            using var connection = new SqliteConnection(_readConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    private SqliteConnection Writer => _writer ?? throw new InvalidOperationException("the index was opened read-only");

    private static void EnsureInitialized()
    {
        lock (InitGate)
        {
            if (!_initialized)
            {
                SQLitePCL.Batteries_V2.Init();
                _initialized = true;
            }
        }
    }

    /// <summary>True when the database is empty and needs the schema; throws when it is another version or not an index.</summary>
    private static bool CheckVersion(SqliteConnection connection, string path, bool allowCreate)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        var tables = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM sqlite_master"), CultureInfo.InvariantCulture);
        if (version == SqliteSchema.Version)
        {
            return false;
        }

        if (version == 0 && tables == 0 && allowCreate)
        {
            return true;
        }

        if (version == 0)
        {
            throw new SearchIndexException(
                tables == 0
                    ? $"{path} is an empty database, not a search index: build one with 'textmining index'"
                    : $"{path} is a SQLite database but not a TextMining search index");
        }

        throw new SearchIndexException(
            $"{path} is a search index of schema version {version}; this version of TextMining reads schema version {SqliteSchema.Version}. " +
            "Delete the file and index the articles again");
    }

    private static void CreateSchema(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSchema.Create +
            $"INSERT INTO article_fts(article_fts, rank) VALUES('rank', '{SqliteSchema.RankFunction}');" +
            $"PRAGMA user_version = {SqliteSchema.Version};";
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO meta(key, value) VALUES ('schema_version', $v), ('created', $c), ('analyzer', $a)";
        command.Parameters.AddWithValue("$v", SqliteSchema.Version.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$c", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$a", "TextMining.Search.SearchAnalyzer: NFC, matching key + folded key, numbers whole, abbreviation aliases");
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    private static void Insert(WriteStatements s, IndexDocument document)
    {
        var article = document.Article;
        var analysis = document.Analysis;
        var fields = document.Fields ?? throw new InvalidOperationException("document not analysed");
        s.InsertArticle.Bind(
            article.Id,
            document.Hash,
            article.Source,
            article.Url,
            article.Title,
            article.PublishedIso,
            document.Date,
            document.Year,
            article.Views,
            article.Authors.Count == 0 ? null : string.Join("; ", article.Authors),
            article.Text,
            document.AnalysisJson);
        var key = Convert.ToInt64(s.InsertArticle.ExecuteScalar(), CultureInfo.InvariantCulture);

        foreach (var d in analysis.Dates)
        {
            s.InsertDate.Bind(key, d.Text, d.Value, d.Granularity.ToString(), d.Inferred ? 1 : 0, d.Span.Start, d.Span.Length);
            s.InsertDate.ExecuteNonQuery();
        }

        foreach (var o in document.Officials)
        {
            s.InsertOfficial.Bind(key, o.Name, Key(o.Name), o.Rank, o.Rank is null ? null : Key(o.Rank), o.Honorific, o.Positions, o.Start, o.Length);
            s.InsertOfficial.ExecuteNonQuery();
        }

        foreach (var f in analysis.Figures)
        {
            s.InsertFigure.Bind(key, f.Text, f.Value, f.Total, f.Unit, f.Qualifier.ToString(), f.Span.Start, f.Span.Length);
            s.InsertFigure.ExecuteNonQuery();
        }

        foreach (var m in document.Models)
        {
            s.InsertModel.Bind(key, m.Name, Key(m.Name), m.Location, m.Start, m.Length);
            s.InsertModel.ExecuteNonQuery();
        }

        foreach (var d in analysis.Documents)
        {
            s.InsertDocument.Bind(key, d.Text, d.Name, d.Kind, d.Number, d.IssuerCode, d.Date, d.Span.Start, d.Span.Length);
            s.InsertDocument.ExecuteNonQuery();
        }

        foreach (var p in document.Places)
        {
            s.InsertPlace.Bind(key, p.Text, p.Name, p.Level, p.Province, p.Province is null ? null : Key(p.Province), p.Start, p.Length);
            s.InsertPlace.ExecuteNonQuery();
        }

        foreach (var o in analysis.Organizations)
        {
            s.InsertOrganization.Bind(key, o.Text, o.Name, o.Span.Start, o.Span.Length);
            s.InsertOrganization.ExecuteNonQuery();
        }

        s.InsertFts.Bind(key, fields);
        s.InsertFts.ExecuteNonQuery();
    }

    /// <summary>
    /// Removes one article. The FTS5 table is contentless, so its row is removed by repeating the exact values
    /// it was indexed with; they are rebuilt from the stored text and entities by the same analyser.
    /// </summary>
    private static void DeleteRow(SqliteConnection connection, WriteStatements s, long key)
    {
        string title, text;
        int? year;
        using (var command = Command(connection, s, "SELECT title, text, year FROM articles WHERE key = $k", key))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            title = reader.GetString(0);
            text = reader.GetString(1);
            year = reader.IsDBNull(2) ? null : reader.GetInt32(2);
        }

        using var entities = new EntityStatements(connection, s.Transaction);
        var officials = entities.Officials(key);
        var models = entities.Models(key);
        var places = entities.Places(key);
        var fields = IndexDocument.AnalyzeFields(
            title,
            text,
            officials.Select(o => o.Name),
            officials.Select(o => o.Rank),
            models.Select(m => m.Name),
            places.SelectMany(p => new[] { p.Name, p.Province }),
            year);
        s.DeleteFts.Bind(key, fields);
        s.DeleteFts.ExecuteNonQuery();
        var sql = new StringBuilder();
        foreach (var table in SqliteSchema.EntityTables)
        {
            sql.Append("DELETE FROM ").Append(table).Append(" WHERE article = $k;");
        }

        sql.Append("DELETE FROM articles WHERE key = $k;");
        using var delete = Command(connection, s, sql.ToString(), key);
        delete.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, WriteStatements s, string sql, long key)
    {
        var command = connection.CreateCommand();
        command.Transaction = s.Transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$k", key);
        return command;
    }

    /// <summary>The statements that load one article's officials, models and places, prepared once and reused per article.</summary>
    private sealed class EntityStatements : IDisposable
    {
        private readonly SqliteCommand _officials;
        private readonly SqliteCommand _models;
        private readonly SqliteCommand _places;

        public EntityStatements(SqliteConnection connection, SqliteTransaction? transaction)
        {
            SqliteCommand Make(string sql)
            {
                var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                command.Parameters.Add("$k", SqliteType.Integer);
                return command;
            }

            _officials = Make("SELECT name, rank, honorific, positions, start, length FROM officials WHERE article = $k ORDER BY rowid");
            _models = Make("SELECT name, location, start, length FROM models WHERE article = $k ORDER BY rowid");
            _places = Make("SELECT text, name, level, province, start, length FROM places WHERE article = $k ORDER BY rowid");
        }

        public IReadOnlyList<IndexedOfficial> Officials(long key) => Load(_officials, key, r =>
            new IndexedOfficial(r.GetString(0), NullableString(r, 1), NullableString(r, 2), r.GetString(3), r.GetInt32(4), r.GetInt32(5)));

        public IReadOnlyList<IndexedModel> Models(long key) => Load(_models, key, r =>
            new IndexedModel(r.GetString(0), NullableString(r, 1), r.GetInt32(2), r.GetInt32(3)));

        public IReadOnlyList<IndexedPlace> Places(long key) => Load(_places, key, r =>
            new IndexedPlace(r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), r.GetInt32(4), r.GetInt32(5)));

        public void Dispose()
        {
            _officials.Dispose();
            _models.Dispose();
            _places.Dispose();
        }

        private static T[] Load<T>(SqliteCommand command, long key, Func<SqliteDataReader, T> map)
        {
            command.Parameters[0].Value = key;
            using var reader = command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read())
            {
                list.Add(map(reader));
            }

            return list.ToArray();
        }
    }

    private static void ComputeFacets(SqliteConnection connection, SearchOptions options, Dictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        const string Matched = "temp.search_matches m";
        var queries = new (SearchFacets Facet, string Name, string Sql)[]
        {
            (SearchFacets.Year, "year",
                $"SELECT CAST(a.year AS TEXT), count(*) FROM {Matched} JOIN articles a ON a.key = m.key WHERE a.year IS NOT NULL GROUP BY a.year ORDER BY 2 DESC, a.year DESC LIMIT $n"),
            (SearchFacets.Place, "place",
                $"SELECT min(p.province), count(DISTINCT p.article) FROM {Matched} JOIN places p ON p.article = m.key WHERE p.province_key IS NOT NULL GROUP BY p.province_key ORDER BY 2 DESC, 1 LIMIT $n"),
            (SearchFacets.Official, "official",
                $"SELECT min(o.name), count(DISTINCT o.article) FROM {Matched} JOIN officials o ON o.article = m.key GROUP BY o.name_key ORDER BY 2 DESC, 1 LIMIT $n"),
            (SearchFacets.Rank, "rank",
                $"SELECT min(o.rank), count(DISTINCT o.article) FROM {Matched} JOIN officials o ON o.article = m.key WHERE o.rank_key IS NOT NULL GROUP BY o.rank_key ORDER BY 2 DESC, 1 LIMIT $n"),
            (SearchFacets.Model, "model",
                $"SELECT min(d.name), count(DISTINCT d.article) FROM {Matched} JOIN models d ON d.article = m.key GROUP BY d.name_key ORDER BY 2 DESC, 1 LIMIT $n"),
        };
        foreach (var (facet, name, sql) in queries)
        {
            if (!options.Facets.HasFlag(facet))
            {
                continue;
            }

            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$n", options.FacetLimit);
            using var reader = command.ExecuteReader();
            var values = new List<FacetValue>();
            while (reader.Read())
            {
                values.Add(new FacetValue(reader.GetString(0), reader.GetInt32(1)));
            }

            facets[name] = values;
        }
    }

    private static string Key(string value) => VietnameseText.ToMatchingKey(VietnameseText.CollapseSpaces(VietnameseText.Normalize(value)));

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 10000; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 268435456;");
        return connection;
    }

    private T Read<T>(Func<SqliteConnection, T> read)
    {
        if (_readConnectionString is null)
        {
            lock (_gate)
            {
                return Guard("read", () => read(Writer));
            }
        }

        return Guard("read", () =>
        {
            using var connection = OpenReader();

            // One read transaction: the count, the page and its rows come from the same snapshot even while a
            // writer commits batches.
            Execute(connection, "BEGIN");
            try
            {
                return read(connection);
            }
            finally
            {
                Execute(connection, "ROLLBACK");
            }
        });
    }

    private void Guard(string action, Action body) => Guard(action, () =>
    {
        body();
        return 0;
    });

    /// <summary>Turns storage errors into <see cref="SearchIndexException"/> naming the file and the cause.</summary>
    private T Guard<T>(string action, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (SqliteException ex)
        {
            throw new SearchIndexException(Describe(ex, action), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException($"cannot {action} the index at {_displayPath}: {ex.Message}", ex);
        }
    }

    private string Describe(SqliteException ex, string action)
    {
        var path = _displayPath;
        return (ex.SqliteErrorCode & 0xFF) switch
        {
            13 => $"cannot {action} the index at {path}: the disk is full (or the index reached its size limit)",
            8 => $"cannot {action} the index at {path}: it is read-only",
            14 => $"cannot {action} the index at {path}: the file cannot be opened (missing folder, no permission or a read-only location)",
            23 => $"cannot {action} the index at {path}: permission denied",
            26 => $"cannot {action} the index at {path}: the file is not a SQLite database",
            11 => $"cannot {action} the index at {path}: the file is corrupt",
            5 or 6 => $"cannot {action} the index at {path}: it is locked by another process; try again when that process ends",
            10 => $"cannot {action} the index at {path}: input/output error ({ex.Message})",
            _ => $"cannot {action} the index at {path}: {ex.Message}",
        };
    }

    /// <summary>The writer's prepared statements, reused across batches.</summary>
    private sealed class WriteStatements : IDisposable
    {
        private readonly List<SqliteCommand> _all = [];

        public WriteStatements(SqliteConnection connection)
        {
            SqliteCommand Make(string sql, int parameters)
            {
                var command = connection.CreateCommand();
                command.CommandText = sql;
                for (var i = 0; i < parameters; i++)
                {
                    command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
                }

                _all.Add(command);
                return command;
            }

            static string Values(int n, int from = 0) =>
                string.Join(", ", Enumerable.Range(from, n).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)));

            FindArticle = Make("SELECT key, hash FROM articles WHERE id = $p0", 1);
            InsertArticle = Make(
                $"INSERT INTO articles(id, hash, source, url, title, published, date, year, views, authors, text, analysis) VALUES ({Values(12)}); SELECT last_insert_rowid();",
                12);
            InsertDate = Make($"INSERT INTO dates VALUES ({Values(7)})", 7);
            InsertOfficial = Make($"INSERT INTO officials VALUES ({Values(9)})", 9);
            InsertFigure = Make($"INSERT INTO figures VALUES ({Values(8)})", 8);
            InsertModel = Make($"INSERT INTO models VALUES ({Values(6)})", 6);
            InsertDocument = Make($"INSERT INTO documents VALUES ({Values(9)})", 9);
            InsertPlace = Make($"INSERT INTO places VALUES ({Values(8)})", 8);
            InsertOrganization = Make($"INSERT INTO organizations VALUES ({Values(5)})", 5);
            var columns = string.Join(", ", SqliteSchema.FtsColumns);
            var n = SqliteSchema.FtsColumns.Length;
            InsertFts = Make($"INSERT INTO article_fts(rowid, {columns}) VALUES ({Values(n + 1)})", n + 1);
            DeleteFts = Make($"INSERT INTO article_fts(article_fts, rowid, {columns}) VALUES ('delete', {Values(n + 1)})", n + 1);
        }

        public SqliteTransaction? Transaction { get; private set; }

        public SqliteCommand FindArticle { get; }

        public SqliteCommand InsertArticle { get; }

        public SqliteCommand InsertDate { get; }

        public SqliteCommand InsertOfficial { get; }

        public SqliteCommand InsertFigure { get; }

        public SqliteCommand InsertModel { get; }

        public SqliteCommand InsertDocument { get; }

        public SqliteCommand InsertPlace { get; }

        public SqliteCommand InsertOrganization { get; }

        public SqliteCommand InsertFts { get; }

        public SqliteCommand DeleteFts { get; }

        public void Enlist(SqliteTransaction transaction)
        {
            Transaction = transaction;
            foreach (var command in _all)
            {
                command.Transaction = transaction;
            }
        }

        public void Dispose()
        {
            foreach (var command in _all)
            {
                command.Dispose();
            }
        }
    }
}

/// <summary>Binds positional values to a command built by the write statements.</summary>
internal static class SqliteCommandExtensions
{
    public static void Bind(this SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    public static void Bind(this SqliteCommand command, long key, AnalyzedFields f) =>
        command.Bind(
            key,
            f.TitleExact,
            f.TitleFolded,
            f.BodyExact,
            f.BodyFolded,
            f.Aliases,
            f.OfficialExact,
            f.OfficialFolded,
            f.RankExact,
            f.RankFolded,
            f.ModelExact,
            f.ModelFolded,
            f.PlaceExact,
            f.PlaceFolded,
            f.Year);
}
