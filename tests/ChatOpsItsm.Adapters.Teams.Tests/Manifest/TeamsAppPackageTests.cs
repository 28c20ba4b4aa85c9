using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Teams.Manifest;

namespace ChatOpsItsm.Adapters.Teams.Tests.Manifest;

public sealed class TeamsAppPackageTests
{
    private const string AppId = "0B5E1A7C-2D34-4F6A-9B8C-1D2E3F4A5B6C";

    [Fact]
    public async Task WriteAsync_RealManifest_ZipsManifestAndIconsAtTheRootWithTheAppId()
    {
        using MemoryStream zip = new();

        await TeamsAppPackage.WriteAsync(TeamsManifestTests.Folder, AppId, null, zip, TestContext.Current.CancellationToken);

        using ZipArchive archive = new(new MemoryStream(zip.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        string text = Read(archive, "manifest.json");
        Assert.DoesNotContain(TeamsAppPackage.AppIdPlaceholder, text, StringComparison.Ordinal);
        JsonNode manifest = JsonNode.Parse(text)!;
        Assert.Equal(AppId.ToLowerInvariant(), (string?)manifest["id"]);
        Assert.Equal(AppId.ToLowerInvariant(), (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TeamsManifestTests.Folder, "color.png")), ReadBytes(archive, "color.png"));
    }

    [Fact]
    public async Task WriteAsync_ValidDomain_IsAddedToValidDomains()
    {
        using MemoryStream zip = new();

        await TeamsAppPackage.WriteAsync(TeamsManifestTests.Folder, AppId, "itsm.example.com", zip, TestContext.Current.CancellationToken);

        using ZipArchive archive = new(new MemoryStream(zip.ToArray()), ZipArchiveMode.Read);
        JsonNode manifest = JsonNode.Parse(Read(archive, "manifest.json"))!;
        Assert.Equal(["itsm.example.com"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public async Task WriteAsync_SameInputs_WritesTheSameBytes()
    {
        using MemoryStream first = new();
        using MemoryStream second = new();

        await TeamsAppPackage.WriteAsync(TeamsManifestTests.Folder, AppId, null, first, TestContext.Current.CancellationToken);
        await TeamsAppPackage.WriteAsync(TeamsManifestTests.Folder, AppId, null, second, TestContext.Current.CancellationToken);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("my-bot")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{0b5e1a7c-2d34-4f6a-9b8c-1d2e3f4a5b6c}")]
    public async Task WriteAsync_AppIdNotAGuid_IsRefusedWithAClearMessageAndWritesNothing(string appId)
    {
        using MemoryStream zip = new();

        ArgumentException refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            TeamsAppPackage.WriteAsync(TeamsManifestTests.Folder, appId, null, zip, TestContext.Current.CancellationToken));

        Assert.Contains("Teams:AppId must be the bot's Microsoft App ID, a GUID", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, zip.Length);
    }

    [Theory]
    [InlineData("https://itsm.example.com")]
    [InlineData("itsm.example.com/path")]
    public async Task WriteAsync_DomainWithSchemeOrPath_IsRefused(string domain)
    {
        using MemoryStream zip = new();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            TeamsAppPackage.WriteAsync(TeamsManifestTests.Folder, AppId, domain, zip, TestContext.Current.CancellationToken));

        Assert.Equal(0, zip.Length);
    }

    [Fact]
    public async Task WriteAsync_IconOfTheWrongSize_IsRefused()
    {
        using ManifestCopy copy = new();
        string folder = copy.Folder;
        File.Copy(Path.Combine(folder, "outline.png"), Path.Combine(folder, "color.png"), overwrite: true);
        using MemoryStream zip = new();

        InvalidDataException refused = await Assert.ThrowsAsync<InvalidDataException>(() =>
            TeamsAppPackage.WriteAsync(folder, AppId, null, zip, TestContext.Current.CancellationToken));

        Assert.Contains("192×192", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, zip.Length);
    }

    [Fact]
    public async Task WriteAsync_ManifestWithoutPlaceholder_IsRefused()
    {
        using ManifestCopy copy = new();
        string folder = copy.Folder;
        string path = Path.Combine(folder, TeamsAppPackage.ManifestFileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace(TeamsAppPackage.AppIdPlaceholder, AppId, StringComparison.Ordinal));
        using MemoryStream zip = new();

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            TeamsAppPackage.WriteAsync(folder, AppId, null, zip, TestContext.Current.CancellationToken));
    }

    /// <summary>A temporary copy of <c>manifests/teams</c> a test may spoil; deleted afterwards.</summary>
    private sealed class ManifestCopy : IDisposable
    {
        public ManifestCopy()
        {
            Folder = Directory.CreateTempSubdirectory("teams-manifest-").FullName;
            foreach (string file in Directory.GetFiles(TeamsManifestTests.Folder))
            {
                File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
            }
        }

        public string Folder { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private static string Read(ZipArchive archive, string name)
    {
        using StreamReader reader = new(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchive archive, string name)
    {
        using Stream stream = archive.GetEntry(name)!.Open();
        using MemoryStream copy = new();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
