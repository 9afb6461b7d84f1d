using System.Diagnostics;

namespace TextMining.Tests;

/// <summary>
/// A fact that needs to mount a small tmpfs (a real full disk): root on Linux, as in CI. Skipped with a visible
/// reason elsewhere.
/// </summary>
internal sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    public TmpfsFactAttribute()
    {
        if (Unavailable.Value is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB on <paramref name="folder"/>; dispose to unmount.</summary>
    public static IDisposable Mount(string folder, int megabytes)
    {
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder) != 0)
        {
            throw new InvalidOperationException($"mount -t tmpfs on {folder} failed");
        }

        return new Unmount(folder);
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "needs root on Linux to mount a small tmpfs (a real full disk); CI runs as root";
        }

        var folder = Directory.CreateTempSubdirectory("textmining-tmpfs-probe-").FullName;
        try
        {
            using (Mount(folder, 1))
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "mount -t tmpfs is not permitted here: " + ex.Message;
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static int Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    private sealed class Unmount(string folder) : IDisposable
    {
        public void Dispose() => Run("umount", folder);
    }
}
