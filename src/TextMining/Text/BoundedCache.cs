using System.Collections.Concurrent;

namespace TextMining.Text;

/// <summary>
/// Remembers the results of a pure function in a concurrent dictionary that stops growing at a size (later keys are
/// computed every time), so that input with endless distinct keys cannot grow memory. Thread-safe.
/// </summary>
internal static class BoundedCache
{
    /// <summary>The value cached for <paramref name="key"/>, else <paramref name="compute"/>'s, kept while the cache holds fewer than <paramref name="maxEntries"/>.</summary>
    public static TValue GetOrCompute<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> compute, int maxEntries)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key);
        if (cache.Count < maxEntries)
        {
            cache.TryAdd(key, value);
        }

        return value;
    }
}
