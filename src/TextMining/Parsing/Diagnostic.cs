namespace TextMining.Parsing;

/// <summary>
/// Something odd about an input that was tolerated (a warning) or that stopped it from being read (an error).
/// Bad content is reported this way, never thrown.
/// </summary>
public sealed record Diagnostic
{
    internal Diagnostic()
    {
    }

    /// <summary>A stable machine-readable code, such as <c>TM0101</c>; see <see cref="DiagnosticCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>A sentence for people.</summary>
    public required string Message { get; init; }

    /// <summary>Warning or error.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>Where in <see cref="Article.Text"/> it applies, when it applies to a place.</summary>
    public SourceSpan? Span { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
