using TextMining.Extraction;
using TextMining.Text;

namespace TextMining.Tests.Extraction;

/// <summary>The one record of claimed spans and its policy (first claim wins; kinds block only what the policy says).</summary>
public sealed class ClaimRegistryTests
{
    [Fact]
    public void IsClaimed_SeesOnlyTheKindsAskedFor()
    {
        var claims = new ClaimRegistry();
        claims.Claim(new SourceSpan(10, 5), EntityKinds.Organization);

        Assert.True(claims.IsClaimed(new SourceSpan(12, 1), EntityKinds.Organization));
        Assert.True(claims.IsClaimed(new SourceSpan(12, 1), ClaimPolicy.BlocksFigures));
        Assert.False(claims.IsClaimed(new SourceSpan(12, 1), ClaimPolicy.BlocksCountedFigures));
        Assert.False(claims.IsClaimed(new SourceSpan(12, 1), EntityKinds.Date | EntityKinds.Document));
    }

    [Fact]
    public void IsClaimed_NeedsAnOverlap_NotJustATouch()
    {
        var claims = new ClaimRegistry();
        claims.Claim(new SourceSpan(10, 5), EntityKinds.Date);

        Assert.False(claims.IsClaimed(new SourceSpan(5, 5), EntityKinds.Date));
        Assert.False(claims.IsClaimed(new SourceSpan(15, 3), EntityKinds.Date));
        Assert.True(claims.IsClaimed(new SourceSpan(14, 3), EntityKinds.Date));
        Assert.True(claims.IsClaimed(new SourceSpan(0, 40), EntityKinds.Date));
    }

    [Fact]
    public void ClaimsAddedAfterAQuery_AreSeenByTheNextQuery()
    {
        var claims = new ClaimRegistry();
        claims.Claim(new SourceSpan(0, 2), EntityKinds.Document);
        Assert.False(claims.IsClaimed(new SourceSpan(50, 2), EntityKinds.Document));

        claims.Claim(new SourceSpan(49, 2), EntityKinds.Document);

        Assert.True(claims.IsClaimed(new SourceSpan(50, 2), EntityKinds.Document));
    }

    [Fact]
    public void AnyAndSpans_ReportWhatWasClaimed()
    {
        var claims = new ClaimRegistry();
        Assert.False(claims.Any(ClaimPolicy.BlocksFigures));
        claims.Claim(new SourceSpan(30, 8), EntityKinds.DocumentNumber);
        claims.Claim(new SourceSpan(3, 4), EntityKinds.DocumentNumber);

        Assert.False(claims.Any(ClaimPolicy.BlocksFigures));
        Assert.True(claims.Any(ClaimPolicy.BlocksDates));
        claims.Claim(new SourceSpan(20, 4), EntityKinds.Date);
        Assert.True(claims.Any(ClaimPolicy.BlocksFigures));
        Assert.Equal([new SourceSpan(30, 8), new SourceSpan(3, 4)], claims.Spans(ClaimPolicy.BlocksDates));
        Assert.Equal([new SourceSpan(20, 4), new SourceSpan(30, 8), new SourceSpan(3, 4)], claims.Spans(EntityKinds.Date | EntityKinds.DocumentNumber));
    }

    [Theory]
    [InlineData(0)]
    [InlineData((int)(EntityKinds.Date | EntityKinds.Organization))]
    [InlineData(64)]
    public void Claim_OfNotExactlyOneKind_IsRefused(int kind)
    {
        var claims = new ClaimRegistry();
        var error = Assert.Throws<ArgumentException>(() => claims.Claim(new SourceSpan(0, 1), (EntityKinds)kind));
        Assert.Contains("exactly one kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_ClaimsWhatEachStageKeeps()
    {
        var article = Models.TestArticles.Build("Tiêu đề", "Thực hiện Chỉ thị số 09-CT/TW ngày 1-12-2011, Ban Chỉ đạo 138 tỉnh huy động 40 người.");
        var context = Models.TestArticles.Run(article, new TextMining.Extraction.Documents.DocumentExtractor(),
            new TextMining.Extraction.Dates.DateExtractor(), new TextMining.Extraction.Organizations.OrganizationExtractor());

        SourceSpan Find(string words) => new(article.Text.IndexOf(words, StringComparison.Ordinal), words.Length);
        Assert.True(context.Claims.IsClaimed(Find("09-CT/TW"), EntityKinds.DocumentNumber));
        Assert.True(context.Claims.IsClaimed(Find("1-12-2011"), EntityKinds.Date));
        Assert.True(context.Claims.IsClaimed(Find("1-12-2011"), EntityKinds.Document));
        Assert.False(context.Claims.IsClaimed(Find("1-12-2011"), EntityKinds.DocumentNumber));
        Assert.True(context.Claims.IsClaimed(Find("138"), EntityKinds.Organization));
        Assert.False(context.Claims.IsClaimed(Find("40 người"), ClaimPolicy.BlocksFigures));
    }
}
