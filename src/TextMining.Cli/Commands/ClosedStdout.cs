namespace TextMining.Cli.Commands;

/// <summary>
/// Standard output that was closed (or opened read-only) before the tool started, as in <c>textmining extract
/// corpus &gt;&amp;-</c>. Descriptor 1 is then free, so the runtime may have reused it for a file it reads: writing
/// "to standard output" would fail with a misleading "Access denied", or worse land in that file. The tool checks
/// at start and writes to <see cref="Writer"/> instead, whose first write ends the command as a closed pipe does.
/// </summary>
internal static class ClosedStdout
{
    /// <summary>A writer whose every write throws <see cref="OutputClosedException"/>.</summary>
    public static TextWriter Writer { get; } = new ThrowingWriter();

    /// <summary>
    /// Whether descriptor 1 is open for writing. On Linux this reads <c>/proc/self/fdinfo/1</c> (its access mode);
    /// elsewhere, or when that cannot be read, standard output is taken as usable.
    /// </summary>
    public static bool IsWritable()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/fdinfo"))
        {
            return true;
        }

        string info;
        try
        {
            info = File.ReadAllText("/proc/self/fdinfo/1");
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }

        foreach (var line in info.Split('\n'))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(6).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var octalDigits))
            {
                // The flags are printed in octal; the access mode is the last digit: 0 read-only, 1 write-only, 2 both.
                return octalDigits % 10 is 1 or 2;
            }
        }

        return true;
    }

    /// <summary>The exception every write to a closed standard output throws.</summary>
    public static OutputClosedException Closed() =>
        new(new IOException("standard output is closed"), closedAtStart: true);

    private sealed class ThrowingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw Closed();

        public override void Write(char[] buffer, int index, int count) => throw Closed();

        public override void Write(string? value) => throw Closed();

        public override void Write(ReadOnlySpan<char> buffer) => throw Closed();

        public override void WriteLine(string? value) => throw Closed();

        public override void Flush()
        {
        }
    }
}
