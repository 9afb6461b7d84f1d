using System.CommandLine;
using TextMining.Export;

namespace TextMining.Cli.Commands;

/// <summary><c>textmining export</c>: one flat table as CSV or JSON Lines.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = InputOptions.CreateInputsArgument();
        inputs.Arity = System.CommandLine.ArgumentArity.ZeroOrMore;
        var maxBytes = InputOptions.CreateMaxBytesOption();
        var relevanceModel = InputOptions.CreateRelevanceModelOption();
        var table = new Option<ExportTable>("--table", "-t")
        {
            Description = "Which table: articles, dates, officials, mentions, figures, models, documents or places.",
            Required = true,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv (RFC 4180, UTF-8) or jsonl (one object a row).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var excel = new Option<bool>("--excel") { Description = "Start CSV with a UTF-8 BOM so that Excel shows Vietnamese correctly." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var index = AnalysisSource.CreateIndexOption();
        var command = new Command(
            "export",
            "Write one flat table of the extracted facts, one row per entity with the article id, span and surface text. " +
            "Column names are stable; see the README. Ctrl+C stops after the current article with the output so far valid.")
        {
            inputs,
            table,
            format,
            excel,
            output,
            index,
            maxBytes,
            relevanceModel,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(inputs) ?? [];
            var indexPath = AnalysisSource.CheckInputsOrIndex("export", files, parse.GetValue(index));
            var tableFormat = parse.GetValue(format) == "jsonl" ? TableFormat.JsonLines : TableFormat.Csv;
            var options = TableExportOptions.Default.WithExcelCompatible(parse.GetValue(excel));
            var pipeline = InputOptions.Pipeline(parse.GetValue(relevanceModel), indexPath);
            return Run(context, files, indexPath, InputOptions.ReaderOptions(parse.GetValue(maxBytes)), pipeline, parse.GetValue(table), tableFormat, options, parse.GetValue(output));
        });
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string? indexPath, Parsing.ArticleReaderOptions readerOptions, TextMiningPipeline pipeline, ExportTable table, TableFormat format, TableExportOptions options, string? outputPath)
    {
        using var source = new AnalysisSource(context, "export");
        using var output = OutputFile.Open(context, outputPath);
        TableExporter.Write(source.Analyses(inputs, indexPath, readerOptions, pipeline), table, format, output, options, source.Token);
        output.Flush();
        return source.ExitCode();
    }
}

/// <summary>Opens a command's output: a file (created or truncated) or standard output.</summary>
internal static class OutputFile
{
    public static Stream Open(CliContext context, string? path)
    {
        if (path is null || path == "-")
        {
            return context.OpenStdout();
        }

        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write {path}: {ex.Message}");
        }
    }
}
