using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace TextMining.Search;

/// <summary>
/// Compiles the query tree of <see cref="SearchQueryParser"/> into Lucene queries (never through Lucene's query
/// syntax, so user text is only ever a term). Scores are BM25 summed over fields with weights: title 8 (folded 4),
/// body 2 (folded 1), abbreviation aliases 0.5; a word typed without diacritics searches the folded form only.
/// Unquoted words next to each other in an AND add an optional sloppy phrase (<see cref="ProximitySlop"/>) that
/// ranks articles where they stand together first, without changing which articles match. For the query's top
/// AND that phrase is kept apart (<see cref="CompiledQuery.Proximity"/>) and scores only the first hits
/// (<see cref="CompiledQuery.ProximityWindow"/>): reading the positions of every hit cost as much as the rest of
/// the query (5 of 9 ms for <c>công an</c> over 15,800 hits).
/// </summary>
internal static class LuceneQueryCompiler
{
    /// <summary>How far apart adjacent query words may be for the proximity boost.</summary>
    public const int ProximitySlop = 3;

    /// <summary>
    /// The most words the proximity boost is added for: a sloppy phrase of more words costs more than the query
    /// it ranks, and such a query is rarely a name.
    /// </summary>
    public const int MaxProximityWords = 4;

    /// <summary>Weight of the proximity phrase relative to a word's folded body match.</summary>
    public const float ProximityWeight = 3f;

    /// <summary>The query for a parsed query, with its date range as a filter, and the top AND's proximity boost apart.</summary>
    public static CompiledQuery Compile(ParsedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Filter? dates = null;
        if (query.From is not null || query.To is not null)
        {
            dates = NumericRangeFilter.NewInt32Range(IndexSchema.Date, DateKey(query.From), DateKey(query.To), true, true);
        }

        if (query.Root is null)
        {
            return new CompiledQuery(new ConstantScoreQuery(dates ?? throw new ArgumentException("a query without words needs a date range", nameof(query))), null);
        }

        var top = query.Root as AndNode;
        var compiled = top is null ? Compile(query.Root) : And(top, inline: false);
        return new CompiledQuery(dates is null ? compiled : new FilteredQuery(compiled, dates), top is null ? null : Proximity(top));
    }

    /// <summary>A date as the int the index stores (<c>yyyyMMdd</c>), or null.</summary>
    public static int? DateKey(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : null;

    /// <summary>The index's date string (<c>YYYY-MM-DD</c>) as a key, or null when it is not a day.</summary>
    public static int? DateKey(string? date) =>
        date is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? DateKey(d) : null;

    public static Query Compile(QueryNode node) => node switch
    {
        TermNode term => Term(term),
        OrNode or => Or(or),
        AndNode and => And(and, inline: true),
        _ => throw new InvalidOperationException("the parser lets no other node through: " + node.GetType().Name),
    };

    private static BooleanQuery Or(OrNode or)
    {
        var query = new BooleanQuery();
        foreach (var child in or.Children)
        {
            query.Add(Compile(child), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The words of an AND; with <paramref name="inline"/>, their proximity boost as one more optional clause.</summary>
    private static BooleanQuery And(AndNode and, bool inline)
    {
        var query = new BooleanQuery();
        foreach (var child in and.Children)
        {
            if (child is NotNode not)
            {
                query.Add(Compile(not.Operand), Occur.MUST_NOT);
            }
            else
            {
                query.Add(Compile(child), Occur.MUST);
            }
        }

        if (inline && Proximity(and) is { } near)
        {
            query.Add(near, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// For two to <see cref="MaxProximityWords"/> unquoted single words searching the text (<c>tuyen hoa</c>): a sloppy phrase over
    /// title and body. Each word takes its exact form when typed with diacritics, so <c>Quảng Bình</c> favours
    /// <c>Quảng Bình</c> over <c>Quang Bình</c>.
    /// </summary>
    private static Query? Proximity(AndNode and)
    {
        var words = and.Children
            .OfType<TermNode>()
            .Where(t => t.Field == SearchField.Text && t.Exact.Count == 1 && !t.IsPrefix && !t.Quoted)
            .Select(t => t.HasDiacritics ? t.Exact[0] : t.Folded[0])
            .ToArray();
        if (words.Length is < 2 or > MaxProximityWords)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var (field, weight) in new[] { (IndexSchema.Title, 4f), (IndexSchema.Body, 1f) })
        {
            var phrase = new PhraseQuery { Slop = ProximitySlop, Boost = weight * ProximityWeight };
            foreach (var word in words)
            {
                phrase.Add(new Term(field, word));
            }

            query.Add(phrase, Occur.SHOULD);
        }

        return query;
    }

    private static Query Term(TermNode term)
    {
        if (IndexSchema.IsKeyword(term.Field))
        {
            return new TermQuery(new Term(IndexSchema.FieldOf(term.Field), term.Exact[0]));
        }

        var fields = term.Field switch
        {
            SearchField.Text => new[] { (IndexSchema.Title, 4f), (IndexSchema.Body, 1f) },
            _ => [(IndexSchema.FieldOf(term.Field), 1f)],
        };
        var query = new BooleanQuery();
        foreach (var (field, weight) in fields)
        {
            if (term.HasDiacritics)
            {
                query.Add(Match(field, term.Exact, term.IsPrefix, 2 * weight), Occur.SHOULD);
            }

            query.Add(Match(field, term.Folded, term.IsPrefix, weight), Occur.SHOULD);
        }

        if (term.Field == SearchField.Text && !term.IsPrefix)
        {
            query.Add(Match(IndexSchema.Aliases, term.Folded, false, 0.5f), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>One term, a prefix, a phrase, or a phrase ending in a prefix, on one field.</summary>
    private static Query Match(string field, IReadOnlyList<string> terms, bool prefix, float boost)
    {
        Query query;
        if (terms.Count == 1)
        {
            query = prefix ? new PrefixQuery(new Term(field, terms[0])) : new TermQuery(new Term(field, terms[0]));
        }
        else if (!prefix)
        {
            var phrase = new PhraseQuery();
            foreach (var t in terms)
            {
                phrase.Add(new Term(field, t));
            }

            query = phrase;
        }
        else
        {
            var clauses = new SpanQuery[terms.Count];
            for (var i = 0; i < terms.Count - 1; i++)
            {
                clauses[i] = new SpanTermQuery(new Term(field, terms[i]));
            }

            clauses[^1] = new SpanMultiTermQueryWrapper<PrefixQuery>(new PrefixQuery(new Term(field, terms[^1])));
            query = new SpanNearQuery(clauses, 0, inOrder: true);
        }

        query.Boost = boost;
        return query;
    }
}

/// <summary>
/// A compiled query: <see cref="Match"/> decides the hits and their score; <see cref="Proximity"/>, when the query is
/// an AND of words, is added to the score of the first <see cref="ProximityWindow"/> hits by that score (or as many
/// as the page asked for reaches), which are then ordered again. Within the window the scores are those of one query
/// holding both; a hit beyond it is not boosted.
/// </summary>
/// <param name="Match">The query that finds and scores the hits.</param>
/// <param name="Proximity">The boost for the query's words standing together, or null.</param>
internal sealed record CompiledQuery(Query Match, Query? Proximity)
{
    /// <summary>How many hits, first by <see cref="Match"/>'s score, the proximity boost is added to.</summary>
    public const int ProximityWindow = 100;
}
