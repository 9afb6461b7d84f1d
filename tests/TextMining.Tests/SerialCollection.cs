namespace TextMining.Tests;

/// <summary>
/// Tests that measure the whole process (heap size) run alone: other test classes allocate in parallel otherwise.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (measures the process)";
}
