using System.Globalization;
using TextMining.Fuzzing;

namespace TextMining.Benchmarks;

/// <summary>
/// The long run of the test suite's fuzzer: <c>dotnet run -c Release --project benchmarks/TextMining.Benchmarks --
/// fuzz [inputs] [seed] [minutes]</c> (defaults 1,000,000 inputs, seed 9, no time limit). Prints progress, every
/// failure with the input number that reproduces it (<c>new HostileInputFuzzer(seeds,
/// HostileInputFuzzer.InputSeed(seed, chunk)).Input(input)</c>, the same in every process), and a summary; exits 1
/// when anything failed.
/// </summary>
public static class FuzzRun
{
    public static int Run(string[] args)
    {
        var c = CultureInfo.InvariantCulture;
        var inputs = args.Length > 0 ? int.Parse(args[0], c) : 1_000_000;
        var seed = args.Length > 1 ? int.Parse(args[1], c) : 9;
        var minutes = args.Length > 2 ? double.Parse(args[2], c) : double.PositiveInfinity;
        var shared = Directory.Exists(BenchmarkInputs.Shared) ? BenchmarkInputs.Shared : null;
        var seeds = HostileInputFuzzer.LoadSeeds(BenchmarkInputs.Root, shared);
        Console.WriteLine(string.Create(c, $"fuzz: {inputs:N0} inputs from {seeds.Count} seeds (seed {seed}{(shared is null ? ", ../shared absent" : string.Empty)})"));

        var started = DateTime.UtcNow;
        var done = 0;
        var failures = new List<FuzzFailure>();
        long articles = 0;
        const int Chunk = 1000;
        while (done < inputs && (DateTime.UtcNow - started).TotalMinutes < minutes)
        {
            var n = Math.Min(Chunk, inputs - done);
            var report = new HostileInputFuzzer(seeds, HostileInputFuzzer.InputSeed(seed, done)).Run(n);
            articles += report.Articles;
            foreach (var failure in report.Failures)
            {
                failures.Add(failure);
                Console.WriteLine($"FAIL chunk {done} input {failure.Input} {failure.Name} [{failure.Mutation}]: {failure.Problem}");
            }

            done += n;
            var elapsed = DateTime.UtcNow - started;
            Console.WriteLine(string.Create(c, $"fuzz: {done:N0} inputs, {articles:N0} articles, {failures.Count} failures, {elapsed.TotalSeconds:F0} s, {done / Math.Max(elapsed.TotalSeconds, 0.001):F0} inputs/s"));
        }

        var total = DateTime.UtcNow - started;
        Console.WriteLine(string.Create(c, $"fuzz done: {done:N0} inputs, {articles:N0} articles analysed, {failures.Count} failures, {total.TotalMinutes:F1} min"));
        return failures.Count == 0 ? 0 : 1;
    }
}
