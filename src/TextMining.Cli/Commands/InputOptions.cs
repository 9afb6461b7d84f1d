using System.CommandLine;
using TextMining.Parsing;

namespace TextMining.Cli.Commands;

/// <summary>The input argument and options every reading command shares.</summary>
internal static class InputOptions
{
    public static Argument<string[]> CreateInputsArgument() => new("inputs")
    {
        Description = "Files, folders (recursively: .txt, .html, .htm, .jsonl, .jsonl.gz), glob patterns such as 'corpus/*.txt', or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<long> CreateMaxBytesOption() => new("--max-bytes")
    {
        Description = $"Reject any single input (a file or a JSON Lines record) larger than this many bytes. Default {ArticleReaderOptions.DefaultMaxInputBytes}.",
        DefaultValueFactory = _ => ArticleReaderOptions.DefaultMaxInputBytes,
    };

    public static ArticleReaderOptions ReaderOptions(long maxBytes) =>
        maxBytes < 1
            ? throw new CliUsageException("--max-bytes must be at least 1")
            : ArticleReaderOptions.Default.WithMaxInputBytes(maxBytes);

    /// <summary>Writes a result's diagnostics to standard error as <c>source: severity CODE: message</c>.</summary>
    public static void ReportDiagnostics(CliContext context, ArticleReadResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                context.Stderr.WriteLine($"{result.Source}: {diagnostic}");
            }
        }
    }
}
