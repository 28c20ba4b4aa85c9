using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Teams.Manifest;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Adapters.Teams.Tests.Manifest;

/// <summary>Checks <c>manifests/teams</c> against the engine's catalog and the rules of the Teams manifest (brief §7).</summary>
public sealed class TeamsManifestTests
{
    private const int MaxCommands = 10;
    private const int MaxTitleLength = 32;
    private const int MaxDescriptionLength = 128;
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    public static string Folder => Path.Combine(RepositoryRoot.Find(), "manifests", "teams");

    [Fact]
    public void CommandLists_EveryCommand_IsInTheCatalogWithItsDescription()
    {
        CommandCatalog catalog = new();

        foreach (JsonNode? command in CommandLists().SelectMany(list => list["commands"]!.AsArray()))
        {
            string title = (string)command!["title"]!;
            CommandDefinition? definition = catalog.Commands.SingleOrDefault(c => c.Path == title);
            Assert.True(definition is not null, $"'{title}' is in manifest.json but not in the engine's CommandCatalog.");
            Assert.Equal(definition.Description, (string?)command["description"]);
        }
    }

    [Fact]
    public void CommandLists_EachList_RespectsTeamsLimitsWithoutDuplicates()
    {
        foreach (JsonNode list in CommandLists())
        {
            List<string> titles = [.. list["commands"]!.AsArray().Select(c => (string)c!["title"]!)];
            Assert.InRange(titles.Count, 1, MaxCommands);
            Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(titles, t => Assert.InRange(t.Length, 1, MaxTitleLength));
            Assert.All(list["commands"]!.AsArray(), c => Assert.InRange(((string)c!["description"]!).Length, 1, MaxDescriptionLength));
        }
    }

    [Fact]
    public void CommandLists_TogetherCoverEveryScopeOfTheBot()
    {
        Assert.Equal(Scopes, Bot()["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(Scopes, CommandLists().SelectMany(l => l["scopes"]!.AsArray()).Select(s => (string)s!).Order().Distinct().OrderBy(s => Array.IndexOf(Scopes, s)));
    }

    [Fact]
    public void Manifest_SchemaAndIds_AreTheCurrentVersionWithTheAppIdPlaceholder()
    {
        JsonObject manifest = Read();

        string version = (string)manifest["manifestVersion"]!;
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.True(Version.Parse(version) >= new Version(1, 17));
        Assert.Equal(TeamsAppPackage.AppIdPlaceholder, (string?)manifest["id"]);
        Assert.Equal(TeamsAppPackage.AppIdPlaceholder, (string?)Bot()["botId"]);
        Assert.False((bool)Bot()["isNotificationOnly"]!);
        Assert.False((bool)Bot()["supportsFiles"]!);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string)manifest["accentColor"]!);
        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
    }

    [Theory]
    [InlineData("color.png", TeamsAppPackage.ColorIconSize)]
    [InlineData("outline.png", TeamsAppPackage.OutlineIconSize)]
    public void Icons_ArePngsOfTheRequiredSize(string file, int size)
    {
        byte[] png = File.ReadAllBytes(Path.Combine(Folder, file));

        Assert.True(PngSize.TryRead(png, out PngSize actual));
        Assert.Equal(new PngSize(size, size), actual);
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        byte[][] rows = RgbaRows(File.ReadAllBytes(Path.Combine(Folder, "outline.png")), TeamsAppPackage.OutlineIconSize);

        List<(byte R, byte G, byte B, byte A)> pixels = [.. rows.SelectMany(r => r.Chunk(4)).Select(p => (p[0], p[1], p[2], p[3]))];
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.True(p is { R: 255, G: 255, B: 255 }, $"{p} is not white"));
    }

    private static JsonObject Read() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, TeamsAppPackage.ManifestFileName)))!.AsObject();

    private static JsonObject Bot() => Read()["bots"]!.AsArray().Single()!.AsObject();

    private static List<JsonNode> CommandLists() => [.. Bot()["commandLists"]!.AsArray().Select(l => l!)];

    /// <summary>The unfiltered RGBA rows of an 8-bit RGBA PNG written with filter type 0, as icons.py writes it.</summary>
    private static byte[][] RgbaRows(byte[] png, int size)
    {
        using MemoryStream compressed = new();
        for (int offset = 8; offset < png.Length;)
        {
            int length = (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];
            if (png.AsSpan(offset + 4, 4).SequenceEqual("IDAT"u8))
            {
                compressed.Write(png, offset + 8, length);
            }

            offset += length + 12;
        }

        compressed.Position = 0;
        using ZLibStream zlib = new(compressed, CompressionMode.Decompress);
        using MemoryStream raw = new();
        zlib.CopyTo(raw);
        byte[] bytes = raw.ToArray();
        int stride = 1 + (size * 4);
        Assert.Equal(size * stride, bytes.Length);
        return [.. Enumerable.Range(0, size).Select(y =>
        {
            Assert.Equal(0, bytes[y * stride]);
            return bytes[((y * stride) + 1)..((y + 1) * stride)];
        })];
    }
}
