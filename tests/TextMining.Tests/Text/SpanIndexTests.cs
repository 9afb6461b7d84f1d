using TextMining.Text;

namespace TextMining.Tests.Text;

public sealed class SpanIndexTests
{
    [Fact]
    public void Overlaps_RandomSpans_SameAsCheckingEverySpan()
    {
        var random = new Random(3);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12)).Select(_ => new SourceSpan(random.Next(0, 60), random.Next(0, 15))).ToList();
            var index = new SpanIndex(spans);
            for (var q = 0; q < 40; q++)
            {
                var query = new SourceSpan(random.Next(0, 70), random.Next(0, 10));

                Assert.Equal(spans.Exists(s => s.Overlaps(query)), index.Overlaps(query));
            }
        }
    }

    [Fact]
    public void Overlaps_LongSpanBeforeShortOnes_Found()
    {
        var index = new SpanIndex([new SourceSpan(0, 100), new SourceSpan(10, 2), new SourceSpan(20, 2)]);

        Assert.True(index.Overlaps(new SourceSpan(50, 1)));
        Assert.False(index.Overlaps(new SourceSpan(100, 5)));
        Assert.False(new SpanIndex([]).Overlaps(new SourceSpan(0, 5)));
    }
}
