namespace TextMining.Cli.Commands;

/// <summary><c>textmining export</c>: one flat table as CSV, JSON Lines or Parquet (optionally partitioned by year).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new ArticleInputs(orIndex: true);
        var table = new Option<ExportTable>("--table", "-t")
        {
            Description = "Which table: articles, dates, officials, mentions, figures, models, documents or places.",
            Required = true,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv (RFC 4180, UTF-8), jsonl (one object a row) or parquet (typed columns; needs -o or a redirected standard output).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "jsonl", "parquet");
        var partitionBy = new Option<string?>("--partition-by")
        {
            Description = "With --format parquet: write a Hive-partitioned dataset <output>/<table>/year=2017/part-0.parquet, " +
                "by the article's year (articles without one in year=__HIVE_DEFAULT_PARTITION__; the dates table uses article_year=).",
        };
        partitionBy.AcceptOnlyFromAmong("year");
        var excel = new Option<bool>("--excel") { Description = "Start CSV with a UTF-8 BOM so that Excel shows Vietnamese correctly." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (with --partition-by: the dataset's parent folder)." };
        var command = new Command(
            "export",
            "Write one flat table of the extracted facts, one row per entity with the article id, span and surface text. " +
            "Column names are stable; see the README. Ctrl+C stops after the current article with the output so far valid.")
        {
            input.Inputs,
            table,
            format,
            excel,
            output,
            partitionBy,
            input.Index,
            input.MaxBytes,
            input.RelevanceModel,
        };
        command.SetAction(parse =>
        {
            var files = input.Files(parse);
            var indexPath = input.IndexPath(parse, "export");
            var tableFormat = parse.GetValue(format) switch
            {
                "jsonl" => TableFormat.JsonLines,
                "parquet" => TableFormat.Parquet,
                _ => TableFormat.Csv,
            };
            var options = TableExportOptions.Default.WithExcelCompatible(parse.GetValue(excel));
            var pipeline = input.Pipeline(parse, indexPath);
            var outputPath = parse.GetValue(output);
            var readerOptions = input.ReaderOptions(parse);
            if (parse.GetValue(partitionBy) is not null)
            {
                var folder = CheckPartitioned(tableFormat, outputPath, parse.GetValue(table));
                return RunPartitioned(context, files, indexPath, readerOptions, pipeline, parse.GetValue(table), options, folder);
            }

            CheckBinaryOutput(context, tableFormat, outputPath);
            return Run(context, files, indexPath, readerOptions, pipeline, parse.GetValue(table), tableFormat, options, outputPath);
        });
        return command;
    }

    /// <summary>Parquet is binary: never onto a terminal, nor into a text-only writer.</summary>
    private static void CheckBinaryOutput(CliContext context, TableFormat format, string? outputPath)
    {
        var toStdout = outputPath is null || outputPath == "-";
        if (format == TableFormat.Parquet && toStdout && !(ReferenceEquals(context.Stdout, Console.Out) && Console.IsOutputRedirected))
        {
            throw new CliUsageException("--format parquet writes binary: give -o <file.parquet> (or redirect standard output to a file or pipe)");
        }
    }

    /// <summary>--partition-by needs Parquet and a folder; returns the table's dataset folder, <c>&lt;output&gt;/&lt;table&gt;</c>.</summary>
    private static string CheckPartitioned(TableFormat format, string? outputPath, ExportTable table)
    {
        if (format != TableFormat.Parquet)
        {
            throw new CliUsageException("--partition-by needs --format parquet");
        }

        if (outputPath is null || outputPath == "-")
        {
            throw new CliUsageException("--partition-by writes a folder of files: give -o <folder>");
        }

        return Path.Combine(outputPath, table.ToString().ToLowerInvariant());
    }

    private static int Run(CliContext context, string[] inputs, string? indexPath, ArticleReaderOptions readerOptions, TextMiningPipeline pipeline, ExportTable table, TableFormat format, TableExportOptions options, string? outputPath)
    {
        using var source = new AnalysisSource(context, "export");
        using var output = OutputFile.Open(context, outputPath);
        TableExporter.Write(source.Analyses(inputs, indexPath, readerOptions, pipeline), table, format, output, options, source.Token);
        output.Flush();
        return source.ExitCode();
    }

    private static int RunPartitioned(CliContext context, string[] inputs, string? indexPath, ArticleReaderOptions readerOptions, TextMiningPipeline pipeline, ExportTable table, TableExportOptions options, string folder)
    {
        using var source = new AnalysisSource(context, "export");
        try
        {
            TableExporter.WritePartitioned(source.Analyses(inputs, indexPath, readerOptions, pipeline), table, TablePartition.Year, folder, options, source.Token);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IOException($"cannot write {folder}: {ex.Message}", ex);
        }

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
            // An output that cannot be written fails the run like an input that cannot be read: exit 1.
            throw new IOException($"cannot write {path}: {ex.Message}", ex);
        }
    }
}
