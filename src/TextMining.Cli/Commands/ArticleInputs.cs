namespace TextMining.Cli.Commands;

/// <summary>
/// The inputs argument, <c>--max-bytes</c> and <c>--relevance-model</c> of a command that reads and analyses articles
/// (and <c>--index</c> for one that can read an index instead), declared once, and what they parse to.
/// </summary>
internal sealed class ArticleInputs
{
    /// <summary>Creates the argument and options; with <paramref name="orIndex"/> the inputs may be left out when <see cref="Index"/> is given.</summary>
    public ArticleInputs(bool orIndex = false)
    {
        if (orIndex)
        {
            Inputs.Arity = ArgumentArity.ZeroOrMore;
        }
    }

    public Argument<string[]> Inputs { get; } = InputOptions.CreateInputsArgument();

    public Option<long> MaxBytes { get; } = InputOptions.CreateMaxBytesOption();

    public Option<string?> RelevanceModel { get; } = InputOptions.CreateRelevanceModelOption();

    /// <summary><c>--index</c>: only a command created with <c>orIndex</c> adds it and reads <see cref="IndexPath"/>.</summary>
    public Option<string?> Index { get; } = AnalysisSource.CreateIndexOption();

    /// <summary>The input paths given (none when an index is read instead).</summary>
    public string[] Files(ParseResult parse) => parse.GetValue(Inputs) ?? [];

    /// <summary>The index to read instead of inputs, or null; a usage error when both or neither are given.</summary>
    public string? IndexPath(ParseResult parse, string verb) =>
        AnalysisSource.CheckInputsOrIndex(verb, Files(parse), parse.GetValue(Index));

    public ArticleReaderOptions ReaderOptions(ParseResult parse) => InputOptions.ReaderOptions(parse.GetValue(MaxBytes));

    /// <summary>The pipeline, with the relevance model given; a model with an index is a usage error.</summary>
    public TextMiningPipeline Pipeline(ParseResult parse, string? indexPath = null) =>
        InputOptions.Pipeline(parse.GetValue(RelevanceModel), indexPath);
}
