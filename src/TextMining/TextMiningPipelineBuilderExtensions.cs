using TextMining.Classification;

namespace TextMining;

/// <summary>The <c>Use…</c> methods that add the built-in extractors to a <see cref="TextMiningPipelineBuilder"/>.</summary>
public static class TextMiningPipelineBuilderExtensions
{
    /// <summary>Adds every built-in extractor and the movement relevance stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseAllExtractors(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new MovementRelevanceStage(null)).UseAbbreviations().UseOrganizations().UsePlaces().UseDocuments()
            .UseVietnameseDates().UseOfficials().UseGrassrootsModels().UseFigures();

    /// <summary>
    /// Adds (or replaces) the movement relevance stage: every analysis gets <see cref="ArticleAnalysis.Relevance"/>,
    /// a score 0–1 and whether it reaches the model's threshold.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="classifier">The model to use (<see cref="MovementClassifier.Load(string)"/>); the shipped one when null.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseMovementRelevance(this TextMiningPipelineBuilder builder, MovementClassifier? classifier = null) =>
        Check(builder).Replace(new MovementRelevanceStage(classifier));

    /// <summary>Adds the date extractor (<c>ngày 2 tháng 3 năm 2017</c>, <c>tháng 3/2019</c>, <c>quý I/2017</c>, …).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseVietnameseDates(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new DateExtractor());

    /// <summary>Adds the officials extractor (name, rank, honorific, positions, merged mentions).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseOfficials(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new OfficialExtractor());

    /// <summary>Adds the figures extractor (numbers with what they count and their qualifier).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseFigures(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new FigureExtractor());

    /// <summary>Adds the grassroots model (<c>mô hình</c>) extractor.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseGrassrootsModels(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new GrassrootsModelExtractor());

    /// <summary>Adds the document reference extractor (<c>Chỉ thị số 09-CT/TW</c>, …).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseDocuments(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new DocumentExtractor());

    /// <summary>Adds the administrative place extractor (<c>xã Vạn Ninh</c>, <c>TP. Đồng Hới</c>, …).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UsePlaces(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new PlaceExtractor());

    /// <summary>Adds the organisation extractor (<c>Ban Chỉ đạo 138 tỉnh</c>, <c>Công an tỉnh</c>, …).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseOrganizations(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new OrganizationExtractor());

    /// <summary>Adds the abbreviation extractor (<c>ANTQ</c>, <c>UBND</c>, … with expansions).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    public static TextMiningPipelineBuilder UseAbbreviations(this TextMiningPipelineBuilder builder) =>
        Check(builder).Add(new AbbreviationExtractor());

    private static TextMiningPipelineBuilder Check(TextMiningPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
