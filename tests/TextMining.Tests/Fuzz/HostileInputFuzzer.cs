using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TextMining.Extraction;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Fuzzing;

/// <summary>One input that broke an invariant: which, how it was made, and what happened.</summary>
/// <param name="Input">The input's number in the run (with the run's seed, it reproduces the input).</param>
/// <param name="Name">The name it was read under (the extension picks the reader).</param>
/// <param name="Mutation">The mutations applied.</param>
/// <param name="Problem">The exception or the broken invariant.</param>
public sealed record FuzzFailure(int Input, string Name, string Mutation, string Problem);

/// <summary>What a fuzz run did.</summary>
/// <param name="Inputs">How many inputs were read.</param>
/// <param name="Articles">How many articles were read and analysed.</param>
/// <param name="Failures">Inputs that threw or broke an invariant.</param>
/// <param name="Elapsed">The time taken.</param>
/// <param name="Coverage">How many inputs each reader got with each kind of first mutation (<c>"html: flip"</c>).</param>
public sealed record FuzzReport(int Inputs, long Articles, IReadOnlyList<FuzzFailure> Failures, TimeSpan Elapsed, IReadOnlyDictionary<string, int> Coverage);

/// <summary>
/// A seeded fuzzer of the whole reading and extraction pipeline (issue #9): mutants of real pages, plain-text
/// articles and JSON Lines records — byte flips, truncation, noncharacters, lone surrogates, stray bytes, huge and
/// many short lines, gzip (whole, truncated, multi-member) — are read through <see cref="ArticleReader.ReadStream"/>
/// and analysed by <see cref="TextMiningPipeline.Default"/>. No exception may escape, and every block and entity
/// span must lie inside its article's text and spell the text it claims.
/// Used by the test suite (512 inputs over small seeds) and by the benchmarks program (<c>fuzz N</c>).
/// </summary>
public sealed class HostileInputFuzzer
{
    private static readonly byte[][] Hostile =
    [
        [0xEF, 0xBF, 0xBE], // U+FFFE
        [0xEF, 0xBF, 0xBF], // U+FFFF
        [0xEF, 0xB7, 0x90], // U+FDD0
        [0xF0, 0x9F, 0xBF, 0xBE], // U+1FFFE
        [0xED, 0xA0, 0x80], // a lone surrogate encoded as if UTF-8 (invalid)
        [0xFF],
        [0xC3],
        [0xE2, 0x80, 0xAE], // RTL override
        [0x00],
        [0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m'],
        "\\ud800"u8.ToArray(),
        "\\udfff\\ud800"u8.ToArray(),
        "\\ufffe"u8.ToArray(),
        "\"}\n{\"body\":\""u8.ToArray(),
        "<p><p><div>"u8.ToArray(),
        "&#xFFFE;&#55296;&#0;"u8.ToArray(),
        "\r\n\r\n"u8.ToArray(),
    ];

    /// <summary>The kinds of mutation, in the order <see cref="MutateOnce"/> numbers them.</summary>
    public static readonly IReadOnlyList<string> MutationKinds =
        ["flip", "truncate", "insert hostile", "huge line", "short lines", "delete", "random bytes", "duplicate"];

    /// <summary>The readers an input is made for: plain text, HTML, JSON Lines, gzip JSON Lines.</summary>
    public static readonly IReadOnlyList<string> Readers = ["text", "html", "jsonl", "jsonl.gz"];

    private readonly IReadOnlyList<(string Name, byte[] Bytes)>[] _seedsByReader;
    private readonly int[] _readers;
    private readonly int _seed;
    private readonly int _hugeLineBytes;
    private readonly TextMiningPipeline _pipeline = TextMiningPipeline.Default;

    /// <summary>Creates a fuzzer over seed inputs (name and bytes), with a random seed for reproducible runs.</summary>
    /// <param name="seeds">The inputs to mutate.</param>
    /// <param name="seed">The random seed: the same seed gives the same inputs.</param>
    /// <param name="hugeLineBytes">The largest huge line inserted (the test suite keeps it small to stay fast).</param>
    public HostileInputFuzzer(IReadOnlyList<(string Name, byte[] Bytes)> seeds, int seed, int hugeLineBytes = 300_000)
    {
        ArgumentOutOfRangeException.ThrowIfZero(seeds.Count);
        _seed = seed;
        _hugeLineBytes = Math.Max(hugeLineBytes, 100);
        _seedsByReader =
        [
            [.. seeds.Where(x => x.Name.EndsWith(".txt", StringComparison.Ordinal))],
            [.. seeds.Where(x => x.Name.Contains(".htm", StringComparison.Ordinal))],
            [.. seeds.Where(x => x.Name.EndsWith(".jsonl", StringComparison.Ordinal))],
            [.. seeds.Where(x => x.Name.EndsWith(".jsonl", StringComparison.Ordinal))],
        ];
        _readers = [.. Enumerable.Range(0, Readers.Count).Where(r => _seedsByReader[r].Count > 0)];
        if (_readers.Length == 0)
        {
            throw new ArgumentException("no seed is a .txt, .htm* or .jsonl file", nameof(seeds));
        }
    }

    /// <summary>
    /// The seed inputs of a checkout: the pages under <c>../shared/html</c>, the articles of <c>corpus/</c> (and
    /// <c>../shared/seeds</c>) as text, and JSON Lines files made from those articles.
    /// </summary>
    /// <param name="repoRoot">The repository's root folder.</param>
    /// <param name="shared">The <c>../shared</c> folder, or null when absent.</param>
    /// <param name="maxPageBytes">Pages larger than this are left out (the test suite takes the small ones to stay fast).</param>
    /// <param name="recordsFileChars">About how many characters of records each JSON Lines seed holds.</param>
    public static List<(string Name, byte[] Bytes)> LoadSeeds(string repoRoot, string? shared, int maxPageBytes = int.MaxValue, int recordsFileChars = 20_000)
    {
        var seeds = new List<(string Name, byte[] Bytes)>();
        var texts = Directory.GetFiles(Path.Combine(repoRoot, "corpus"), "*.txt").Order(StringComparer.Ordinal).ToList();
        if (shared is not null)
        {
            foreach (var page in Directory.GetFiles(Path.Combine(shared, "html"), "*.htm*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (new FileInfo(page).Length > maxPageBytes)
                {
                    continue;
                }

                seeds.Add((Path.GetFileName(page), File.ReadAllBytes(page)));
            }

            var sharedSeeds = Path.Combine(shared, "seeds");
            if (Directory.Exists(sharedSeeds))
            {
                texts.AddRange(Directory.GetFiles(sharedSeeds, "*.txt").Order(StringComparer.Ordinal));
            }
        }

        var records = new StringBuilder();
        foreach (var text in texts)
        {
            var content = File.ReadAllText(text);
            seeds.Add((Path.GetFileName(text), Encoding.UTF8.GetBytes(content)));
            var parts = content.Split('\n', 2);
            records.Append(JsonSerializer.Serialize(new { id = Path.GetFileName(text), url = "https://example.vn/" + Path.GetFileNameWithoutExtension(text), title = parts[0], published = "2020-10-01", body = parts.Length > 1 ? parts[1] : string.Empty })).Append('\n');
            if (records.Length > recordsFileChars)
            {
                seeds.Add(($"records{seeds.Count}.jsonl", Encoding.UTF8.GetBytes(records.ToString())));
                records.Clear();
            }
        }

        if (records.Length > 0)
        {
            seeds.Add(("records.jsonl", Encoding.UTF8.GetBytes(records.ToString())));
        }

        return seeds;
    }

    /// <summary>Reads and analyses <paramref name="inputs"/> mutants; reports every failure.</summary>
    public FuzzReport Run(int inputs, Action<int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<FuzzFailure>();
        var coverage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long articles = 0;
        for (var i = 0; i < inputs; i++)
        {
            var (name, bytes, mutation) = Input(i);
            var cell = Cell(i);
            coverage[cell] = coverage.GetValueOrDefault(cell) + 1;
            try
            {
                articles += Check(name, bytes);
            }
            catch (Exception e)
            {
                failures.Add(new FuzzFailure(i, name, mutation, e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace));
            }

            progress?.Invoke(i + 1);
        }

        return new FuzzReport(inputs, articles, failures, clock.Elapsed, coverage);
    }

    /// <summary>Builds input number <paramref name="index"/> of a run (to reproduce a failure).</summary>
    /// <remarks>
    /// Inputs take the readers in turn, and each reader the kinds of first mutation in turn, so that a short run
    /// covers every reader with every kind; the seed, where, how much and any further mutations are random.
    /// </remarks>
    public (string Name, byte[] Bytes, string Mutation) Input(int index)
    {
        var reader = _readers[index % _readers.Length];
        var kind = index / _readers.Length % MutationKinds.Count;
        return Mutate(new Random(InputSeed(_seed, index)), reader, kind);
    }

    /// <summary>The reader and first mutation kind of input <paramref name="index"/>, as <see cref="FuzzReport.Coverage"/> names them.</summary>
    public string Cell(int index) =>
        Readers[_readers[index % _readers.Length]] + ": " + MutationKinds[index / _readers.Length % MutationKinds.Count];

    /// <summary>
    /// The random seed of input <paramref name="index"/> of a run seeded <paramref name="seed"/>: the same in every
    /// process (unlike <see cref="HashCode.Combine{T1, T2}(T1, T2)"/>, which is randomised per process), so that a
    /// failure's seed and number reproduce it later.
    /// </summary>
    public static int InputSeed(int seed, long index)
    {
        // SplitMix64 finaliser over the pair.
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    /// <summary>Reads one input through every reader step and the pipeline; throws on a broken invariant.</summary>
    public long Check(string name, byte[] bytes)
    {
        long articles = 0;
        using var stream = new MemoryStream(bytes, writable: false);
        foreach (var result in ArticleReader.ReadStream(stream, name))
        {
            if (!result.TryGetArticle(out var article))
            {
                if (result.Diagnostics.Count == 0 || result.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error))
                {
                    throw new InvalidOperationException($"{result.Source}: a failed read without an error diagnostic");
                }

                continue;
            }

            CheckText(article.Text);
            foreach (var block in article.Blocks)
            {
                CheckSpan(article.Text, block.Span, block.Text, "block");
            }

            CheckAnalysis(_pipeline.Analyze(article));
            articles++;
        }

        return articles;
    }

    private static void CheckAnalysis(ArticleAnalysis analysis)
    {
        var text = analysis.Article.Text;
        foreach (var d in analysis.Dates)
        {
            CheckSpan(text, d.Span, d.Text, "date");
        }

        foreach (var official in analysis.Officials)
        {
            foreach (var m in official.Mentions)
            {
                CheckSpan(text, m.Span, m.Text, "official");
            }
        }

        foreach (var f in analysis.Figures)
        {
            CheckSpan(text, f.Span, f.Text, "figure");
            if (double.IsNaN(f.Value) || double.IsInfinity(f.Value))
            {
                throw new InvalidOperationException($"figure {f.Text} has value {f.Value}");
            }
        }

        foreach (var m in analysis.Models)
        {
            CheckSpan(text, m.Span, m.Text, "model");
        }

        foreach (var d in analysis.Documents)
        {
            CheckSpan(text, d.Span, d.Text, "document");
        }

        foreach (var l in analysis.Places)
        {
            CheckSpan(text, l.Span, l.Text, "location");
        }

        foreach (var o in analysis.Organizations)
        {
            CheckSpan(text, o.Span, o.Text, "organisation");
        }

        foreach (var a in analysis.Abbreviations)
        {
            CheckSpan(text, a.Span, a.Text, "abbreviation");
        }
    }

    private static void CheckSpan(string text, SourceSpan span, string claimed, string kind)
    {
        if (span.Start < 0 || span.Length < 0 || span.Start + span.Length > text.Length)
        {
            throw new InvalidOperationException($"{kind} span {span.Start}+{span.Length} is outside a text of {text.Length}");
        }

        if (!text.AsSpan(span.Start, span.Length).SequenceEqual(claimed))
        {
            throw new InvalidOperationException($"{kind} span {span.Start}+{span.Length} spells \"{text.Substring(span.Start, span.Length)}\", not \"{claimed}\"");
        }
    }

    /// <summary>The canonical text holds no lone surrogate or noncharacter (it must round-trip through UTF-8 and NFC).</summary>
    private static void CheckText(string text)
    {
        if (!string.Equals(VietnameseText.Normalize(text), text, StringComparison.Ordinal)
            && text.AsSpan().IndexOfAny('\uFFFE', '\uFFFF') >= 0)
        {
            throw new InvalidOperationException("the article text holds a noncharacter");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new InvalidOperationException($"the article text holds a lone surrogate at {i}");
            }
        }
    }

    private (string Name, byte[] Bytes, string Mutation) Mutate(Random random, int reader, int firstKind)
    {
        var group = _seedsByReader[reader];
        var (name, bytes) = group[random.Next(group.Count)];
        var data = new List<byte>(bytes);
        var steps = new List<string> { MutateOnce(random, data, firstKind) };
        var more = random.Next(3);
        for (var s = 0; s < more; s++)
        {
            steps.Add(MutateOnce(random, data, random.Next(MutationKinds.Count)));
        }

        var output = data.ToArray();
        if (Readers[reader] == "jsonl.gz")
        {
            (output, var how) = Gzip(random, output);
            name += ".gz";
            steps.Add(how);
        }

        return (name, output, string.Join(", ", steps));
    }

    private string MutateOnce(Random random, List<byte> data, int kind)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (kind)
        {
            case 0:
                var flips = 1 + random.Next(8);
                for (var k = 0; k < flips && data.Count > 0; k++)
                {
                    data[random.Next(data.Count)] = (byte)random.Next(256);
                }

                return $"flip {flips} bytes";
            case 1:
                if (at < data.Count)
                {
                    data.RemoveRange(at, data.Count - at);
                }

                return $"truncate at {at}";
            case 2:
                var hostile = Hostile[random.Next(Hostile.Length)];
                var times = 1 + random.Next(4);
                for (var k = 0; k < times; k++)
                {
                    data.InsertRange(Math.Min(at + k, data.Count), hostile);
                }

                return $"insert {Convert.ToHexString(hostile)} x{times} at {at}";
            case 3:
                var length = (_hugeLineBytes / 6) + random.Next(_hugeLineBytes * 5 / 6);
                var line = new byte[length];
                var word = "Công an xã "u8;
                for (var k = 0; k < length; k++)
                {
                    line[k] = word[k % word.Length];
                }

                // Cut at a character boundary: a huge line of valid text.
                var end = length;
                while (end > 0 && (line[end - 1] & 0xC0) == 0x80)
                {
                    end--;
                }

                data.InsertRange(at, line.AsSpan(0, Math.Max(0, end - 1)).ToArray());
                return $"huge line of {length} bytes at {at}";
            case 4:
                var lines = (_hugeLineBytes / 150) + random.Next(_hugeLineBytes / 40);
                var shortLines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ảnh: Công an tỉnh.\n", lines)));
                data.InsertRange(at, shortLines);
                return $"{lines} short lines at {at}";
            case 5:
                if (data.Count > 0)
                {
                    var cut = random.Next(Math.Min(data.Count - Math.Min(at, data.Count) + 1, 4096));
                    data.RemoveRange(Math.Min(at, data.Count), Math.Min(cut, data.Count - Math.Min(at, data.Count)));
                    return $"delete {cut} at {at}";
                }

                return "nothing";
            case 6:
                var junk = new byte[1 + random.Next(64)];
                random.NextBytes(junk);
                data.InsertRange(at, junk);
                return $"insert {junk.Length} random bytes at {at}";
            default:
                var from = data.Count == 0 ? 0 : random.Next(data.Count);
                var take = Math.Min(data.Count - from, 1 + random.Next(8192));
                data.InsertRange(at, data.GetRange(from, take));
                return $"duplicate {take} bytes at {at}";
        }
    }

    private static (byte[] Bytes, string How) Gzip(Random random, byte[] data)
    {
        static byte[] Compress(ReadOnlySpan<byte> bytes)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(bytes);
            }

            return buffer.ToArray();
        }

        switch (random.Next(3))
        {
            case 0:
                return (Compress(data), "gzip");
            case 1:
                var split = random.Next(data.Length + 1);
                return ([.. Compress(data.AsSpan(0, split)), .. Compress(data.AsSpan(split))], $"gzip in two members at {split}");
            default:
                var whole = Compress(data);
                var cut = random.Next(whole.Length + 1);
                return (whole[..cut], $"gzip truncated at {cut} of {whole.Length}");
        }
    }
}
