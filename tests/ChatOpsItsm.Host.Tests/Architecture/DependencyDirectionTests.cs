using System.Reflection;
using ChatOpsItsm.Adapters.Discord;
using ChatOpsItsm.Adapters.Teams;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Storage.AzureTables;

namespace ChatOpsItsm.Host.Tests.Architecture;

/// <summary>
/// STYLE §4: Domain ← Engine ← Storage ← Host and Engine ← Adapters.Teams / Adapters.Discord ← Host, nothing pointing outward. Walks the
/// compiled references, the project's own assemblies transitively, so a leak through a package or another project fails too.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Domain = "ChatOpsItsm.Domain";
    private const string Engine = "ChatOpsItsm.Engine";
    private const string Storage = "ChatOpsItsm.Storage.AzureTables";
    private const string HostAssembly = "ChatOpsItsm.Host";
    private const string TeamsAdapter = "ChatOpsItsm.Adapters.Teams";
    private const string DiscordAdapter = "ChatOpsItsm.Adapters.Discord";

    [Fact]
    public void Domain_ReferencesOnlyTheFramework()
    {
        HashSet<string> references = ReferencesOf(typeof(TicketId).Assembly);

        Assert.All(references, name => Assert.True(IsFramework(name), $"{Domain} references {name}"));
    }

    [Fact]
    public void Engine_ReferencesDomainAndAbstractionsOnly()
    {
        HashSet<string> references = ReferencesOf(typeof(ConversationEngine).Assembly);

        Assert.Equal([Domain], ProjectAssemblies(references));
        Assert.DoesNotContain(references, name => name.StartsWith("Azure", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Polly", StringComparison.Ordinal));
    }

    [Fact]
    public void Storage_ReferencesEngineAndDomainButNeverTheHost()
    {
        HashSet<string> references = ReferencesOf(typeof(ServiceCollectionExtensions).Assembly);

        Assert.Equal([Domain, Engine], ProjectAssemblies(references));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void TeamsAdapter_ReferencesEngineAndDomainOnly() => AssertAdapterReferencesEngineAndDomainOnly(typeof(TeamsServiceCollectionExtensions).Assembly);

    [Fact]
    public void DiscordAdapter_ReferencesEngineAndDomainOnly() => AssertAdapterReferencesEngineAndDomainOnly(typeof(DiscordServiceCollectionExtensions).Assembly);

    [Theory]
    [InlineData(TeamsAdapter)]
    [InlineData(DiscordAdapter)]
    public void Adapter_IsReferencedByTheHostAlone(string adapter)
    {
        // The bench (bench/, not built here) also composes the adapters; tests reference what they test.
        List<string> others =
        [
            .. Directory.EnumerateFiles(AppContext.BaseDirectory, "ChatOpsItsm.*.dll")
                .Select(path => Path.GetFileNameWithoutExtension(path))
                .Where(name => name is not HostAssembly and not TeamsAdapter and not DiscordAdapter and not "ChatOpsItsm.TestSupport"
                    && !name.EndsWith(".Tests", StringComparison.Ordinal)),
        ];

        Assert.Superset(new HashSet<string>([Domain, Engine, Storage], StringComparer.Ordinal), others.ToHashSet(StringComparer.Ordinal));
        Assert.All(others, name => Assert.DoesNotContain(adapter, ReferencesOf(Assembly.Load(name))));
        Assert.Contains(adapter, typeof(Program).Assembly.GetReferencedAssemblies().Select(reference => reference.Name));
    }

    [Fact]
    public void Host_ReferencesEveryLayer()
    {
        HashSet<string> references = ReferencesOf(typeof(Program).Assembly);

        Assert.Equal([DiscordAdapter, TeamsAdapter, Domain, Engine, Storage], ProjectAssemblies(references));
        Assert.DoesNotContain(HostAssembly, references);
    }

    private static void AssertAdapterReferencesEngineAndDomainOnly(Assembly adapter)
    {
        HashSet<string> references = ReferencesOf(adapter);

        Assert.Equal([Domain, Engine], ProjectAssemblies(references));
        Assert.DoesNotContain(references, name => name.StartsWith("Azure", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    private static bool IsFramework(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal);

    private static List<string> ProjectAssemblies(HashSet<string> references) =>
        [.. references.Where(name => name.StartsWith("ChatOpsItsm.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Every assembly reachable from <paramref name="root"/>, following all but the framework's own references.</summary>
    private static HashSet<string> ReferencesOf(Assembly root)
    {
        HashSet<string> seen = new(StringComparer.Ordinal);
        Queue<Assembly> pending = new([root]);
        while (pending.TryDequeue(out Assembly? assembly))
        {
            foreach (AssemblyName reference in assembly.GetReferencedAssemblies())
            {
                if (seen.Add(reference.Name!) && !IsFramework(reference.Name!))
                {
                    pending.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return seen;
    }
}
