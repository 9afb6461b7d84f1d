using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TextMining.Search;

/// <summary>
/// Counts the facets of <see cref="IndexSchema.Facets"/> over the hits of a search, from their sorted-set doc
/// values: per segment an array of counts by ordinal, resolved to values once per segment. A document holds each
/// facet key at most once, so counts are numbers of articles.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly FacetDefinition[] _facets;
    private readonly Dictionary<string, (string Display, int Count)>[] _totals;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _counts;

    public FacetCounter(IEnumerable<FacetDefinition> facets)
    {
        _facets = facets.ToArray();
        _totals = _facets.Select(_ => new Dictionary<string, (string, int)>(StringComparer.Ordinal)).ToArray();
        _values = new SortedSetDocValues?[_facets.Length];
        _counts = new int[]?[_facets.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var f = 0; f < _facets.Length; f++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_facets[f].DocValuesField);
            _values[f] = values;
            _counts[f] = values is null ? null : new int[checked((int)values.ValueCount)];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } values)
            {
                continue;
            }

            var counts = _counts[f]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>Each facet's values, most frequent first, at most <paramref name="limit"/> each.</summary>
    public Dictionary<SearchFacets, IReadOnlyList<FacetValue>> Results(int limit)
    {
        FlushSegment();
        var results = new Dictionary<SearchFacets, IReadOnlyList<FacetValue>>();
        for (var f = 0; f < _facets.Length; f++)
        {
            var values = _totals[f].Values.Select(v => new FacetValue { Value = v.Display, Count = v.Count });
            var ordered = _facets[f].NewestFirst
                ? values.OrderByDescending(v => v.Count).ThenByDescending(v => v.Value, StringComparer.Ordinal)
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            results[_facets[f].Flag] = ordered.Take(limit).ToArray();
        }

        return results;
    }

    private void FlushSegment()
    {
        var bytes = new BytesRef();
        for (var f = 0; f < _facets.Length; f++)
        {
            if (_values[f] is not { } values || _counts[f] is not { } counts)
            {
                continue;
            }

            var totals = _totals[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, bytes);
                var entry = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
                var separator = entry.IndexOf(IndexSchema.FacetSeparator, StringComparison.Ordinal);
                var key = separator < 0 ? entry : entry[..separator];
                var display = separator < 0 ? entry : entry[(separator + 1)..];
                totals[key] = totals.TryGetValue(key, out var seen)
                    ? (string.CompareOrdinal(display, seen.Display) < 0 ? display : seen.Display, seen.Count + counts[ord])
                    : (display, counts[ord]);
            }

            _values[f] = null;
            _counts[f] = null;
        }
    }
}
