using TextMining.Text;

namespace TextMining.Parsing;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something odd was tolerated; the result is usable.</summary>
    Warning,

    /// <summary>The input could not be read into an article.</summary>
    Error,
}

/// <summary>
/// Something odd about an input that was tolerated (a warning) or that stopped it from being read (an error).
/// Bad content is reported this way, never thrown.
/// </summary>
/// <param name="Code">A stable machine-readable code, such as <c>TM0101</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Severity">Warning or error.</param>
/// <param name="Span">Where in <see cref="Article.Text"/> it applies, when it applies to a place.</param>
public sealed record Diagnostic(string Code, string Message, DiagnosticSeverity Severity, SourceSpan? Span = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
