using System.Runtime.CompilerServices;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

/// <summary>
/// The checkout these tests were compiled from. <see cref="RepositoryRoot"/> searches above the test binaries, which is
/// not the checkout when the build uses <c>--artifacts-path</c> outside it; then the folder of this source file is used.
/// </summary>
internal static class SourceTree
{
    private const string SolutionFile = "ChatOpsItsm.sln";

    public static string Root([CallerFilePath] string sourceFile = "")
    {
        try
        {
            return RepositoryRoot.Find();
        }
        catch (InvalidOperationException)
        {
            for (DirectoryInfo? directory = new FileInfo(sourceFile).Directory; directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }

            throw;
        }
    }
}
