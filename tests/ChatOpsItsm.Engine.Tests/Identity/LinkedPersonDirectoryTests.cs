using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Identity;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Identity;

public sealed class LinkedPersonDirectoryTests
{
    private static readonly UserIdentity Teams = new("teams", "aad-1");
    private static readonly UserIdentity Discord = new("discord", "42");
    private readonly IIdentityLinks _links = Substitute.For<IIdentityLinks>();
    private readonly LinkedPersonDirectory _directory;

    public LinkedPersonDirectoryTests()
    {
        ItsmOptions options = new() { Admins = ["teams:aad-1"] };
        options.Roles["cab"] = ["discord:42"];
        _directory = new LinkedPersonDirectory(new ConfiguredPersonDirectory(Options.Create(options)), _links);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_NotLinked_IsTheConfiguredPersonOfOneIdentity()
    {
        Person person = await _directory.FindAsync(Discord, Token);

        Assert.Equal(Discord, person.PrimaryIdentity);
        Assert.Equal([Discord], person.Identities);
        Assert.False(person.HasRole(Role.Admin));
        Assert.True(person.IsApprover(ApproverGroup.Cab));
    }

    [Fact]
    public async Task FindAsync_SecondaryIdentity_IsThePrimarysPersonWithEveryIdentitysRolesAndGroups()
    {
        LinkedIdentities linked = new(Teams, [Teams, Discord]);
        _links.FindAsync(Discord, Arg.Any<CancellationToken>()).Returns(linked);

        Person person = await _directory.FindAsync(Discord, Token);

        Assert.Equal(Teams, person.PrimaryIdentity);
        Assert.True(person.Is(Teams) && person.Is(Discord));
        Assert.True(person.HasRole(Role.Admin));
        Assert.True(person.IsApprover(ApproverGroup.Cab));
    }

    [Fact]
    public async Task FindAsync_EveryCall_ReadsTheLinkAgain()
    {
        await _directory.FindAsync(Discord, Token);
        await _directory.FindAsync(Discord, Token);

        await _links.Received(2).FindAsync(Discord, Arg.Any<CancellationToken>());
    }
}
