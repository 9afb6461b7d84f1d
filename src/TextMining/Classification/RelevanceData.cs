using Microsoft.ML.Data;

namespace TextMining.Classification;

/// <summary>
/// What the classifier reads of an article: the title, lead and body start, capped in length (the features fold it as
/// they read, so no folded copy is made).
/// </summary>
internal static class RelevanceText
{
    /// <summary>Characters of folded text read per article: the title, the lead and the body's beginning.</summary>
    public const int MaxChars = 2000;

    /// <summary>The start of <see cref="Article.Text"/>, which begins with the title.</summary>
    public static string Of(Article article)
    {
        var text = article.Text;
        return text.Length <= MaxChars ? text : text[..MaxChars];
    }
}

/// <summary>One labelled article as the trainer gives it to ML.NET: hashed n-gram features, label, weight.</summary>
internal sealed class RelevanceExample
{
    [VectorType(RelevanceFeatures.Size)]
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }

    public float Weight { get; set; }
}

/// <summary>The model's probability column.</summary>
internal sealed class RelevancePrediction
{
    public float Probability { get; set; }
}
