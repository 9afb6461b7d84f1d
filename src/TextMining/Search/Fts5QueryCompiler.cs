using System.Text;

namespace TextMining.Search;

/// <summary>
/// Compiles a parsed query into an FTS5 MATCH expression over <see cref="SqliteSchema.FtsColumns"/>. Every
/// term is an analysed term written as an FTS5 string (double quotes, inner quotes doubled), so no user text
/// is ever read as FTS5 syntax; the result is passed to SQLite as a parameter.
/// </summary>
internal static class Fts5QueryCompiler
{
    public static string Compile(QueryNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                WriteTerm(builder, term);
                break;
            case OrNode or:
                builder.Append('(');
                for (var i = 0; i < or.Children.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(" OR ");
                    }

                    Write(builder, or.Children[i]);
                }

                builder.Append(')');
                break;
            case AndNode and:
                var positive = and.Children.Where(c => c is not NotNode).ToArray();
                var negative = and.Children.OfType<NotNode>().Select(n => n.Operand).ToArray();
                if (negative.Length == 0)
                {
                    builder.Append('(');
                    Join(builder, positive, " AND ");
                    builder.Append(')');
                    break;
                }

                // FTS5's NOT is binary: (what must match) NOT (any of what must not).
                builder.Append("((");
                Join(builder, positive, " AND ");
                builder.Append(") NOT (");
                Join(builder, negative, " OR ");
                builder.Append("))");
                break;
            default:
                throw new InvalidOperationException("the parser lets no other node through: " + node.GetType().Name);
        }
    }

    private static void Join(StringBuilder builder, IReadOnlyList<QueryNode> nodes, string separator)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            Write(builder, nodes[i]);
        }
    }

    private static void WriteTerm(StringBuilder builder, TermNode term)
    {
        var (exact, folded) = Columns(term.Field);
        if (folded is null)
        {
            Filter(builder, exact, term.Exact, term.IsPrefix);
            return;
        }

        if (!term.HasDiacritics)
        {
            Filter(builder, folded, term.Folded, term.IsPrefix);
            return;
        }

        // Typed with diacritics: match the folded form too, but an exact match adds the heavier column's score.
        builder.Append('(');
        Filter(builder, exact, term.Exact, term.IsPrefix);
        builder.Append(" OR ");
        Filter(builder, folded, term.Folded, term.IsPrefix);
        builder.Append(')');
    }

    private static void Filter(StringBuilder builder, string columns, IReadOnlyList<string> terms, bool prefix)
    {
        builder.Append('{').Append(columns).Append("} : \"");
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(terms[i].Replace("\"", "\"\"", StringComparison.Ordinal));
        }

        builder.Append('"');
        if (prefix)
        {
            builder.Append(" *");
        }
    }

    private static (string Exact, string? Folded) Columns(SearchField field) => field switch
    {
        SearchField.Text => ("title_x body_x", "title_f body_f aliases"),
        SearchField.Title => ("title_x", "title_f"),
        SearchField.Official => ("official_x", "official_f"),
        SearchField.Rank => ("rank_x", "rank_f"),
        SearchField.Model => ("model_x", "model_f"),
        SearchField.Place => ("place_x", "place_f"),
        SearchField.Year => ("year", null),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
