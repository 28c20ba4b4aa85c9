using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Domain.Tests.Releases;

public sealed class ReleaseTests
{
    private static readonly ActionContext By = new(BuilderDefaults.Agent, BuilderDefaults.AgentName, BuilderDefaults.Channel, BuilderDefaults.Instant);
    private static readonly TicketId Id = ReleaseBuilder.ReleaseId;

    [Fact]
    public void Create_ValidDraft_IsPlanningWithAnEvent()
    {
        DateTimeOffset start = BuilderDefaults.Instant.AddDays(1);

        (Release? release, IReadOnlyList<DomainError> errors) = Release.Create(Id, new ReleaseDraft(" Q1  mail ", "email", start, start.AddHours(2)), By);

        Assert.Empty(errors);
        Assert.Equal(ReleaseState.Planning, release!.State);
        Assert.Equal("Q1 mail", release.Title);
        Assert.Equal(start, release.Window!.Value.Start);
        Assert.Equal(BuilderDefaults.Agent, release.Owner);
        Assert.Equal(AuditActions.Planned, Assert.Single(release.PendingEvents).Action);
    }

    [Fact]
    public void Create_NoWindowNoService_LeavesThemOutOfTheEvent()
    {
        (Release? release, _) = Release.Create(Id, new ReleaseDraft("Q1", null, null, null), By);

        Assert.Null(release!.Window);
        Assert.Equal("", release.Service);
        Assert.Equal(["state", "title"], release.PendingEvents[0].Changes.Select(c => c.Field));
    }

    [Theory]
    [InlineData(null, "The title is required.")]
    [InlineData("   ", "The title is required.")]
    public void Create_NoTitle_IsRefused(string? title, string message)
    {
        (Release? release, IReadOnlyList<DomainError> errors) = Release.Create(Id, new ReleaseDraft(title, null, null, null), By);

        Assert.Null(release);
        Assert.Equal(message, Assert.Single(errors).Message);
    }

    [Fact]
    public void Create_HalfAWindow_IsRefused()
    {
        (_, IReadOnlyList<DomainError> errors) = Release.Create(Id, new ReleaseDraft("Q1", null, BuilderDefaults.Instant, null), By);

        Assert.Equal("A release window needs both a start and an end.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Create_EndBeforeStart_IsRefused()
    {
        (_, IReadOnlyList<DomainError> errors) = Release.Create(
            Id, new ReleaseDraft("Q1", null, BuilderDefaults.Instant, BuilderDefaults.Instant.AddHours(-1)), By);

        Assert.StartsWith("The window's end", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TooLongTitle_IsRefused()
    {
        (_, IReadOnlyList<DomainError> errors) = Release.Create(
            Id, new ReleaseDraft(new string('x', ReleaseLimits.TitleMaxLength + 1), null, null, null), By);

        Assert.Equal(DomainErrorCodes.Validation, Assert.Single(errors).Code);
    }

    [Fact]
    public void Create_HostileTitle_IsKeptVerbatim()
    {
        const string hostile = "<img src=x onerror=alert(1)> '; DROP TABLE -- | ~ 🚀";

        (Release? release, _) = Release.Create(Id, new ReleaseDraft(hostile, hostile, null, null), By);

        Assert.Equal(hostile, release!.Title);
        Assert.Equal(hostile, release.Service);
    }

    [Fact]
    public void Create_ChangeId_Throws()
    {
        Assert.Throws<ArgumentException>(() => Release.Create(new TicketId(TicketType.Change, 1001), new ReleaseDraft("Q1", null, null, null), By));
    }

    [Fact]
    public void FromSnapshot_RoundTrips()
    {
        Release release = ReleaseBuilder.ARelease().InState(ReleaseState.Deploying).Build();

        Assert.Equal(release.ToSnapshot(), Release.FromSnapshot(release.ToSnapshot()).ToSnapshot());
    }

    [Theory]
    [InlineData(Role.Agent, true)]
    [InlineData(Role.OnCall, true)]
    [InlineData(Role.Admin, true)]
    public void MayAct_Workers_ManageReleases(Role role, bool expected)
    {
        Person person = PersonBuilder.APerson().WithRole(role).Build();

        Assert.Equal(expected, ReleasePermissions.MayAct(person, ReleaseOperation.Deploy));
    }

    [Fact]
    public void MayAct_Requester_OnlyViews()
    {
        Person person = PersonBuilder.APerson().Build();

        Assert.True(ReleasePermissions.MayAct(person, ReleaseOperation.View));
        Assert.All(Enum.GetValues<ReleaseOperation>().Where(o => o != ReleaseOperation.View),
            operation => Assert.False(ReleasePermissions.MayAct(person, operation)));
    }
}
