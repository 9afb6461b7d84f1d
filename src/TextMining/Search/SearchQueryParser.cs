namespace TextMining.Search;

/// <summary>
/// Parses the query language into a <see cref="ParsedQuery"/>: words, <c>"phrases"</c>, <c>AND</c> / <c>OR</c> /
/// <c>NOT</c> / <c>-</c>, <c>prefix*</c>, parentheses, and the fields <c>title:</c>, <c>official:</c>,
/// <c>rank:</c>, <c>model:</c>, <c>place:</c>, <c>year:</c>, <c>from:</c>, <c>to:</c>. Every error is a
/// <see cref="SearchQueryException"/> naming the problem and its position. Work is capped: at most
/// <see cref="MaxLength"/> characters, <see cref="MaxTerms"/> terms, <see cref="MaxDepth"/> nested parentheses.
/// </summary>
internal sealed class SearchQueryParser
{
    public const int MaxLength = 1000;
    public const int MaxTerms = 32;
    public const int MaxDepth = 8;

    private static readonly Dictionary<string, SearchField> TermFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = SearchField.Title,
        ["official"] = SearchField.Official,
        ["rank"] = SearchField.Rank,
        ["model"] = SearchField.Model,
        ["place"] = SearchField.Place,
        ["year"] = SearchField.Year,
        ["topic"] = SearchField.Topic,
    };

    private readonly string _query;
    private readonly List<Token> _tokens;
    private int _next;
    private int _termCount;

    private SearchQueryParser(string query, List<Token> tokens)
    {
        _query = query;
        _tokens = tokens;
    }

    private enum TokenKind
    {
        Word,
        Phrase,
        Field,
        LeftParen,
        RightParen,
        And,
        Or,
        Not,
    }

    /// <summary>Parses <paramref name="query"/>.</summary>
    /// <exception cref="SearchQueryException">The query is malformed or too large.</exception>
    public static ParsedQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxLength)
        {
            throw new SearchQueryException(
                $"the query is too long: {query.Length} characters, at most {MaxLength} are allowed", -1);
        }

        var normalized = VietnameseText.Normalize(query);
        var parser = new SearchQueryParser(query, Lex(normalized));
        return parser.ParseQuery();
    }

    private ParsedQuery ParseQuery()
    {
        if (_tokens.Count == 0)
        {
            throw new SearchQueryException("the query is empty", -1);
        }

        var root = ParseOr(0);
        if (_next < _tokens.Count)
        {
            var t = _tokens[_next];
            throw t.Kind == TokenKind.RightParen
                ? Error($"the ')' at character {t.Position + 1} has no matching '('", t.Position)
                : Error($"unexpected '{t.Text}' at character {t.Position + 1}", t.Position);
        }

        DateOnly? from = null;
        DateOnly? to = null;
        if (root is DateNode date)
        {
            (from, to, root) = (date.From, date.To, null);
        }
        else if (root is AndNode and)
        {
            var rest = new List<QueryNode>();
            foreach (var child in Flatten(and))
            {
                if (child is DateNode d)
                {
                    from = Later(from, d.From);
                    to = Earlier(to, d.To);
                }
                else
                {
                    rest.Add(child);
                }
            }

            root = rest.Count switch { 0 => null, 1 => rest[0], _ => new AndNode(rest, and.Position) };
        }

        if (root is not null && FindDate(root) is { } misplaced)
        {
            throw Error(
                $"the date filter at character {misplaced.Position + 1} applies to the whole query: it cannot be inside OR, NOT or parentheses",
                misplaced.Position);
        }

        if (root is null && from is null && to is null)
        {
            throw new SearchQueryException("the query has no words to search for", -1);
        }

        if (root is not null)
        {
            CheckPositive(root);
        }

        return new ParsedQuery(root, from, to);
    }

    private static IEnumerable<QueryNode> Flatten(AndNode node) =>
        node.Children.SelectMany(c => c is AndNode inner ? Flatten(inner) : [c]);

    private static DateNode? FindDate(QueryNode node) => node switch
    {
        DateNode d => d,
        AndNode a => a.Children.Select(FindDate).FirstOrDefault(d => d is not null),
        OrNode o => o.Children.Select(FindDate).FirstOrDefault(d => d is not null),
        NotNode n => FindDate(n.Operand),
        _ => null,
    };

    /// <summary>An index cannot list "everything except X": NOT needs a positive term beside it.</summary>
    private static void CheckPositive(QueryNode node)
    {
        switch (node)
        {
            case NotNode not:
                throw new SearchQueryException(
                    $"NOT at character {not.Position + 1} needs something to exclude from: add a word that must match",
                    not.Position);
            case AndNode and:
                if (and.Children.All(c => c is NotNode))
                {
                    CheckPositive(and.Children[0]);
                }

                foreach (var child in and.Children.Where(c => c is not NotNode))
                {
                    CheckPositive(child);
                }

                foreach (var child in and.Children.OfType<NotNode>())
                {
                    // What NOT excludes is matched as an expression of its own.
                    CheckPositive(child.Operand);
                }

                break;
            case OrNode or:
                foreach (var child in or.Children)
                {
                    CheckPositive(child);
                }

                break;
        }
    }

    private QueryNode? ParseOr(int depth)
    {
        var start = Peek()?.Position ?? _query.Length;
        var children = new List<QueryNode>();
        var first = ParseAnd(depth);
        if (first is not null)
        {
            children.Add(first);
        }

        while (Peek() is { Kind: TokenKind.Or } op)
        {
            _next++;
            if (Peek() is null or { Kind: TokenKind.RightParen or TokenKind.Or or TokenKind.And })
            {
                throw Error($"OR at character {op.Position + 1} needs a word after it", op.Position);
            }

            if (ParseAnd(depth) is { } next)
            {
                children.Add(next);
            }
        }

        return children.Count switch { 0 => null, 1 => children[0], _ => new OrNode(children, start) };
    }

    private QueryNode? ParseAnd(int depth)
    {
        var start = Peek()?.Position ?? _query.Length;
        var children = new List<QueryNode>();
        var any = false;
        while (Peek() is { } token && token.Kind is not (TokenKind.Or or TokenKind.RightParen))
        {
            if (token.Kind == TokenKind.And)
            {
                if (!any)
                {
                    throw Error($"AND at character {token.Position + 1} needs a word before it", token.Position);
                }

                _next++;
                if (Peek() is null or { Kind: TokenKind.RightParen or TokenKind.Or or TokenKind.And })
                {
                    throw Error($"AND at character {token.Position + 1} needs a word after it", token.Position);
                }

                continue;
            }

            any = true;
            if (ParseUnary(depth) is { } node)
            {
                children.Add(node);
            }
        }

        if (!any && Peek() is { Kind: TokenKind.Or } or)
        {
            throw Error($"OR at character {or.Position + 1} needs a word before it", or.Position);
        }

        if (!any && Peek() is { Kind: TokenKind.RightParen } paren && depth == 0)
        {
            throw Error($"the ')' at character {paren.Position + 1} has no matching '('", paren.Position);
        }

        return children.Count switch { 0 => null, 1 => children[0], _ => new AndNode(children, start) };
    }

    private QueryNode? ParseUnary(int depth)
    {
        var token = _tokens[_next];
        if (token.Kind != TokenKind.Not)
        {
            return ParsePrimary(depth);
        }

        _next++;
        if (Peek() is null or { Kind: TokenKind.RightParen or TokenKind.Or or TokenKind.And })
        {
            throw Error($"{(token.Text == "-" ? "'-'" : "NOT")} at character {token.Position + 1} needs a word after it", token.Position);
        }

        var operand = ParseUnary(depth);
        return operand switch
        {
            null => null,
            NotNode double_ => double_.Operand,
            DateNode => throw Error($"a date filter cannot be negated (character {token.Position + 1})", token.Position),
            _ => new NotNode(operand, token.Position),
        };
    }

    private QueryNode? ParsePrimary(int depth)
    {
        var token = _tokens[_next++];
        switch (token.Kind)
        {
            case TokenKind.LeftParen:
                if (depth >= MaxDepth)
                {
                    throw Error($"too many nested parentheses at character {token.Position + 1}: at most {MaxDepth}", token.Position);
                }

                var inner = ParseOr(depth + 1);
                if (Peek() is not { Kind: TokenKind.RightParen })
                {
                    throw Error($"the '(' at character {token.Position + 1} is not closed", token.Position);
                }

                _next++;
                return inner;
            case TokenKind.Word:
                return Term(SearchField.Text, token.Text, token.Position, phrase: false);
            case TokenKind.Phrase:
                return Term(SearchField.Text, token.Text, token.Position, phrase: true);
            case TokenKind.Field:
                return FieldTerm(token);
            default:
                throw Error($"unexpected '{token.Text}' at character {token.Position + 1}", token.Position);
        }
    }

    private QueryNode? FieldTerm(Token token)
    {
        var name = token.Text;
        var value = token.Value!;
        if (name is "from" or "to")
        {
            if (!TryParseDate(value, name == "to", out var date))
            {
                throw Error($"{name}: at character {token.Position + 1} needs a date such as 2019-01-01, 2019-01 or 2019, not '{value}'", token.Position);
            }

            return name == "from" ? new DateNode(date, null, token.Position) : new DateNode(null, date, token.Position);
        }

        var field = TermFields[name];
        if (field == SearchField.Year)
        {
            if (value.Length != 4 || !value.All(char.IsAsciiDigit))
            {
                throw Error($"year: at character {token.Position + 1} needs a four-digit year such as 2020, not '{value}'", token.Position);
            }

            CountTerms(1, token.Position);
            return new TermNode(SearchField.Year, [value], [value], false, false, token.Position);
        }

        if (field == SearchField.Topic)
        {
            var topic = value.ToLowerInvariant();
            if (topic is not (IndexSchema.MovementTopic or IndexSchema.OtherTopic))
            {
                throw Error($"topic: at character {token.Position + 1} needs '{IndexSchema.MovementTopic}' or '{IndexSchema.OtherTopic}', not '{value}'", token.Position);
            }

            CountTerms(1, token.Position);
            return new TermNode(SearchField.Topic, [topic], [topic], false, false, token.Position);
        }

        var node = Term(field, value, token.Position, token.ValueIsPhrase);
        return node ?? throw Error($"{name}: at character {token.Position + 1} has no letters or digits to search for", token.Position);
    }

    private TermNode? Term(SearchField field, string text, int position, bool phrase)
    {
        var prefix = !phrase && text.EndsWith('*');
        var terms = SearchAnalyzer.Tokenize(text);
        if (terms.Count == 0)
        {
            return null;
        }

        CountTerms(terms.Count, position);
        var key = VietnameseText.ToMatchingKey(text);
        var folded = VietnameseText.Fold(text);
        var exact = terms.Select(t => key.Substring(t.Start, t.Length)).ToArray();
        var fold = terms.Select(t => folded.Substring(t.Start, t.Length)).ToArray();
        var hasDiacritics = !exact.SequenceEqual(fold, StringComparer.Ordinal);
        return new TermNode(field, exact, fold, hasDiacritics, prefix, position, phrase);
    }

    /// <summary>A filter value as a phrase on <paramref name="field"/>, or null when it has nothing to search for.</summary>
    internal static TermNode? FilterTerm(SearchField field, string value)
    {
        if (IndexSchema.IsKeyword(field))
        {
            return new TermNode(field, [value], [value], false, false, 0);
        }

        var parser = new SearchQueryParser(value, []);
        return parser.Term(field, VietnameseText.Normalize(value), 0, phrase: true);
    }

    private void CountTerms(int count, int position)
    {
        _termCount += count;
        if (_termCount > MaxTerms)
        {
            throw Error($"the query has too many words (more than {MaxTerms}) at character {position + 1}", position);
        }
    }

    private static bool TryParseDate(string value, bool end, out DateOnly date)
    {
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", c, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", c, DateTimeStyles.None, out date))
        {
            date = end ? date.AddMonths(1).AddDays(-1) : date;
            return true;
        }

        if (value.Length == 4 && DateOnly.TryParseExact(value, "yyyy", c, DateTimeStyles.None, out date))
        {
            date = end ? new DateOnly(date.Year, 12, 31) : date;
            return true;
        }

        return false;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private Token? Peek() => _next < _tokens.Count ? _tokens[_next] : null;

    private static SearchQueryException Error(string message, int position) => new(message, position);

    private static List<Token> Lex(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '(')
            {
                tokens.Add(new Token(TokenKind.LeftParen, "(", i));
                i++;
                continue;
            }

            if (c == ')')
            {
                tokens.Add(new Token(TokenKind.RightParen, ")", i));
                i++;
                continue;
            }

            if (IsOpenQuote(c))
            {
                var (text, end) = ReadPhrase(query, i);
                tokens.Add(new Token(TokenKind.Phrase, text, i));
                i = end;
                continue;
            }

            if (c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && query[i + 1] != '-')
            {
                tokens.Add(new Token(TokenKind.Not, "-", i));
                i++;
                continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')') && !IsOpenQuote(query[i]) && query[i] != ':')
            {
                i++;
            }

            var word = query[start..i];
            if (i < query.Length && query[i] == ':' && word.Length > 0 && word.All(char.IsAsciiLetter))
            {
                var name = word.ToLowerInvariant();
                if (!TermFields.ContainsKey(name) && name is not ("from" or "to"))
                {
                    throw Error(
                        $"unknown field '{word}:' at character {start + 1}; the fields are title:, official:, rank:, model:, place:, year:, from: and to:",
                        start);
                }

                i++;
                if (i < query.Length && IsOpenQuote(query[i]))
                {
                    var (text, end) = ReadPhrase(query, i);
                    tokens.Add(new Token(TokenKind.Field, name, start, text, true));
                    i = end;
                    continue;
                }

                var valueStart = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')') && !IsOpenQuote(query[i]))
                {
                    i++;
                }

                if (i == valueStart)
                {
                    throw Error($"{name}: at character {start + 1} needs a word or a \"phrase\" after it", start);
                }

                tokens.Add(new Token(TokenKind.Field, name, start, query[valueStart..i], false));
                continue;
            }

            if (i < query.Length && query[i] == ':')
            {
                // A colon that does not end a field name (10:30, Tp.HCM:) just separates words.
                i++;
                word = query[start..i];
            }

            tokens.Add(word switch
            {
                "AND" or "&&" => new Token(TokenKind.And, word, start),
                "OR" or "||" => new Token(TokenKind.Or, word, start),
                "NOT" => new Token(TokenKind.Not, word, start),
                _ => new Token(TokenKind.Word, word, start),
            });
        }

        return tokens;
    }

    private static (string Text, int End) ReadPhrase(string query, int open)
    {
        for (var j = open + 1; j < query.Length; j++)
        {
            if (query[j] is '"' or '\u201D')
            {
                return (query[(open + 1)..j], j + 1);
            }
        }

        throw Error($"the quote at character {open + 1} is not closed", open);
    }

    private static bool IsOpenQuote(char c) => c is '"' or '\u201C' or '\u201D';

    private sealed record Token(TokenKind Kind, string Text, int Position, string? Value = null, bool ValueIsPhrase = false);

    /// <summary>A <c>from:</c> or <c>to:</c> filter while parsing; lifted out of the tree before it is returned.</summary>
    private sealed record DateNode(DateOnly? From, DateOnly? To, int Position) : QueryNode(Position);
}
