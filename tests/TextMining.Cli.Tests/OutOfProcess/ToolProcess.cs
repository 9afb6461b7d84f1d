using System.Diagnostics;
using System.Text;

namespace TextMining.Cli.Tests.OutOfProcess;

/// <summary>The result of one run of the built tool: its real exit code, standard output and standard error.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstderr: {Stderr}\nstdout: {(Stdout.Length > 2000 ? Stdout[..2000] + "…" : Stdout)}";
}

/// <summary>
/// Starts the built <c>textmining</c> as a real process (<c>dotnet textmining.dll</c>, copied next to the tests
/// because this project references the CLI, so it is built once with the tests): real streams, exit codes,
/// pipes and signals.
/// </summary>
internal static class ToolProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The tool's entry assembly in the test output folder.</summary>
    public static string Dll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "textmining.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: the test project must reference TextMining.Cli");
        }
    }

    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    /// <summary>Runs the tool to its end with standard input closed at once.</summary>
    public static ToolRun Run(params string[] args) => RunWithInput(null, args);

    public static ToolRun RunWithInput(string? stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        WaitOrKill(process);
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Runs <c>textmining ARGS | head -N</c> in bash: returns the tool's own exit code (PIPESTATUS), its standard
    /// error and what head printed.
    /// </summary>
    public static ToolRun RunIntoHead(int lines, params string[] args)
    {
        var command = "dotnet " + Quote(Dll) + " " + string.Join(' ', args.Select(Quote)) + $" | head -n {lines}; exit ${{PIPESTATUS[0]}}";
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        WaitOrKill(process);
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs <c>textmining ARGS &gt;&amp;-</c> in bash: standard output closed before the tool starts.</summary>
    public static ToolRun RunWithStdoutClosed(params string[] args)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("dotnet " + Quote(Dll) + " " + string.Join(' ', args.Select(Quote)) + " >&-");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        WaitOrKill(process);
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Starts the tool, waits for its first line of standard output, sends SIGINT (as Ctrl+C does), and returns
    /// how it ended.
    /// </summary>
    public static ToolRun Interrupt(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var output = new StringBuilder();
        var first = process.StandardOutput.ReadLine();
        output.Append(first).Append('\n');
        SendInterrupt(process);

        output.Append(process.StandardOutput.ReadToEnd());
        WaitOrKill(process);
        return new ToolRun(process.ExitCode, output.ToString(), stderr.Result);
    }

    /// <summary>Starts the tool, sends SIGINT after <paramref name="delay"/>, and returns how it ended.</summary>
    public static ToolRun InterruptAfter(TimeSpan delay, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Thread.Sleep(delay);
        SendInterrupt(process);
        WaitOrKill(process);
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Feeds <paramref name="stdin"/> to the tool, keeps its standard input open (so the run cannot end
    /// on its own), waits <paramref name="delay"/> and sends SIGINT: the interrupt always lands mid-run,
    /// however fast or slow the machine.
    /// </summary>
    public static ToolRun InterruptWhileReading(string stdin, TimeSpan delay, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Flush();
        Thread.Sleep(delay);
        SendInterrupt(process);
        WaitOrKill(process);
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the tool with standard output redirected by the shell to <paramref name="file"/> (binary-safe).</summary>
    public static ToolRun RunStdoutToFile(string file, params string[] args)
    {
        var info = StartInfo(args);
        var shell = new ProcessStartInfo("sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in (string[])["-c", "out=$1; shift; exec \"$@\" > \"$out\"", "sh", file, info.FileName, .. info.ArgumentList])
        {
            shell.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in info.Environment)
        {
            shell.Environment[key] = value;
        }

        using var process = Process.Start(shell)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        WaitOrKill(process);
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Whether a message holds a .NET stack trace or an unhandled-exception report.</summary>
    public static bool HasStackTrace(string stderr) =>
        stderr.Contains("Unhandled exception", StringComparison.Ordinal) || stderr.Contains("   at ", StringComparison.Ordinal);

    private static void SendInterrupt(Process process)
    {
        using var kill = Process.Start("kill", ["-s", "INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static void WaitOrKill(Process process)
    {
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"textmining did not end within {Timeout}");
        }

        process.WaitForExit();
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
