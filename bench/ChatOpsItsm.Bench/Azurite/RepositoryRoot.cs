namespace ChatOpsItsm.Bench.Azurite;

/// <summary>Finds the checkout the bench runs from, where package.json pins Azurite.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "ChatOpsItsm.sln";

    public static string Find()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} in {AppContext.BaseDirectory} or any folder above it.");
    }
}
