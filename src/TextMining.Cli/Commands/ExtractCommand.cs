namespace TextMining.Cli.Commands;

/// <summary><c>textmining extract</c>: one JSON object a line for every article in the inputs.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var input = new ArticleInputs();
        var command = new Command(
            "extract",
            "Read articles and write one JSON object a line (the extraction spec's shape) to standard output. " +
            "Bad inputs are reported on standard error with their path and reason; the others are still processed. " +
            "Exit code 0 when all inputs were read, 1 when any failed, 2 for usage errors.")
        {
            input.Inputs,
            input.MaxBytes,
            input.RelevanceModel,
        };
        command.SetAction(parse => Run(
            context,
            input.Files(parse),
            input.ReaderOptions(parse),
            input.Pipeline(parse)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, ArticleReaderOptions options, TextMiningPipeline pipeline)
    {
        using var source = new AnalysisSource(context, "extract");
        using var stdout = new BufferedStream(context.OpenStdout(), 1 << 16);
        using var writer = ArticleJsonWriter.CreateWriter(stdout);
        foreach (var analysis in source.Analyze(inputs, options, pipeline))
        {
            ArticleJsonWriter.Write(writer, analysis);
            writer.Flush();
            writer.Reset();
            stdout.WriteByte((byte)'\n');
        }

        stdout.Flush();
        return source.ExitCode();
    }
}
