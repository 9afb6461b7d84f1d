using TextMining.Classification;

namespace TextMining.Cli.Commands;

/// <summary><c>textmining train-relevance</c>: trains a movement relevance model on a labels file.</summary>
internal static class TrainRelevanceCommand
{
    public static Command Create(CliContext context)
    {
        var labels = new Argument<string>("labels")
        {
            Description = "A labels TSV: 'id<TAB>label[<TAB>group]' rows (id = the article id that extract prints; label 1 = about the movement, 0 = not; " +
                "group movement|general|crime|hard, counted separately in the report). Lines starting with # are comments.",
        };
        InputOptions.RejectUnknownOptions(labels);
        var inputs = InputOptions.CreateInputsArgument();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the model (a zip).", Required = true };
        var seed = new Option<int>("--seed")
        {
            Description = $"Seed of the held-out split, the cross-validation folds and the trainer. Default {RelevanceTrainer.DefaultSeed}.",
            DefaultValueFactory = _ => RelevanceTrainer.DefaultSeed,
            CustomParser = result => InputOptions.ParseNumber(result, "--seed", 0, int.MaxValue, "a whole number"),
        };
        var maxBytes = InputOptions.CreateMaxBytesOption();
        var command = new Command(
            "train-relevance",
            "Train a movement relevance model on labelled articles: 30% of every group is held out (seeded), the threshold is the best F2 " +
            "in 5-fold cross-validation on the rest, and precision, recall, AUC and false positives per group are printed for the held-out part. " +
            "Use the model with --relevance-model on extract, index, export and stats.")
        {
            labels,
            inputs,
            output,
            seed,
            maxBytes,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetRequiredValue(labels),
            parse.GetValue(inputs) ?? [],
            parse.GetRequiredValue(output),
            parse.GetValue(seed),
            InputOptions.ReaderOptions(parse.GetValue(maxBytes))));
        return command;
    }

    private static int Run(CliContext context, string labelsPath, string[] inputs, string output, int seed, ArticleReaderOptions options)
    {
        IReadOnlyList<RelevanceLabel> labels;
        try
        {
            using var reader = new StreamReader(labelsPath);
            labels = RelevanceLabels.Read(reader);
        }
        catch (FormatException ex)
        {
            throw new CliInputException($"{labelsPath}: {ex.Message}");
        }
        catch (FileNotFoundException)
        {
            throw new CliInputException($"no labels file at {labelsPath}");
        }

        var byId = labels.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var examples = new List<(RelevanceLabel, string)>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;
        foreach (var result in ArticleReader.ReadInputs(inputs, options))
        {
            InputOptions.ReportDiagnostics(context, result);
            if (!result.TryGetArticle(out var article))
            {
                failed = true;
                continue;
            }

            if (byId.TryGetValue(article.Id, out var label) && found.Add(article.Id))
            {
                examples.Add((label, RelevanceText.Of(article)));
            }
        }

        var missing = labels.Count - found.Count;
        context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"textmining: {found.Count} of {labels.Count} labelled articles found in the inputs{(missing > 0 ? $" ({missing} not found, left out)" : string.Empty)}"));
        RelevanceTrainingResult trained;
        try
        {
            trained = RelevanceTrainer.Train(examples, seed, context.Stderr);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException($"cannot train: {ex.Message}");
        }

        File.WriteAllBytes(output, trained.Model);
        WriteReport(context.Stdout, trained, output);
        return failed ? TextMiningCommandLine.InputFailed : TextMiningCommandLine.Success;
    }

    private static void WriteReport(TextWriter o, RelevanceTrainingResult r, string output)
    {
        var c = CultureInfo.InvariantCulture;
        var h = r.HeldOut;
        o.WriteLine(string.Create(c, $"model: {output}"));
        o.WriteLine(string.Create(c, $"trained on {r.TrainCount} articles; threshold {r.Threshold:0.####} (best F2 {r.CrossValidatedF2:0.###} in 5-fold cross-validation on the training split)"));
        o.WriteLine(string.Create(c, $"held out: {r.HeldOutCount} articles ({h.Positives} movement, {h.Negatives} other), never used for training or the threshold"));
        o.WriteLine(string.Create(c, $"  precision {h.Precision:0.###}  recall {h.Recall:0.###}  AUC {h.Auc:0.####}"));
        foreach (var (group, (count, flagged)) in h.ByGroup.OrderBy(g => g.Key))
        {
            var share = count == 0 ? 0 : (double)flagged / count;
            var what = group == RelevanceGroup.Movement ? "found" : "false positives";
            o.WriteLine(string.Create(c, $"  {group.ToString().ToLowerInvariant(),-9} {flagged,5} of {count,5} {what} ({share:P1})"));
        }
    }
}
