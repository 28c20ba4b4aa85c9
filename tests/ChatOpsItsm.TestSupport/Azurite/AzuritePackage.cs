using System.Diagnostics;

namespace ChatOpsItsm.TestSupport.Azurite;

/// <summary>The Azurite npm package pinned in package.json, installed on demand.</summary>
public static class AzuritePackage
{
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The script that <c>node_modules/.bin/azurite</c> points at. Running it with <c>node</c> works the
    /// same on every OS (on Windows <c>.bin</c> holds .cmd shims) and leaves a single process to kill.
    /// </summary>
    public static string EntryScript(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>Runs <c>npm ci</c> (or <c>npm install</c> without a lockfile) when the package is missing.</summary>
    public static async Task EnsureInstalledAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        if (File.Exists(EntryScript(repositoryRoot)))
        {
            return;
        }

        // Test assemblies run in parallel processes: only one may rewrite node_modules at a time.
        using FileStream installLock = await LockAsync(cancellationToken);
        if (File.Exists(EntryScript(repositoryRoot)))
        {
            return;
        }

        bool hasLockfile = File.Exists(Path.Combine(repositoryRoot, "package-lock.json"));
        var startInfo = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", hasLockfile ? "ci" : "install")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process npm = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start npm.");
        Task<string> output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'npm {startInfo.Arguments}' in {repositoryRoot} exited with {npm.ExitCode}:\n{await output}\n{await errors}");
        }
    }

    private static async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        string path = Path.Combine(Path.GetTempPath(), "chatops-itsm-npm-install.lock");
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock across processes (flock on Unix).
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(LockPollInterval, TimeProvider.System, cancellationToken);
            }
        }
    }
}
