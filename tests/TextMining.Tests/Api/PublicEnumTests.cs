using TextMining.Extraction.Documents;
using TextMining.Search;

namespace TextMining.Tests.Api;

/// <summary>Enums where the public surface had strings: their exported words stay what the JSON and tables wrote.</summary>
public sealed class PublicEnumTests
{
    [Fact]
    public void DocumentKind_EveryKindHasItsVietnameseWords_AndReadsBack()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.Unknown))
        {
            var words = DocumentLexicon.ToWord(kind);
            Assert.False(string.IsNullOrEmpty(words), $"{kind} has no row in document-kinds.tsv");
            Assert.Equal(kind, DocumentLexicon.Parse(words));
            Assert.Equal(kind, DocumentLexicon.Parse(words.ToUpperInvariant()));
        }
    }

    [Fact]
    public void DocumentKind_WordsOfTheLexicon_AreEachOneKind()
    {
        var kinds = DocumentLexicon.Instance.Kinds;
        Assert.Equal(kinds.Length, kinds.Select(k => k.Value).Distinct().Count());
        Assert.Equal(Enum.GetValues<DocumentKind>().Length - 1, kinds.Length);
        Assert.Equal("Chỉ thị", DocumentLexicon.ToWord(DocumentKind.Directive));
        Assert.Equal("Thông báo kết luận", DocumentLexicon.ToWord(DocumentKind.ConclusionNotice));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Công hàm")]
    public void DocumentKind_UnknownWords_AreUnknown_AndWriteEmpty(string? words)
    {
        Assert.Equal(DocumentKind.Unknown, DocumentLexicon.Parse(words));
        Assert.Equal(string.Empty, DocumentLexicon.ToWord(DocumentKind.Unknown));
    }

    [Fact]
    public void SearchFacets_EachFacetIsNamedInLowerCase_AsTheJsonWroteIt()
    {
        var single = Enum.GetValues<SearchFacets>().Where(f => f is not (SearchFacets.None or SearchFacets.All)).ToArray();
        Assert.Equal(["year", "place", "official", "rank", "model", "topic"], single.Select(IndexSchema.FacetName));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexSchema.FacetName(SearchFacets.All));
    }
}
