using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Running;
using TextMining.Benchmarks;

var config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddExporter(MarkdownExporter.GitHub)
    .AddColumn(new ThroughputColumn(articles: false), new ThroughputColumn(articles: true));
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkInputs).Assembly).Run(args, config);
