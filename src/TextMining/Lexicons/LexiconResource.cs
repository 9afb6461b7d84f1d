using System.Reflection;

namespace TextMining.Lexicons;

/// <summary>
/// Reads the lexicons shipped as embedded TSV resources. A lexicon file starts with <c>#</c> lines saying what
/// it is, where it comes from and its columns; every other non-blank line is one row of tab-separated fields.
/// Fields are NFC-normalised and trimmed. Files are read once by their owners and kept read-only.
/// </summary>
internal static class LexiconResource
{
    private static readonly Assembly Assembly = typeof(LexiconResource).Assembly;

    /// <summary>Every lexicon resource name, such as <c>Extraction/Officials/ranks.tsv</c>.</summary>
    public static IReadOnlyList<string> All { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".tsv", StringComparison.Ordinal))
        .Select(ToPath)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Reads the rows of a lexicon.</summary>
    /// <param name="path">The file's path below <c>src/TextMining</c> with forward slashes, e.g. <c>Extraction/Officials/ranks.tsv</c>.</param>
    /// <returns>The rows; each row has at least one non-empty field.</returns>
    /// <exception cref="FileNotFoundException">No such lexicon is embedded (a build error, not a content error).</exception>
    public static IReadOnlyList<string[]> ReadRows(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = "TextMining." + path.Replace('/', '.').Replace('\\', '.');
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"lexicon '{path}' is not embedded in {Assembly.GetName().Name}", path);
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = VietnameseText.Normalize(fields[i]).Trim();
            }

            if (fields[0].Length > 0)
            {
                rows.Add(fields);
            }
        }

        return rows;
    }

    /// <summary>Reads the first column of a lexicon.</summary>
    /// <param name="path">As for <see cref="ReadRows"/>.</param>
    /// <returns>The first field of every row.</returns>
    public static IReadOnlyList<string> ReadColumn(string path) => ReadRows(path).Select(r => r[0]).ToArray();

    private static string ToPath(string resourceName)
    {
        var withoutRoot = resourceName["TextMining.".Length..^".tsv".Length];
        return withoutRoot.Replace('.', '/') + ".tsv";
    }
}
