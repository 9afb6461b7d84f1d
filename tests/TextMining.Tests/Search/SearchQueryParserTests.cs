using System.Globalization;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using TextMining.Search;

namespace TextMining.Tests.Search;

public sealed class SearchQueryParserTests
{
    [Theory]
    [InlineData("tuyen hoa", "(+(title:tuyen^4 body:tuyen alias:tuyen^0.5) +(title:hoa^4 body:hoa alias:hoa^0.5)) boost ((title:\"tuyen hoa\"~3^12 body:\"tuyen hoa\"~3^3))")]
    [InlineData("Quảng Bình", "(+(title:quang^4 body:quang alias:quang^0.5) +(title:binh^4 body:binh alias:binh^0.5)) boost (title:quảng^8 body:quảng^2 title:bình^8 body:bình^2 (title:\"quảng bình\"~3^12 body:\"quảng bình\"~3^3))")]
    [InlineData("\"tổ liên gia\"", "(title:\"to lien gia\"^4 body:\"to lien gia\" alias:\"to lien gia\"^0.5) boost (title:\"tổ liên gia\"^8 body:\"tổ liên gia\"^2)")]
    [InlineData("a OR b", "((title:a^4 body:a alias:a^0.5) (title:b^4 body:b alias:b^0.5))")]
    [InlineData("a -b", "(+(title:a^4 body:a alias:a^0.5) -(title:b^4 body:b alias:b^0.5))")]
    [InlineData("a NOT b", "(+(title:a^4 body:a alias:a^0.5) -(title:b^4 body:b alias:b^0.5))")]
    [InlineData("a AND b", "(+(title:a^4 body:a alias:a^0.5) +(title:b^4 body:b alias:b^0.5)) boost ((title:\"a b\"~3^12 body:\"a b\"~3^3))")]
    [InlineData("tuy*", "(title:tuy*^4 body:tuy*)")]
    [InlineData("09-CT*", "(title:\"09 ct*\"^4 body:\"09 ct*\")")]
    [InlineData("year:2021", "year:2021")]
    [InlineData("model:camera", "(model:camera)")]
    [InlineData("rank:\"Thượng tá\"", "(rank:\"thuong ta\") boost (rank:\"thượng tá\"^2)")]
    [InlineData("KT-XH", "(title:\"kt xh\"^4 body:\"kt xh\" alias:\"kt xh\"^0.5)")]
    [InlineData("'; DROP TABLE", "(+(title:drop^4 body:drop alias:drop^0.5) +(title:table^4 body:table alias:table^0.5)) boost ((title:\"drop table\"~3^12 body:\"drop table\"~3^3))")]
    [InlineData("\"a\"\"b\"", "(+(title:a^4 body:a alias:a^0.5) +(title:b^4 body:b alias:b^0.5))")]
    [InlineData("title:hoa* OR tuyen", "((title:hoa*) (title:tuyen^4 body:tuyen alias:tuyen^0.5))")]
    [InlineData("a b c d", "(+(title:a^4 body:a alias:a^0.5) +(title:b^4 body:b alias:b^0.5) +(title:c^4 body:c alias:c^0.5) +(title:d^4 body:d alias:d^0.5)) boost ((title:\"a b c d\"~3^12 body:\"a b c d\"~3^3))")]
    [InlineData("(a b) OR c", "((+(title:a^4 body:a alias:a^0.5) +(title:b^4 body:b alias:b^0.5) (title:\"a b\"~3^12 body:\"a b\"~3^3)) (title:c^4 body:c alias:c^0.5))")]
    [InlineData("a b c d e", "(+(title:a^4 body:a alias:a^0.5) +(title:b^4 body:b alias:b^0.5) +(title:c^4 body:c alias:c^0.5) +(title:d^4 body:d alias:d^0.5) +(title:e^4 body:e alias:e^0.5))")]
    public void Compile_GivesTheQueryTree(string query, string expected)
    {
        var parsed = SearchQueryParser.Parse(query);
        var compiled = LuceneQueryCompiler.Compile(parsed);
        Assert.Equal(expected, Describe(compiled.Match) + (compiled.Boost is null ? string.Empty : " boost " + Describe(compiled.Boost)));
    }

    [Fact]
    public void Compile_DateRange_FiltersOnTheDayNumber()
    {
        var filtered = Assert.IsType<FilteredQuery>(LuceneQueryCompiler.Compile(SearchQueryParser.Parse("ANTQ from:2019-01-01 to:2020-06")).Match);
        var range = Assert.IsType<NumericRangeFilter<int>>(filtered.Filter);
        Assert.Equal(("date", 20190101, 20200630), (range.Field, range.Min, range.Max));
        Assert.Equal("(title:antq^4 body:antq alias:antq^0.5)", Describe(filtered.Query));

        var onlyDates = Assert.IsType<ConstantScoreQuery>(LuceneQueryCompiler.Compile(SearchQueryParser.Parse("from:2019")).Match);
        Assert.Equal(20190101, Assert.IsType<NumericRangeFilter<int>>(onlyDates.Filter).Min);
    }

