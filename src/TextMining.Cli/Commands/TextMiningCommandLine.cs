using System.CommandLine;

namespace TextMining.Cli.Commands;

/// <summary>Builds the <c>textmining</c> command tree and maps results to exit codes.</summary>
internal static class TextMiningCommandLine
{
    /// <summary>Exit code when every input was processed.</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one input failed (the others were still processed).</summary>
    public const int InputFailed = 1;

    /// <summary>Exit code for a usage error: unknown option, missing argument, bad value.</summary>
    public const int UsageError = 2;

    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand(
            "textmining: reads Vietnamese news articles about the all-people national-security movement, " +
            "extracts dates, officials, figures and grassroots models with source spans, and indexes them for search.");
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdin, stdout, stderr);
        var root = CreateRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"textmining: {error.Message}");
            }

            stderr.WriteLine("Run 'textmining --help' for usage.");
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"textmining: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or TextMining.Search.SearchIndexException)
        {
            stderr.WriteLine($"textmining: {ex.Message}");
            return InputFailed;
        }
    }
}

/// <summary>The standard streams a command writes to; tests pass their own.</summary>
internal sealed record CliContext(TextReader Stdin, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>Opens standard output as bytes when the context is the real console, else wraps the writer.</summary>
    public Stream OpenStdout() =>
        ReferenceEquals(Stdout, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(Stdout);
}

/// <summary>A usage error found after parsing (for example two options that exclude each other).</summary>
internal sealed class CliUsageException(string message) : Exception(message);
