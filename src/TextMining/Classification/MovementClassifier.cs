using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TextMining.Classification;

/// <summary>
/// Scores how likely an article is about the movement "toàn dân bảo vệ an ninh Tổ quốc": a logistic regression
/// trained with ML.NET over hashed word 1–2-grams and character 3–4-grams of the folded title, lead and body start,
/// and the threshold chosen when it was trained. Immutable and thread-safe: share one instance.
/// </summary>
public sealed class MovementClassifier
{
    /// <summary>The zip entry, beside ML.NET's own entries, with the featurizer, threshold and the linear weights.</summary>
    internal const string SettingsEntry = "TextMining/relevance.tsv";

    /// <summary>Names the featurizer in <see cref="SettingsEntry"/>, so a model made for other features is refused.</summary>
    internal const string FeaturizerName = "hashed-ngrams-v1";

    private const string ResourceName = "TextMining.Classification.movement-relevance.zip";

    private static readonly Lazy<MovementClassifier> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly RelevanceWeights _weights;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    internal MovementClassifier(float[] weights, double bias, double slope, double offset, double threshold)
    {
        _weights = new RelevanceWeights(weights);
        _bias = bias;
        _slope = slope;
        _offset = offset;
        Threshold = threshold;
    }

    /// <summary>The model shipped in the package, trained on <c>data/relevance/labels.tsv</c>; loaded once, on first use.</summary>
    public static MovementClassifier Default => Shipped.Value;

    /// <summary>The score from which an article counts as about the movement.</summary>
    public double Threshold { get; }

    /// <summary>Loads a model written by <c>textmining train-relevance</c>.</summary>
    /// <param name="path">The model's zip file.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="InvalidDataException">The file is not a relevance model; the message says why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static MovementClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Scores <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Its score and whether it reaches <see cref="Threshold"/>.</returns>
    public MovementRelevance Score(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Score(RelevanceText.Of(article));
    }

    /// <summary>
    /// The probability for normalised text (see <see cref="RelevanceText"/>; the features fold it), rounded to 4 decimals.
    /// </summary>
    internal double Probability(ReadOnlySpan<char> text) => Math.Round(RawProbability(text), 4);

    /// <summary>Scores normalised text (the first <see cref="RelevanceText.MaxChars"/> characters are read).</summary>
    internal MovementRelevance Score(ReadOnlySpan<char> text)
    {
        var probability = Probability(text[..Math.Min(text.Length, RelevanceText.MaxChars)]);
        return new MovementRelevance(probability, probability >= Threshold);
    }

    /// <summary>The probability as ML.NET computes it: Platt-calibrated linear score.</summary>
    internal double RawProbability(ReadOnlySpan<char> text)
    {
        var sum = new RelevanceFeatures.WeightSum(_weights);
        var count = RelevanceFeatures.ForEach(text, ref sum);
        var score = (count == 0 ? 0 : sum.Sum / Math.Sqrt(count)) + _bias;
        var p = 1 / (1 + Math.Exp((_slope * score) + _offset));
        return double.IsNaN(p) ? 0 : Math.Clamp(p, 0, 1);
    }

    /// <summary>Loads a model from <paramref name="stream"/>; <paramref name="name"/> names it in messages.</summary>
    internal static MovementClassifier Load(Stream stream, string name)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(SettingsEntry)
                ?? throw new InvalidDataException($"{name}: not a relevance model (no {SettingsEntry}; write one with 'textmining train-relevance')");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return Parse(reader, name);
        }
        catch (InvalidDataException ex) when (!ex.Message.StartsWith(name, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}: not a relevance model (not a zip file: {ex.Message})", ex);
        }
    }

    /// <summary>Writes the settings entry: featurizer, threshold, seed, bias, calibration and the non-zero weights.</summary>
    internal static void WriteSettings(TextWriter writer, IReadOnlyList<float> weights, double bias, double slope, double offset, double threshold, int seed)
    {
        var c = CultureInfo.InvariantCulture;
        writer.Write("# TextMining movement relevance model: featurizer, threshold, logistic regression (ML.NET L-BFGS) weights\n");
        writer.Write(string.Create(c, $"featurizer\t{FeaturizerName}\t{RelevanceFeatures.Bits}\t{RelevanceText.MaxChars}\n"));
        writer.Write(string.Create(c, $"threshold\t{threshold:R}\nseed\t{seed}\nbias\t{bias:R}\nplatt\t{slope:R}\t{offset:R}\n"));
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] != 0)
            {
                writer.Write(string.Create(c, $"w\t{i}\t{weights[i]:R}\n"));
            }
        }
    }

    private static MovementClassifier Parse(TextReader reader, string name)
    {
        var weights = new float[RelevanceFeatures.Size];
        double? threshold = null, bias = null, slope = null, offset = null;
        var featurizer = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "featurizer":
                    featurizer = f.Length == 4 && f[1] == FeaturizerName && f[2] == RelevanceFeatures.Bits.ToString(CultureInfo.InvariantCulture)
                        && f[3] == RelevanceText.MaxChars.ToString(CultureInfo.InvariantCulture)
                        ? true
                        : throw new InvalidDataException($"{name}: line {lineNumber}: made for other features ({line.Replace('\t', ' ')}); this version reads {FeaturizerName} {RelevanceFeatures.Bits} {RelevanceText.MaxChars}");
                    break;
                case "threshold":
                    threshold = Number(f, 1, name, lineNumber);
                    break;
                case "bias":
                    bias = Number(f, 1, name, lineNumber);
                    break;
                case "platt":
                    slope = Number(f, 1, name, lineNumber);
                    offset = Number(f, 2, name, lineNumber);
                    break;
                case "w":
                    var index = (int)Number(f, 1, name, lineNumber);
                    if (index < 0 || index >= weights.Length)
                    {
                        throw new InvalidDataException($"{name}: line {lineNumber}: weight index {index} out of range");
                    }

                    weights[index] = (float)Number(f, 2, name, lineNumber);
                    break;
            }
        }

        if (!featurizer || threshold is not (>= 0 and <= 1) || bias is null || slope is null || offset is null)
        {
            throw new InvalidDataException($"{name}: the relevance model's {SettingsEntry} lacks its featurizer, threshold, bias or calibration");
        }

        return new MovementClassifier(weights, bias.Value, slope.Value, offset.Value, threshold.Value);
    }

    private static double Number(string[] fields, int i, string name, int lineNumber) =>
        fields.Length > i && double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new InvalidDataException($"{name}: line {lineNumber}: expected a number in field {i + 1}");

    private static MovementClassifier LoadShipped()
    {
        using var stream = typeof(MovementClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the relevance model {ResourceName} is not embedded in this build");
        return Load(stream, "the shipped relevance model");
    }
}