    /// <summary>The compiled tree in a compact form of our own (not Lucene syntax): + must, - must not, ^ boost, ~ slop.</summary>
    private static string Describe(Query query)
    {
        var boost = query.Boost == 1f ? string.Empty : "^" + query.Boost.ToString("R", CultureInfo.InvariantCulture);
        return query switch
        {
            BooleanQuery b => "(" + string.Join(' ', b.Clauses.Select(c => (c.Occur switch { Occur.MUST => "+", Occur.MUST_NOT => "-", _ => string.Empty }) + Describe(c.Query))) + ")" + boost,
            TermQuery t => $"{t.Term.Field}:{t.Term.Text}{boost}",
            PrefixQuery p => $"{p.Prefix.Field}:{p.Prefix.Text}*{boost}",
            PhraseQuery p => $"{p.GetTerms()[0].Field}:\"{string.Join(' ', p.GetTerms().Select(t => t.Text))}\"{(p.Slop > 0 ? "~" + p.Slop.ToString(CultureInfo.InvariantCulture) : string.Empty)}{boost}",
            SpanNearQuery n => $"{n.Field}:\"{string.Join(' ', n.GetClauses().Select(c => c switch
            {
                SpanTermQuery t => t.Term.Text,
                SpanMultiTermQueryWrapper<PrefixQuery> w => ((PrefixQuery)w.WrappedQuery).Prefix.Text + "*",
                _ => c.ToString(),
            }))}\"{boost}",
            _ => throw new InvalidOperationException("unexpected query " + query.GetType().Name),
        };
    }

    [Fact]
    public void Parse_DateFilters_AreLiftedOut()
    {
        var parsed = SearchQueryParser.Parse("ANTQ from:2019-01-01 to:2020-06");
        Assert.Equal(new DateOnly(2019, 1, 1), parsed.From);
        Assert.Equal(new DateOnly(2020, 6, 30), parsed.To);
        Assert.IsType<TermNode>(parsed.Root);
    }

    [Fact]
    public void Parse_OnlyDates_HasNoRoot()
    {
        var parsed = SearchQueryParser.Parse("from:2019 to:2019");
        Assert.Null(parsed.Root);
        Assert.Equal(new DateOnly(2019, 12, 31), parsed.To);
    }

    [Theory]
    [InlineData("\"abc", "quote at character 1 is not closed", 0)]
    [InlineData("NEAR(", "'(' at character 5 is not closed", 4)]
    [InlineData("title:", "title: at character 1 needs a word", 0)]
    [InlineData("a OR", "OR at character 3 needs a word after it", 2)]
    [InlineData("OR a", "OR at character 1 needs a word before it", 0)]
    [InlineData("a )", "')' at character 3 has no matching '('", 2)]
    [InlineData("-a", "NOT at character 1 needs something to exclude from", 0)]
    [InlineData("a OR -b", "NOT at character 6 needs something to exclude from", 5)]
    [InlineData("year:20", "year: at character 1 needs a four-digit year", 0)]
    [InlineData("from:2019-13-45", "from: at character 1 needs a date", 0)]
    [InlineData("foo:bar", "unknown field 'foo:'", 0)]
    [InlineData("a OR from:2019", "date filter at character 6 applies to the whole query", 5)]
    [InlineData("", "the query is empty", -1)]
    [InlineData("!!! ...", "no words to search for", -1)]
    [InlineData("((((((((((a))))))))))", "too many nested parentheses", 8)]
    public void Parse_Malformed_ThrowsWithMessageAndPosition(string query, string message, int position)
    {
        var ex = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(query));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(position, ex.Position);
    }

    [Fact]
    public void Parse_TooLong_Throws()
    {
        var ex = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(new string('"', 10 * 1024)));
        Assert.Contains("too long", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooManyTerms_Throws()
    {
        var query = string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i));
        Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(query));
    }

    [Fact]
    public void Parse_RandomGarbage_OnlyEverThrowsQueryErrors()
    {
        var alphabet = "ab ếđ\"“”()*-:ANDORNOT title:year:from:12.,'\\;{}^~";
        var random = new Random(4);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            try
            {
                var parsed = SearchQueryParser.Parse(new string(chars));
                Assert.NotNull(LuceneQueryCompiler.Compile(parsed));
            }
            catch (SearchQueryException ex)
            {
                Assert.InRange(ex.Position, -1, chars.Length);
            }
        }
    }
}
