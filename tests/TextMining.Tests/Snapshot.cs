namespace TextMining.Tests;

/// <summary>
/// A small snapshot check in the spirit of Verify (which this registry does not serve): compares text with
/// <c>Snapshots/&lt;name&gt;.verified.&lt;ext&gt;</c> beside the test source, writes a <c>.received.</c> file on a
/// difference, and fails. Set TEXTMINING_ACCEPT_SNAPSHOTS=1 to accept the received text as verified.
/// </summary>
internal static class Snapshot
{
    public static void Match(string folder, string name, string extension, string actual)
    {
        var dir = Path.Combine(RepoPaths.Root, "tests", "TextMining.Tests", folder, "Snapshots");
        Directory.CreateDirectory(dir);
        var verified = Path.Combine(dir, $"{name}.verified.{extension}");
        var received = Path.Combine(dir, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("TEXTMINING_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no verified snapshot {verified}; the output was written to {received} — review it and rename it to .verified (or run with TEXTMINING_ACCEPT_SNAPSHOTS=1)"
            : $"snapshot {verified} differs; the new output is in {received}");
    }
}
