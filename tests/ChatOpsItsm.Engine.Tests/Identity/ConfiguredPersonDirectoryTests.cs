using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Identity;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Tests.Identity;

public sealed class ConfiguredPersonDirectoryTests
{
    private readonly ConfiguredPersonDirectory _directory = new(Options.Create(new ItsmOptions
    {
        Admins = ["local:root", "teams:29:aad-root"],
        Roles = new Dictionary<string, IList<string>>
        {
            ["agent"] = ["local:bob", "discord:80351110224678912"],
            ["On-Call"] = ["local:olga", "local:bob"],
            ["admin"] = ["local:ana"],
        },
    }));

    [Fact]
    public async Task GetAsync_UnknownPerson_IsARequesterNamedAsTheChannelSays()
    {
        Person person = await _directory.GetAsync(
            new ChannelUser(new UserIdentity("local", "alice"), "Alice Liddell"), TestContext.Current.CancellationToken);

        Assert.Equal("Alice Liddell", person.DisplayName);
        Assert.Equal([Role.Requester], person.Roles);
        Assert.False(person.WorksIncidents);
    }

    [Theory]
    [InlineData("local:root", Role.Admin)]
    [InlineData("teams:29:aad-root", Role.Admin)]
    [InlineData("local:ana", Role.Admin)]
    [InlineData("discord:80351110224678912", Role.Agent)]
    [InlineData("local:olga", Role.OnCall)]
    public async Task GetAsync_ConfiguredIdentity_HoldsTheConfiguredRole(string identity, Role expected)
    {
        Person person = await _directory.GetAsync(
            new ChannelUser(UserIdentity.Parse(identity), "Someone"), TestContext.Current.CancellationToken);

        Assert.True(person.HasRole(expected));
        Assert.True(person.HasRole(Role.Requester));
        Assert.True(person.WorksIncidents);
    }

    [Fact]
    public async Task GetAsync_IdentityInSeveralRoles_HoldsThemAll()
    {
        Person person = await _directory.GetAsync(
            new ChannelUser(new UserIdentity("local", "bob"), "Bob"), TestContext.Current.CancellationToken);

        Assert.Equal([Role.Requester, Role.Agent, Role.OnCall], person.Roles.Order());
    }

    [Fact]
    public async Task GetAsync_SameIdOnAnotherPlatform_HoldsNoRole()
    {
        Person person = await _directory.GetAsync(
            new ChannelUser(new UserIdentity("discord", "bob"), "Bob"), TestContext.Current.CancellationToken);

        Assert.Equal([Role.Requester], person.Roles);
    }

    [Fact]
    public async Task FindAsync_Identity_IsNamedByItsIdWithItsRoles()
    {
        Person person = await _directory.FindAsync(new UserIdentity("local", "olga"), TestContext.Current.CancellationToken);

        Assert.Equal("olga", person.DisplayName);
        Assert.Equal(new UserIdentity("local", "olga"), person.PrimaryIdentity);
        Assert.True(person.HasRole(Role.OnCall));
    }

    [Fact]
    public void Constructor_UnknownRole_Throws()
    {
        ItsmOptions options = new() { Roles = new Dictionary<string, IList<string>> { ["wiz ard"] = ["local:merlin"] } };

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => new ConfiguredPersonDirectory(Options.Create(options)));

        Assert.Equal("Unknown role 'wiz ard' in configuration.", error.Message);
    }
}
