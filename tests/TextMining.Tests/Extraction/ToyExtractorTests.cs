using System.Collections.Concurrent;
using TextMining.Extraction;
using TextMining.Extraction.Organizations;
using TextMining.Text;
using TextMining.Tests.Extraction.Models;

namespace TextMining.Tests.Extraction;

/// <summary>
/// Adds one small extractor the way docs/architecture.md ("Adding an extractor") says: a stage that declares what it
/// needs, reads the claims of the stage it needs, and is ordered by the builder. Its results go to a sink because a
/// test cannot add a list to <c>ExtractionContext</c> and a property to <c>ArticleAnalysis</c> (step 5).
/// </summary>
public sealed class ToyExtractorTests
{
    [Fact]
    public void ToyExtractor_FindsTheCommitteeInsideOrganisationNames_WithSpans()
    {
        var sink = new ConcurrentDictionary<string, IReadOnlyList<CommitteeMention>>();
        var pipeline = new TextMiningPipelineBuilder().Add(new CommitteeStage(sink)).Build();
        var article = TestArticles.Build(
            "Tiêu đề",
            "Sáng 2/3/2017, BAN CHỈ ĐẠO 138 tỉnh Quảng Bình họp; Ban Chỉ đạo 138 huyện Bố Trạch dự.",
            "Con số 138 và cụm từ ban chỉ đạo 138 đứng riêng không phải tên tổ chức.");

        pipeline.Analyze(article);

        var found = sink[article.Id];
        Assert.Equal(["BAN CHỈ ĐẠO 138", "Ban Chỉ đạo 138"], found.Select(m => article.Text.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal(["Ban Chỉ đạo 138 tỉnh Quảng Bình", "Ban Chỉ đạo 138 huyện Bố Trạch"], found.Select(m => m.Organization));
    }

    [Fact]
    public void ToyExtractor_BringsTheStageItNeeds_AndRunsAfterIt_KeepingTheRestInOrder()
    {
        var toy = new CommitteeStage(new ConcurrentDictionary<string, IReadOnlyList<CommitteeMention>>());
        var stages = StageGraph.Complete([new TextMining.Extraction.Dates.DateExtractor(), toy, new TextMining.Extraction.Models.GrassrootsModelExtractor()]);

        Assert.Equal(
            ["DocumentExtractor", "DateExtractor", "OrganizationExtractor", "CommitteeStage", "GrassrootsModelExtractor"],
            stages.Select(s => s.GetType().Name));
    }

    [Fact]
    public void ToyExtractor_IsNotABuiltInKind_SoExtractorsListsOnlyTheBuiltInStages()
    {
        var pipeline = new TextMiningPipelineBuilder().UseGrassrootsModels().Add(new CommitteeStage(new ConcurrentDictionary<string, IReadOnlyList<CommitteeMention>>())).Build();

        Assert.Equal([ExtractorKind.Models, ExtractorKind.Organizations], pipeline.Extractors);
    }

    /// <summary>A mention of the steering committee 138 inside an organisation's name.</summary>
    /// <param name="Span">Where <c>Ban Chỉ đạo 138</c> is written.</param>
    /// <param name="Organization">The canonical name of the organisation it belongs to.</param>
    internal sealed record CommitteeMention(SourceSpan Span, string Organization);

    /// <summary>Finds <c>Ban Chỉ đạo 138</c> (any case or tone placement) where the organisation stage claimed a name.</summary>
    private sealed class CommitteeStage(ConcurrentDictionary<string, IReadOnlyList<CommitteeMention>> sink) : IExtractionStage
    {
        private static readonly string Key = VietnameseText.ToMatchingKey("Ban Chỉ đạo 138");

        private static readonly StageDependency[] Dependencies = [StageDependency.On<OrganizationExtractor>()];

        public ExtractorKind? Kind => null;

        public IReadOnlyList<StageDependency> Needs => Dependencies;

        public void Run(ExtractionContext context)
        {
            var found = new List<CommitteeMention>();
            for (var at = context.MatchingKey.IndexOf(Key, StringComparison.Ordinal); at >= 0; at = context.MatchingKey.IndexOf(Key, at + Key.Length, StringComparison.Ordinal))
            {
                var span = new SourceSpan(at, Key.Length);
                if (context.Claims.IsClaimed(span, EntityKinds.Organization))
                {
                    var organization = context.Organizations.First(o => o.Span.Contains(span));
                    found.Add(new CommitteeMention(span, organization.Name));
                }
            }

            sink[context.Article.Id] = found;
        }
    }
}
