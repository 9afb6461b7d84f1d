namespace TextMining.Search;

/// <summary>Which part of an article a query term searches.</summary>
internal enum SearchField
{
    /// <summary>Title and body (and abbreviation aliases).</summary>
    Text,

    /// <summary><c>title:</c></summary>
    Title,

    /// <summary><c>official:</c> an official's name.</summary>
    Official,

    /// <summary><c>rank:</c> an official's rank.</summary>
    Rank,

    /// <summary><c>model:</c> a grassroots model's name.</summary>
    Model,

    /// <summary><c>place:</c> a place or its province.</summary>
    Place,

    /// <summary><c>year:</c> the article's year.</summary>
    Year,

    /// <summary><c>topic:</c> <c>movement</c> or <c>other</c>, from the movement-relevance stage.</summary>
    Topic,
}

/// <summary>A node of a parsed query.</summary>
/// <param name="Position">Offset of the node's first character in the query string.</param>
internal abstract record QueryNode(int Position);

/// <summary>A word, a prefix or a phrase, already analysed into terms.</summary>
/// <param name="Field">Where it searches.</param>
/// <param name="Exact">Matching-key terms (diacritics kept).</param>
/// <param name="Folded">Folded terms (no diacritics).</param>
/// <param name="HasDiacritics">Whether the user typed diacritics: then exact matches rank above folded ones.</param>
/// <param name="IsPrefix">Whether the last term is a prefix (<c>word*</c>).</param>
/// <param name="Position">Offset in the query.</param>
/// <param name="Quoted">Whether the user wrote it in quotes (a phrase, even of one word).</param>
internal sealed record TermNode(
    SearchField Field,
    IReadOnlyList<string> Exact,
    IReadOnlyList<string> Folded,
    bool HasDiacritics,
    bool IsPrefix,
    int Position,
    bool Quoted = false) : QueryNode(Position);

/// <summary>All children must match.</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position);

/// <summary>Any child may match.</summary>
internal sealed record OrNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position);

/// <summary>The child must not match; only valid beside something that does.</summary>
internal sealed record NotNode(QueryNode Operand, int Position) : QueryNode(Position);

/// <summary>A parsed, validated query: a text expression and the date range that filters it.</summary>
/// <param name="Root">The expression over the index, or null when the query only filters by date.</param>
/// <param name="From">First day included (<c>from:</c>), or null.</param>
/// <param name="To">Last day included (<c>to:</c>), or null.</param>
internal sealed record ParsedQuery(QueryNode? Root, DateOnly? From, DateOnly? To)
{
    /// <summary>The terms that must or may match (not under NOT), for snippets and matched entities.</summary>
    public IReadOnlyList<TermNode> PositiveTerms { get; } = CollectPositive(Root);

    private static TermNode[] CollectPositive(QueryNode? root)
    {
        var list = new List<TermNode>();
        void Walk(QueryNode node)
        {
            switch (node)
            {
                case TermNode t:
                    list.Add(t);
                    break;
                case AndNode a:
                    foreach (var c in a.Children)
                    {
                        Walk(c);
                    }

                    break;
                case OrNode o:
                    foreach (var c in o.Children)
                    {
                        Walk(c);
                    }

                    break;
            }
        }

        if (root is not null)
        {
            Walk(root);
        }

        return list.ToArray();
    }
}
