using ChatOpsItsm.Adapters.Teams.Manifest;

namespace ChatOpsItsm.Host.Startup;

/// <summary>
/// <c>teams-package [--out chatops-itsm-teams.zip] [--manifest manifests/teams]</c>: writes the Teams app package
/// with <c>Teams:AppId</c> from the configuration and the host of <c>Itsm:PublicBaseUrl</c> as a valid domain.
/// </summary>
internal static class TeamsPackageCommand
{
    public const string Name = "teams-package";

    private static readonly string ManifestFolder = Path.Combine("manifests", "teams");

    public static bool Matches(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ConfigurationManager configuration = WebApplication.CreateBuilder(args[1..]).Configuration;
        using ILoggerFactory loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole());
        ILogger logger = loggers.CreateLogger(typeof(TeamsPackageCommand));
        string root = RepositoryRoot();
        string output = Path.GetFullPath(configuration["out"] ?? "chatops-itsm-teams.zip", root);
        string manifestFolder = Path.GetFullPath(configuration["manifest"] ?? ManifestFolder, root);
        string? domain = Uri.TryCreate(configuration["Itsm:PublicBaseUrl"], UriKind.Absolute, out Uri? publicUrl)
            && publicUrl.HostNameType == UriHostNameType.Dns
            && !publicUrl.IsLoopback
            ? publicUrl.IdnHost
            : null;

        // Written to memory first, so a refused input leaves no half-written file behind.
        using MemoryStream package = new();
        try
        {
            await TeamsAppPackage.WriteAsync(manifestFolder, configuration["Teams:AppId"] ?? "", domain, package, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.TeamsPackageRefused(e.Message);
            return 1;
        }

        await File.WriteAllBytesAsync(output, package.ToArray(), cancellationToken);
        logger.TeamsPackageWritten(output);
        return 0;
    }

    /// <summary>
    /// <c>dotnet run</c> starts in the project folder, so relative paths are taken from the checkout that holds
    /// <c>manifests/teams</c> (the folder the command is typed in), else from the current folder.
    /// </summary>
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ManifestFolder, TeamsAppPackage.ManifestFileName)))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
