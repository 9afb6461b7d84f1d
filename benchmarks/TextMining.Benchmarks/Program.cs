using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using TextMining.Benchmarks;

if (args.Length > 0 && args[0] == "fuzz")
{
    return FuzzRun.Run(args[1..]);
}

// DefaultConfig already exports GitHub Markdown, CSV and HTML reports to BenchmarkDotNet.Artifacts/.
var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(new ThroughputColumn(articles: false), new ThroughputColumn(articles: true));
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkInputs).Assembly).Run(args, config);
return 0;
