using TextMining.Search;

namespace TextMining.Tests.Search;

/// <summary>The filter that lets a new index add an article without looking its id up: never wrongly absent.</summary>
public sealed class WrittenIdsTests
{
    [Fact]
    public void MayContain_EveryIdAdded_AcrossTheChainOfFilters()
    {
        var ids = new WrittenIds();
        var added = Enumerable.Range(0, 200_000).Select(i => $"https://example.vn/bai-{i}").ToArray();
        Assert.DoesNotContain(added, ids.MayContain);
        foreach (var id in added)
        {
            ids.Add(id);
        }

        Assert.All(added, id => Assert.True(ids.MayContain(id), id));
    }

    [Fact]
    public void MayContain_IdsNeverAdded_AreMostlyAbsent()
    {
        var ids = new WrittenIds();
        for (var i = 0; i < 200_000; i++)
        {
            ids.Add($"https://example.vn/bai-{i}");
        }

        var falsePositives = Enumerable.Range(0, 100_000).Count(i => ids.MayContain($"https://example.vn/tin-{i}"));
        Assert.InRange(falsePositives, 0, 1_000);
    }

    [Fact]
    public void MayContain_PastTheBound_IsTrueForEveryId()
    {
        var ids = new WrittenIds(maxBits: 1 << 18);
        for (var i = 0; i < 30_000; i++)
        {
            ids.Add($"id-{i}");
        }

        Assert.True(ids.MayContain("never added"));
        Assert.All(Enumerable.Range(0, 30_000), i => Assert.True(ids.MayContain($"id-{i}")));
    }
}
