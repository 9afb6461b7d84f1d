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

    /// <summary>Exit code when standard output was closed early (<c>| head</c>): 128 + SIGPIPE, as the shell reports.</summary>
    public const int OutputClosed = 141;

    /// <summary>Response files (<c>@file</c>) are off: an argument starting with <c>@</c> is taken as written.</summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

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
        root.Subcommands.Add(TrainRelevanceCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdin, stdout, stderr);
        var root = CreateRoot(context);
        var parse = root.Parse(args, Parsing);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"textmining: {ConsoleText.Escape(error.Message)}");
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
            stderr.WriteLine($"textmining: {ConsoleText.Escape(ex.Message)}");
            return UsageError;
        }
        catch (OutputClosedException e)
        {
            // The reader of standard output has gone (| head): stop quietly, as command-line tools do. Output closed
            // before the start (>&-) is more likely a mistake: say so in one line.
            if (e.ClosedAtStart)
            {
                stderr.WriteLine("textmining: standard output is closed, so nothing can be written (export can write to a file with -o)");
            }

            return OutputClosed;
        }
        catch (Exception ex) when (ex is CliInputException or IOException or UnauthorizedAccessException or InvalidDataException or TextMining.Search.SearchIndexException)
        {
            stderr.WriteLine($"textmining: {ConsoleText.Escape(ex.Message)}");
            return InputFailed;
        }
    }
}

/// <summary>The standard streams a command writes to; tests pass their own.</summary>
internal sealed record CliContext(TextReader Stdin, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>
    /// Opens standard output as bytes when the context is the real console, else wraps the writer. A write to a
    /// closed pipe throws <see cref="OutputClosedException"/> (the console's own stream would drop it silently
    /// and the command would read all its inputs for nothing).
    /// </summary>
    public Stream OpenStdout() =>
        ReferenceEquals(Stdout, Console.Out) ? new StdoutStream()
        : ReferenceEquals(Stdout, ClosedStdout.Writer) ? throw ClosedStdout.Closed()
        : new TextWriterStream(Stdout);
}

/// <summary>A usage error found after parsing (for example two options that exclude each other): exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

/// <summary>An input named on the command line (a file, folder or index) cannot be read: exit code 1.</summary>
internal sealed class CliInputException(string message) : Exception(message);

/// <summary>Standard output was closed by its reader, or before the tool started (<paramref name="closedAtStart"/>).</summary>
internal sealed class OutputClosedException(IOException inner, bool closedAtStart = false) : Exception("standard output was closed", inner)
{
    /// <summary>Whether standard output was already closed when the tool started (<c>&gt;&amp;-</c>).</summary>
    public bool ClosedAtStart => closedAtStart;
}
