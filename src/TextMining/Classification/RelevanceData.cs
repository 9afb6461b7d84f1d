using Microsoft.ML.Data;

namespace TextMining.Classification;

/// <summary>What the classifier reads of an article: the folded title, lead and body start, capped in length.</summary>
internal static class RelevanceText
{
    /// <summary>Characters of folded text read per article: the title, the lead and the body's beginning.</summary>
    public const int MaxChars = 2000;

    /// <summary>The folded (lower case, no diacritics) start of <see cref="Article.Text"/>, which begins with the title.</summary>
    public static string Of(Article article)
    {
        var text = article.Text;
        var length = Math.Min(text.Length, MaxChars);
        return VietnameseText.Fold(text[..length]);
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
