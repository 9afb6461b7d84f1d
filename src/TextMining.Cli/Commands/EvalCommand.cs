using TextMining.Evaluation;

namespace TextMining.Cli.Commands;

/// <summary><c>textmining eval</c>: precision, recall and F1 per kind, and macro-F1, against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder")
        {
            Description = "A folder holding articles with a <name>.gold.json beside each (searched recursively).",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list, per article, what was missed and what was extra." };
        InputOptions.RejectUnknownOptions(folder);
        var minF1 = new Option<double?>("--min-f1")
        {
            Description = "Exit with code 1, saying so, when the macro-F1 is below this value, a number from 0 to 1 (for CI).",
            CustomParser = result => InputOptions.ParseNumber(result, "--min-f1", 0.0, 1.0, "a number"),
        };
        var command = new Command(
            "eval",
            "Run the pipeline on every article that has a <name>.gold.json beside it and print precision, recall and " +
            "F1 per kind (dates, officials, figures, models), summed over articles, and their mean (macro-F1), " +
            "as the extraction spec defines.")
        {
            folder,
            json,
            verbose,
            minF1,
        };
        command.SetAction(parse => Run(context, parse.GetValue(folder)!, parse.GetValue(json), parse.GetValue(verbose), parse.GetValue(minF1)));
        return command;
    }

    private static int Run(CliContext context, string folder, bool json, bool verbose, double? minF1)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliInputException($"no such folder: {folder}");
        }

        var report = Evaluator.EvaluateFolder(folder);
        if (report.Articles.Count == 0)
        {
            context.Stderr.WriteLine(ConsoleText.Escape($"textmining: no *.gold.json files in {folder}"));
            return TextMiningCommandLine.InputFailed;
        }

        if (json)
        {
            WriteJson(context, report, verbose);
        }
        else
        {
            WriteTable(context.Stdout, report, verbose);
        }

        foreach (var failed in report.Articles.Where(a => a.Error is not null))
        {
            context.Stderr.WriteLine(ConsoleText.Escape($"{failed.ArticlePath}: {failed.Error}"));
        }

        var belowThreshold = minF1 is { } threshold && report.MacroF1 < threshold;
        if (belowThreshold)
        {
            context.Stderr.WriteLine(FormattableString.Invariant($"textmining: macro-F1 {report.MacroF1:F3} is below --min-f1 {minF1:0.###}"));
        }

        return belowThreshold || report.Articles.Any(a => a.Error is not null)
            ? TextMiningCommandLine.InputFailed
            : TextMiningCommandLine.Success;
    }

    private static void WriteTable(TextWriter o, EvaluationReport report, bool verbose)
    {
        o.WriteLine(FormattableString.Invariant($"{report.Articles.Count} annotated articles"));
        o.WriteLine("kind         precision  recall      F1     TP    FP    FN");
        foreach (var k in report.Kinds)
        {
            o.WriteLine(FormattableString.Invariant($"{k.Kind.ToString().ToLowerInvariant(),-10} {k.Precision,10:F3} {k.Recall,7:F3} {k.F1,7:F3} {k.TruePositives,6} {k.FalsePositives,5} {k.FalseNegatives,5}"));
        }

        o.WriteLine(FormattableString.Invariant($"macro-F1   {report.MacroF1:F3}"));
        o.WriteLine(FormattableString.Invariant($"officials: rank accuracy {report.RankAccuracy:F3}, position recall {report.PositionRecall:F3} over {report.MatchedOfficials} matched"));
        o.WriteLine(FormattableString.Invariant($"fields (title, published, views, authors): {report.FieldChecks - report.FieldErrorCount}/{report.FieldChecks} correct"));
        if (!verbose)
        {
            return;
        }

        foreach (var article in report.Articles)
        {
            var lines = new List<string>();
            foreach (var outcome in article.Outcomes)
            {
                var name = outcome.Kind.ToString().ToLowerInvariant();
                lines.AddRange(outcome.Missed.Select(m => $"  missed {name}: {m}"));
                lines.AddRange(outcome.Extra.Select(e => $"  extra  {name}: {e}"));
            }

            lines.AddRange(article.FieldErrors.Select(f => "  field  " + f));
            if (lines.Count == 0)
            {
                continue;
            }

            o.WriteLine();
            o.WriteLine(Path.GetFileName(article.ArticlePath));
            foreach (var line in lines)
            {
                o.WriteLine(line);
            }
        }
    }

    private static void WriteJson(CliContext context, EvaluationReport report, bool verbose)
    {
        using var stream = context.OpenStdout();
        using (var w = ArticleJsonWriter.CreateWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("articles", report.Articles.Count);
            w.WriteNumber("macroF1", Math.Round(report.MacroF1, 6));
            w.WriteStartObject("kinds");
            foreach (var k in report.Kinds)
            {
                w.WriteStartObject(JsonNamingPolicy.CamelCase.ConvertName(k.Kind.ToString()));
                w.WriteNumber("precision", Math.Round(k.Precision, 6));
                w.WriteNumber("recall", Math.Round(k.Recall, 6));
                w.WriteNumber("f1", Math.Round(k.F1, 6));
                w.WriteNumber("truePositives", k.TruePositives);
                w.WriteNumber("falsePositives", k.FalsePositives);
                w.WriteNumber("falseNegatives", k.FalseNegatives);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteNumber("rankAccuracy", Math.Round(report.RankAccuracy, 6));
            w.WriteNumber("positionRecall", Math.Round(report.PositionRecall, 6));
            w.WriteNumber("fieldChecks", report.FieldChecks);
            w.WriteNumber("fieldErrors", report.FieldErrorCount);
            if (verbose)
            {
                w.WriteStartArray("details");
                foreach (var a in report.Articles)
                {
                    w.WriteStartObject();
                    w.WriteString("article", a.ArticlePath);
                    w.WriteString("error", a.Error);
                    foreach (var outcome in a.Outcomes)
                    {
                        var name = JsonNamingPolicy.CamelCase.ConvertName(outcome.Kind.ToString());
                        WriteStrings(w, name + "Missed", outcome.Missed);
                        WriteStrings(w, name + "Extra", outcome.Extra);
                    }

                    WriteStrings(w, "fieldErrors", a.FieldErrors);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
