namespace ChatOpsItsm.TestSupport.Azurite;

/// <summary>Finds the checkout that holds the running tests, where package.json pins Azurite.</summary>
public static class RepositoryRoot
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
