namespace TextMining.Extraction;

/// <summary>
/// Completes and orders a pipeline's stages: adds the default of every stage some stage <see cref="IExtractionStage.Needs"/>
/// and lacks (just before the first stage that needs it), then sorts them so each runs after what it needs. The
/// sort is stable: stages that need nothing of each other keep the order they were added in.
/// </summary>
internal static class StageGraph
{
    /// <summary>Adds the missing stages <paramref name="stages"/> need (recursively), then orders them.</summary>
    /// <exception cref="InvalidOperationException">The stages need each other in a cycle.</exception>
    public static IExtractionStage[] Complete(IEnumerable<IExtractionStage> stages)
    {
        // A missing need is inserted just before the first stage that needs it (and its own needs before it), so
        // the completed list is already in a good order and the stable sort below keeps it.
        var all = stages.ToList();
        var i = 0;
        while (i < all.Count)
        {
            var missing = all[i].Needs.FirstOrDefault(n => !all.Exists(s => s.GetType() == n.StageType));
            if (missing is null)
            {
                i++;
                continue;
            }

            var added = missing.CreateDefault();
            if (added.GetType() != missing.StageType)
            {
                throw new InvalidOperationException($"{all[i].GetType().Name} needs {missing.StageType.Name}, but its default is a {added.GetType().Name}.");
            }

            all.Insert(i, added);
        }

        return Order(all);
    }

    /// <summary>
    /// Orders <paramref name="stages"/> so each runs after the stages it needs that are present (a need that is
    /// absent is ignored here; <see cref="Complete"/> adds it). Stable for independent stages.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stages need each other in a cycle.</exception>
    public static IExtractionStage[] Order(IReadOnlyList<IExtractionStage> stages)
    {
        var ordered = new List<IExtractionStage>(stages.Count);
        var done = new HashSet<Type>();
        var present = stages.Select(s => s.GetType()).ToHashSet();
        var pending = stages.ToList();
        while (pending.Count > 0)
        {
            // The first stage, in the order added, whose present needs have all run.
            var next = pending.FindIndex(s => s.Needs.All(n => done.Contains(n.StageType) || !present.Contains(n.StageType)));
            if (next < 0)
            {
                throw new InvalidOperationException($"The extraction stages need each other in a cycle: {DescribeCycle(pending)}.");
            }

            ordered.Add(pending[next]);
            done.Add(pending[next].GetType());
            pending.RemoveAt(next);
        }

        return [.. ordered];
    }

    /// <summary>One cycle among <paramref name="pending"/> (stages none of which can run), as <c>A → B → A</c>.</summary>
    private static string DescribeCycle(List<IExtractionStage> pending)
    {
        var byType = pending.ToDictionary(s => s.GetType());
        var path = new List<Type>();
        var type = pending[0].GetType();
        while (!path.Contains(type))
        {
            path.Add(type);

            // Every pending stage waits on some pending need, so this walk never leaves the pending stages.
            type = byType[type].Needs.First(n => byType.ContainsKey(n.StageType)).StageType;
        }

        var cycle = path.Skip(path.IndexOf(type)).Append(type);
        return string.Join(" → ", cycle.Select(t => t.Name));
    }
}
