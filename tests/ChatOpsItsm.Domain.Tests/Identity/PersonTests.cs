using ChatOpsItsm.Domain.Identity;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Domain.Tests.Identity;

public sealed class PersonTests
{
    private static readonly UserIdentity Alice = new("local", "alice");
    private static readonly UserIdentity AliceOnDiscord = new("discord", "80351110224678912");

    [Fact]
    public void Constructor_NoRoles_HoldsRequester()
    {
        Person person = APerson().Build();

        Assert.Equal([Role.Requester], person.Roles);
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.OnCall)]
    [InlineData(Role.Admin)]
    public void Constructor_GrantedRole_AlsoHoldsRequester(Role role)
    {
        Person person = APerson().WithRole(role).Build();

        Assert.True(person.HasRole(Role.Requester));
        Assert.True(person.HasRole(role));
    }

    [Fact]
    public void Constructor_RequesterGivenTwice_HoldsItOnce()
    {
        Person person = APerson().WithRole(Role.Requester).WithRole(Role.Requester).Build();

        Assert.Single(person.Roles);
    }

    [Theory]
    [InlineData(Role.Agent, true)]
    [InlineData(Role.OnCall, true)]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.Requester, false)]
    public void WorksIncidents_SingleRole_TrueForAgentOnCallAndAdmin(Role role, bool expected)
    {
        Person person = APerson().WithRole(role).Build();

        Assert.Equal(expected, person.WorksIncidents);
    }

    [Fact]
    public void HasRole_RoleNotGranted_ReturnsFalse()
    {
        Person person = APerson().WithRole(Role.Agent).Build();

        Assert.False(person.HasRole(Role.Admin));
    }

    [Fact]
    public void Identities_NoneLinked_HoldsPrimaryIdentity()
    {
        Person person = APerson().WithIdentity(Alice).Build();

        Assert.Equal([Alice], person.Identities);
    }

    [Fact]
    public void Identities_PrimaryAlsoListed_HoldsItOnce()
    {
        Person person = APerson().WithIdentity(Alice).AlsoKnownAs(Alice).AlsoKnownAs(AliceOnDiscord).Build();

        Assert.Equal(2, person.Identities.Count);
    }

    [Fact]
    public void Is_PrimaryIdentity_ReturnsTrue()
    {
        Person person = APerson().WithIdentity(Alice).Build();

        Assert.True(person.Is(Alice));
    }

    [Fact]
    public void Is_LinkedIdentity_ReturnsTrue()
    {
        Person person = APerson().WithIdentity(Alice).AlsoKnownAs(AliceOnDiscord).Build();

        Assert.True(person.Is(AliceOnDiscord));
    }

    [Fact]
    public void Is_SomeoneElse_ReturnsFalse()
    {
        Person person = APerson().WithIdentity(Alice).Build();

        Assert.False(person.Is(new UserIdentity("local", "carol")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void DisplayName_Blank_FallsBackToPrimaryId(string displayName)
    {
        Person person = APerson().WithIdentity(Alice).Named(displayName).Build();

        Assert.Equal("alice", person.DisplayName);
    }

    [Fact]
    public void DisplayName_Padded_IsTrimmed()
    {
        Person person = APerson().Named("  Alice Martin ").Build();

        Assert.Equal("Alice Martin", person.DisplayName);
    }

    [Fact]
    public void Constructor_NullIdentities_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Person(Alice, "Alice", null!, []));
    }

    [Fact]
    public void Constructor_NullRoles_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Person(Alice, "Alice", [], null!));
    }

    [Fact]
    public void ApproverGroups_NoneGiven_Empty()
    {
        Person person = APerson().WithRole(Role.Admin).Build();

        Assert.Empty(person.ApproverGroups);
        Assert.False(person.IsApprover(ApproverGroup.Cab));
    }

    [Fact]
    public void IsApprover_GrantedGroup_TrueOnlyForThatGroup()
    {
        Person person = new(Alice, "Alice", [], [], [ApproverGroup.Cab, new ApproverGroup("CAB")]);

        Assert.True(person.IsApprover(ApproverGroup.Cab));
        Assert.False(person.IsApprover(ApproverGroup.Ecab));
        Assert.Single(person.ApproverGroups);
    }
}
