namespace TextMining.Classification;

/// <summary>The kind of article a label stands for, so errors can be counted per kind.</summary>
internal enum RelevanceGroup
{
    /// <summary>About the movement.</summary>
    Movement,

    /// <summary>Random general news.</summary>
    General,

    /// <summary>Police and crime news not about the movement.</summary>
    Crime,

    /// <summary>Other hard negatives: awards of other fields, other campaigns, "mô hình" in economics.</summary>
    Hard,
}

/// <summary>One row of a labels file: an article id, whether it is about the movement, its group.</summary>
internal sealed record RelevanceLabel(string Id, bool IsMovement, RelevanceGroup Group);

/// <summary>
/// Reads a labels file: TSV, <c>#</c> comment lines, a header <c>id label [group] [ref]</c>, then one row per
/// article: its <see cref="Article.Id"/>, <c>1</c> or <c>0</c>, optionally <c>movement|general|crime|hard</c>.
/// </summary>
internal static class RelevanceLabels
{
    /// <summary>Parses the rows of <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">A row is malformed; the message says which line and why.</exception>
    public static IReadOnlyList<RelevanceLabel> Read(TextReader reader)
    {
        var labels = new List<RelevanceLabel>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerSeen && fields[0].Trim().Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                headerSeen = true;
                continue;
            }

            var label = ParseRow(fields, lineNumber);
            if (!ids.Add(label.Id))
            {
                throw new FormatException($"line {lineNumber}: id '{label.Id}' is labelled twice");
            }

            labels.Add(label);
        }

        return labels;
    }

    private static RelevanceLabel ParseRow(string[] fields, int lineNumber)
    {
        if (fields.Length < 2)
        {
            throw new FormatException($"line {lineNumber}: expected 'id<TAB>label', got {fields.Length} field");
        }

        var id = fields[0].Trim();
        var isMovement = fields[1].Trim() switch
        {
            "1" => true,
            "0" => false,
            var other => throw new FormatException($"line {lineNumber}: label must be 1 or 0, not '{other}'"),
        };
        var group = isMovement ? RelevanceGroup.Movement : RelevanceGroup.General;
        if (fields.Length > 2 && fields[2].Trim().Length > 0)
        {
            var name = fields[2].Trim();
            if (!Enum.TryParse(name, ignoreCase: true, out group) || int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                throw new FormatException($"line {lineNumber}: group must be movement, general, crime or hard, not '{name}'");
            }
        }

        return id.Length == 0 ? throw new FormatException($"line {lineNumber}: empty id") : new RelevanceLabel(id, isMovement, group);
    }
}
