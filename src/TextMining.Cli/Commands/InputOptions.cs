namespace TextMining.Cli.Commands;

/// <summary>The input argument and options every reading command shares.</summary>
internal static class InputOptions
{
    public static Argument<string[]> CreateInputsArgument()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (recursively: .txt, .html, .htm, .jsonl, .jsonl.gz), glob patterns such as 'corpus/*.txt', or - for standard input. " +
                "A file whose name starts with - is given as ./-name.",
            Arity = ArgumentArity.OneOrMore,
        };
        RejectUnknownOptions(inputs);
        return inputs;
    }

    /// <summary>
    /// Makes a word that looks like an option (<c>--maxbytes</c>) but is none of the command's a usage error instead
    /// of a file name; <c>-</c> alone (standard input) stays an input.
    /// </summary>
    public static void RejectUnknownOptions<T>(Argument<T> argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}' (see --help; a file whose name starts with - is given as ./{token.Value})");
                }
            }
        });

    public static Option<long> CreateMaxBytesOption() => new("--max-bytes")
    {
        Description = $"Reject any single input (a file or a JSON Lines record) larger than this many bytes. Default {ArticleReaderOptions.DefaultMaxInputBytes}.",
        DefaultValueFactory = _ => ArticleReaderOptions.DefaultMaxInputBytes,
        CustomParser = result => ParseNumber(result, "--max-bytes", 1L, long.MaxValue, "a whole number of bytes"),
    };

    /// <summary>
    /// Parses an option's one value as a number in [<paramref name="min"/>, <paramref name="max"/>] (invariant
    /// culture), or adds an error that names the option and says what it expects.
    /// </summary>
    public static T ParseNumber<T>(System.CommandLine.Parsing.ArgumentResult result, string option, T min, T max, string what)
        where T : struct, System.Numerics.INumber<T>
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (T.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && !T.IsNaN(value) && value >= min && value <= max)
        {
            return value;
        }

        var range = max == T.CreateTruncating(long.MaxValue) || max == T.CreateTruncating(int.MaxValue)
            ? FormattableString.Invariant($"at least {min}")
            : FormattableString.Invariant($"from {min} to {max}");
        result.AddError($"{option} expects {what} {range}, not '{ConsoleText.Escape(text)}'");
        return min;
    }

    public static Option<string?> CreateRelevanceModelOption() => new("--relevance-model")
    {
        Description = "Score movement relevance with this model (a zip from 'textmining train-relevance') instead of the shipped one.",
    };

    /// <summary>The default pipeline, with the relevance model at <paramref name="modelPath"/> when one is given.</summary>
    /// <exception cref="InvalidDataException">The file is not a relevance model (exit 1 with its reason).</exception>
    /// <exception cref="IOException">The file cannot be read (exit 1).</exception>
    public static TextMiningPipeline Pipeline(string? modelPath)
    {
        if (modelPath is null)
        {
            return TextMiningPipeline.Default;
        }

        if (!File.Exists(modelPath))
        {
            throw new CliInputException($"no relevance model at {modelPath}");
        }

        var classifier = TextMining.Classification.MovementClassifier.Load(modelPath);
        return new TextMiningPipelineBuilder().UseAllExtractors().UseMovementRelevance(classifier).Build();
    }

    /// <summary>The pipeline for a command that reads either inputs or an index; a model with an index is a usage error.</summary>
    public static TextMiningPipeline Pipeline(string? modelPath, string? indexPath) =>
        modelPath is not null && indexPath is not null
            ? throw new CliUsageException("--relevance-model applies to inputs; an index keeps the relevance scored when it was built")
            : Pipeline(modelPath);

    public static ArticleReaderOptions ReaderOptions(long maxBytes) =>
        maxBytes < 1
            ? throw new CliUsageException("--max-bytes must be at least 1")
            : ArticleReaderOptions.Default.WithMaxInputBytes(maxBytes);

    /// <summary>
    /// Writes a result's errors, and the warnings that say text was lost (invalid characters replaced), to standard
    /// error as <c>source: severity CODE: message</c>, control characters in names escaped.
    /// </summary>
    public static void ReportDiagnostics(CliContext context, ArticleReadResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Code == DiagnosticCodes.InvalidCharacters)
            {
                context.Stderr.WriteLine(ConsoleText.Escape($"{result.Source}: {diagnostic}"));
            }
        }
    }
}
