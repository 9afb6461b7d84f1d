namespace TextMining.Benchmarks;

/// <summary>Finds benchmark inputs: the repository's corpus/ and ../shared beside the clone.</summary>
public static class BenchmarkInputs
{
    /// <summary>The repository root (the folder holding TextMining.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled corpus folder.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>../shared beside the clone; benchmarks over third-party articles need it.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Path of a file in ../shared, or an exception saying it is missing.</summary>
    /// <param name="relative">The path below ../shared.</param>
    /// <returns>The full path.</returns>
    public static string SharedFile(string relative)
    {
        var path = Path.Combine(Shared, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException($"benchmark input {path} is missing: it lives in ../shared beside the clone", path);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextMining.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
