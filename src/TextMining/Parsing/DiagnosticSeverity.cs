namespace TextMining.Parsing;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something odd was tolerated; the result is usable.</summary>
    Warning,

    /// <summary>The input could not be read into an article.</summary>
    Error,
}
