using TextMining.Search;

namespace TextMining.Tests.Search;

public sealed class SearchQueryParserTests
{
    [Theory]
    [InlineData("tuyen hoa", "({title_f body_f aliases} : \"tuyen\" AND {title_f body_f aliases} : \"hoa\")")]
    [InlineData("\"tổ liên gia\"", "({title_x body_x} : \"tổ liên gia\" OR {title_f body_f aliases} : \"to lien gia\")")]
    [InlineData("a OR b", "({title_f body_f aliases} : \"a\" OR {title_f body_f aliases} : \"b\")")]
    [InlineData("a -b", "(({title_f body_f aliases} : \"a\") NOT ({title_f body_f aliases} : \"b\"))")]
    [InlineData("a NOT b", "(({title_f body_f aliases} : \"a\") NOT ({title_f body_f aliases} : \"b\"))")]
    [InlineData("a AND b", "({title_f body_f aliases} : \"a\" AND {title_f body_f aliases} : \"b\")")]
    [InlineData("tuy*", "{title_f body_f aliases} : \"tuy\" *")]
    [InlineData("year:2021", "{year} : \"2021\"")]
    [InlineData("model:camera", "{model_f} : \"camera\"")]
    [InlineData("rank:\"Thượng tá\"", "({rank_x} : \"thượng tá\" OR {rank_f} : \"thuong ta\")")]
    [InlineData("Thanh Hoá", "({title_f body_f aliases} : \"thanh\" AND ({title_x body_x} : \"hóa\" OR {title_f body_f aliases} : \"hoa\"))")]
    [InlineData("KT-XH", "{title_f body_f aliases} : \"kt xh\"")]
    [InlineData("'; DROP TABLE", "({title_f body_f aliases} : \"drop\" AND {title_f body_f aliases} : \"table\")")]
    [InlineData("\"a\"\"b\"", "({title_f body_f aliases} : \"a\" AND {title_f body_f aliases} : \"b\")")]
    [InlineData("NEAR abc", "({title_f body_f aliases} : \"near\" AND {title_f body_f aliases} : \"abc\")")]
    public void Parse_CompilesToQuotedFts5(string query, string expected)
    {
        var parsed = SearchQueryParser.Parse(query);
        Assert.Equal(expected, Fts5QueryCompiler.Compile(parsed.Root!));
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
                if (parsed.Root is not null)
                {
                    Assert.NotEmpty(Fts5QueryCompiler.Compile(parsed.Root));
                }
            }
            catch (SearchQueryException ex)
            {
                Assert.InRange(ex.Position, -1, chars.Length);
            }
        }
    }
}
