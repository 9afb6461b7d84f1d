using TextMining.Cli.Commands;

namespace TextMining.Cli.Tests;

/// <summary>Runs the textmining command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TextMiningCommandLine.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextMining.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("TextMining.sln not found");
        }
    }

    public static string Corpus => Path.Combine(Root, "corpus");
}
