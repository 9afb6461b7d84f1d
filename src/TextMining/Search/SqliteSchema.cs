namespace TextMining.Search;

/// <summary>The SQLite schema of an index file (documented in docs/search.md; bump <see cref="Version"/> on any change).</summary>
internal static class SqliteSchema
{
    /// <summary>Stored in <c>PRAGMA user_version</c> and in <c>meta.schema_version</c>.</summary>
    public const int Version = 1;

    /// <summary>The FTS5 columns in order; <see cref="RankFunction"/> gives one weight per column.</summary>
    public static readonly string[] FtsColumns =
    [
        "title_x", "title_f", "body_x", "body_f", "aliases",
        "official_x", "official_f", "rank_x", "rank_f", "model_x", "model_f", "place_x", "place_f", "year",
    ];

    /// <summary>
    /// BM25 weights: the title counts most; a column of exact (diacritic) terms counts more than its folded
    /// twin, so a query typed with diacritics ranks exact matches first; abbreviation aliases count least.
    /// </summary>
    public const string RankFunction = "bm25(8.0, 4.0, 2.0, 1.0, 0.5, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 1.0)";

    public const string Create = """
        CREATE TABLE meta(
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        CREATE TABLE articles(
            key       INTEGER PRIMARY KEY,
            id        TEXT NOT NULL UNIQUE,
            hash      TEXT NOT NULL,
            source    TEXT,
            url       TEXT,
            title     TEXT NOT NULL,
            published TEXT,
            date      TEXT,
            year      INTEGER,
            views     INTEGER,
            authors   TEXT,
            text      TEXT NOT NULL,
            analysis  TEXT NOT NULL);
        CREATE INDEX articles_date ON articles(date);
        CREATE INDEX articles_year ON articles(year);
        CREATE TABLE dates(
            article INTEGER NOT NULL REFERENCES articles(key),
            text TEXT NOT NULL, value TEXT NOT NULL, granularity TEXT NOT NULL, inferred INTEGER NOT NULL,
            start INTEGER NOT NULL, length INTEGER NOT NULL);
        CREATE TABLE officials(
            article INTEGER NOT NULL REFERENCES articles(key),
            name TEXT NOT NULL, name_key TEXT NOT NULL, rank TEXT, rank_key TEXT, honorific TEXT, positions TEXT NOT NULL,
            start INTEGER NOT NULL, length INTEGER NOT NULL);
        CREATE TABLE figures(
            article INTEGER NOT NULL REFERENCES articles(key),
            text TEXT NOT NULL, value REAL NOT NULL, total REAL, unit TEXT, qualifier TEXT NOT NULL,
            start INTEGER NOT NULL, length INTEGER NOT NULL);
        CREATE TABLE models(
            article INTEGER NOT NULL REFERENCES articles(key),
            name TEXT NOT NULL, name_key TEXT NOT NULL, location TEXT,
            start INTEGER NOT NULL, length INTEGER NOT NULL);
        CREATE TABLE documents(
            article INTEGER NOT NULL REFERENCES articles(key),
            text TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, number TEXT, issuer_code TEXT, date TEXT,
            start INTEGER NOT NULL, length INTEGER NOT NULL);
        CREATE TABLE places(
            article INTEGER NOT NULL REFERENCES articles(key),
            text TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL, province TEXT, province_key TEXT,
            start INTEGER NOT NULL, length INTEGER NOT NULL);
        CREATE TABLE organizations(
            article INTEGER NOT NULL REFERENCES articles(key),
            text TEXT NOT NULL, name TEXT NOT NULL,
            start INTEGER NOT NULL, length INTEGER NOT NULL);
        CREATE INDEX dates_article ON dates(article);
        CREATE INDEX officials_article ON officials(article);
        CREATE INDEX figures_article ON figures(article);
        CREATE INDEX models_article ON models(article);
        CREATE INDEX documents_article ON documents(article);
        CREATE INDEX places_article ON places(article);
        CREATE INDEX organizations_article ON organizations(article);
        CREATE VIRTUAL TABLE article_fts USING fts5(
            title_x, title_f, body_x, body_f, aliases,
            official_x, official_f, rank_x, rank_f, model_x, model_f, place_x, place_f, year,
            content = '', tokenize = "ascii tokenchars '.,'");
        """;

    /// <summary>The entity tables, each with an <c>article</c> column.</summary>
    public static readonly string[] EntityTables = ["dates", "officials", "figures", "models", "documents", "places", "organizations"];
}
