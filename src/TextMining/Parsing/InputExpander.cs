using Microsoft.Extensions.FileSystemGlobbing;

namespace TextMining.Parsing;

/// <summary>One expanded input: a file path, standard input, or the failure of an input that matched nothing.</summary>
/// <param name="Path">The file's path, or <c>-</c>.</param>
/// <param name="IsStandardInput">Whether this is standard input.</param>
/// <param name="Failure">Set when the input matched nothing.</param>
internal readonly record struct ExpandedInput(string Path, bool IsStandardInput, ArticleReadResult? Failure);

/// <summary>
/// Expands inputs as a user typed them into files, lazily and deterministically: a file as is; a folder
/// recursively (readable extensions only, hidden entries and symbolic links to folders skipped); a glob with <c>*</c> and <c>**</c>; <c>-</c> for
/// standard input. Within a folder, files come before subfolders, each sorted ordinally, so memory holds one
/// folder's listing at a time, never the whole tree.
/// </summary>
internal static class InputExpander
{
    /// <summary>The endings of files a folder or glob expands to.</summary>
    public static IReadOnlyList<string> ReadableExtensions { get; } = [".txt", ".html", ".htm", ".jsonl", ".jsonl.gz"];

    private static readonly EnumerationOptions FileListing = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Subfolders: symbolic links are not followed, so a link loop cannot make the walk endless.</summary>
    private static readonly EnumerationOptions FolderListing = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Expands every input in order.</summary>
    public static IEnumerable<ExpandedInput> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input is null)
            {
                continue;
            }

            var any = false;
            foreach (var item in ExpandOne(input))
            {
                any = true;
                yield return item;
            }

            if (!any)
            {
                var message = IsGlob(input) ? $"no readable files match {input}" : $"{input} holds no readable files (.txt, .html, .htm, .jsonl, .jsonl.gz)";
                yield return new ExpandedInput(input, false, ArticleReadResult.Failure(input, DiagnosticCodes.IoError, message));
            }
        }
    }

    /// <summary>Whether a file name has one of <see cref="ReadableExtensions"/> (gold files and others are skipped).</summary>
    public static bool IsReadableName(string name)
    {
        if (name.StartsWith('.') || name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var extension in ReadableExtensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the input is a glob pattern (holds <c>*</c>).</summary>
    public static bool IsGlob(string input) => input.Contains('*', StringComparison.Ordinal);

    private static IEnumerable<ExpandedInput> ExpandOne(string input)
    {
        if (input == "-")
        {
            return [new ExpandedInput("-", true, null)];
        }

        if (File.Exists(input))
        {
            return [new ExpandedInput(input, false, null)];
        }

        if (Directory.Exists(input))
        {
            return Walk(input, null, int.MaxValue).Select(p => new ExpandedInput(p, false, null));
        }

        if (IsGlob(input))
        {
            return ExpandGlob(input);
        }

        return [new ExpandedInput(input, false, ArticleReadResult.Failure(input, DiagnosticCodes.IoError, $"no such file or folder: {input}"))];
    }

    private static IEnumerable<ExpandedInput> ExpandGlob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var firstWild = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var baseDir = string.Join('/', segments[..firstWild]);
        if (baseDir.Length == 0)
        {
            baseDir = firstWild > 0 ? "/" : ".";
        }

        var rest = segments[firstWild..];
        if (!Directory.Exists(baseDir))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', rest));
        var maxDepth = rest.Contains("**") ? int.MaxValue : rest.Length - 1;
        var prefix = firstWild == 0 ? string.Empty : baseDir;
        return Walk(baseDir, matcher, maxDepth)
            .Select(p => new ExpandedInput(prefix.Length == 0 ? Path.GetRelativePath(".", p) : p, false, null));
    }

    /// <summary>Files under <paramref name="root"/>: this folder's files sorted, then each subfolder's, recursively.</summary>
    private static IEnumerable<string> Walk(string root, Matcher? matcher, int maxDepth)
    {
        var stack = new Stack<(string Dir, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (dir, depth) = stack.Pop();
            string[] files;
            string[] subdirs;
            try
            {
                files = Directory.GetFiles(dir, "*", FileListing);
                subdirs = depth < maxDepth ? Directory.GetDirectories(dir, "*", FolderListing) : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (!IsReadableName(name))
                {
                    continue;
                }

                if (matcher is not null && !matcher.Match(root, Path.GetRelativePath(root, file).Replace('\\', '/')).HasMatches)
                {
                    continue;
                }

                yield return file;
            }

            Array.Sort(subdirs, StringComparer.Ordinal);
            for (var i = subdirs.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(subdirs[i]).StartsWith('.'))
                {
                    stack.Push((subdirs[i], depth + 1));
                }
            }
        }
    }
}
