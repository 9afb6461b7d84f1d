using TextMining.Classification;

namespace TextMining.Tests.Classification;

public sealed class RelevanceWeightsTests
{
    [Theory]
    [InlineData(0.005)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    public void Every_bucket_reads_the_exact_weight_it_was_given(double density)
    {
        var random = new Random(7);
        var weights = new float[RelevanceFeatures.Size];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = random.NextDouble() < density ? (float)((random.NextDouble() * 2) - 1) : 0f;
        }

        weights[17] = float.NaN;
        weights[18] = -0f;
        weights[40_000] = -0f;
        weights[^1] = float.Epsilon;

        var packed = new RelevanceWeights(weights);

        for (var i = 0; i < weights.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(weights[i]), BitConverter.SingleToInt32Bits(packed[i]));
        }
    }
}
