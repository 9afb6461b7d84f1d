namespace TextMining.Tests;

/// <summary>Finds the repository's folders (corpus/) and the optional ../shared folder beside the clone.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextMining.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("TextMining.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding TextMining.sln).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The bundled corpus folder.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>The test assets folder copied next to the test assembly.</summary>
    public static string Assets => Path.Combine(AppContext.BaseDirectory, "Assets");

    /// <summary>../shared beside the clone, or null when absent (tests that need it skip).</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The reason to give when ../shared is absent.</summary>
    public const string SharedMissing = "../shared is not beside this clone; tests over third-party articles need it";
}
