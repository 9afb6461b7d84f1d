using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace TextMining.Search;

/// <summary>
/// Compiles the query tree of <see cref="SearchQueryParser"/> into Lucene queries (never through Lucene's query
/// syntax, so user text is only ever a term). Scores are BM25 summed over fields with weights: title 8 (folded 4),
/// body 2 (folded 1), abbreviation aliases 0.5; a word typed without diacritics searches the folded form only.
/// Unquoted words next to each other in an AND add an optional sloppy phrase (<see cref="ProximitySlop"/>) that
/// ranks articles where they stand together first, without changing which articles match.
/// <para>
/// For the query's own words (a word, or the words of its top AND) the exact-diacritic clauses and the proximity
/// phrase are kept apart, in <see cref="CompiledQuery.Boost"/>: they never change which articles match, only their
/// order, and they are added to the first <see cref="CompiledQuery.BoostWindow"/> hits only. Scoring them on every
/// hit cost more than the rest of the query: on 30,000 articles, the phrase was 5 of 9 ms for <c>công an</c> (15,800
/// hits) and the exact forms a third of what was left. Words deeper in the tree (under OR) keep them inline.
/// </para>
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

    /// <summary>The query for a parsed query, with its date range as a filter, and its words' ranking clauses apart.</summary>
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

        var apart = new List<Query>();
        var compiled = query.Root switch
        {
            AndNode and => And(and, apart),
            TermNode term => Term(term, apart),
            var other => Compile(other),
        };
        var boost = new BooleanQuery();
        foreach (var clause in apart)
        {
            boost.Add(clause, Occur.SHOULD);
        }

        return new CompiledQuery(dates is null ? compiled : new FilteredQuery(compiled, dates), apart.Count == 0 ? null : boost);
    }

    /// <summary>A date as the int the index stores (<c>yyyyMMdd</c>), or null.</summary>
    public static int? DateKey(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : null;

    /// <summary>The index's date string (<c>YYYY-MM-DD</c>) as a key, or null when it is not a day.</summary>
    public static int? DateKey(string? date) =>
        date is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? DateKey(d) : null;

    public static Query Compile(QueryNode node) => node switch
    {
        TermNode term => Term(term, null),
        OrNode or => Or(or),
        AndNode and => And(and, null),
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

    /// <summary>
    /// The words of an AND, each required (or excluded), and their proximity boost; with <paramref name="apart"/>,
    /// the ranking clauses of its words (not the excluded ones) go there instead of into the query.
    /// </summary>
    private static BooleanQuery And(AndNode and, List<Query>? apart)
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
                query.Add(child is TermNode term ? Term(term, apart) : Compile(child), Occur.MUST);
            }
        }

        if (Proximity(and) is { } near)
        {
            if (apart is null)
            {
                query.Add(near, Occur.SHOULD);
            }
            else
            {
                apart.Add(near);
            }
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

    /// <summary>A word or phrase over its fields, folded and (typed with diacritics) exact; with <paramref name="apart"/>, the exact clauses go there.</summary>
    private static Query Term(TermNode term, List<Query>? apart)
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
                var exact = Match(field, term.Exact, term.IsPrefix, 2 * weight);
                if (apart is null)
                {
                    query.Add(exact, Occur.SHOULD);
                }
                else
                {
                    apart.Add(exact);
                }
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
/// A compiled query: <see cref="Match"/> decides the hits and their first score; <see cref="Boost"/> (the exact
/// forms and proximity of the query's words, or null) is added to the score of the first <see cref="BoostWindow"/>
/// hits by that score, or of as many as the page asked for reaches, which are then ordered again. Within the window
/// the scores are those of one query holding both; a hit beyond it keeps its first score.
/// </summary>
/// <param name="Match">The query that finds and first scores the hits.</param>
/// <param name="Boost">Ranking clauses added to the first hits' scores, or null.</param>
internal sealed record CompiledQuery(Query Match, Query? Boost)
{
    /// <summary>How many hits, first by <see cref="Match"/>'s score, <see cref="Boost"/> is added to.</summary>
    public const int BoostWindow = 100;
}
