using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangeCalendarTests
{
    private static readonly DateTimeOffset T = BuilderDefaults.Instant;
    private static readonly ChangeWindow Window = Hours(10, 12);
    private static readonly TicketId Self = ChangeDraftDefaults.ChangeId;

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Standard)]
    public void FreezeFor_NonEmergencyInAFreeze_ReturnsTheEarliestOverlappingFreeze(ChangeType type)
    {
        FreezeWindow late = new("launch", Hours(11, 20), "");
        FreezeWindow early = new("backup", Hours(8, 11), "");

        FreezeWindow? freeze = ChangeCalendar.FreezeFor(type, Window, [late, new("later", Hours(12, 14), ""), early]);

        Assert.Equal(early, freeze);
    }

    [Fact]
    public void FreezeFor_Emergency_IsNeverFrozen()
    {
        FreezeWindow? freeze = ChangeCalendar.FreezeFor(ChangeType.Emergency, Window, [new("launch", Hours(0, 48), "")]);

        Assert.Null(freeze);
    }

    [Fact]
    public void FreezeFor_FreezesTouchingBothEnds_None()
    {
        FreezeWindow? freeze = ChangeCalendar.FreezeFor(
            ChangeType.Normal, Window, [new("before", Hours(6, 10), ""), new("after", Hours(12, 18), "")]);

        Assert.Null(freeze);
    }

    [Fact]
    public void Overlapping_OtherChanges_ReturnsOnlyOverlapsOnTheSameServiceEarliestFirst()
    {
        ScheduledChange later = Other(1003, "MAIL", 11, 13);
        ScheduledChange earlier = Other(1002, "mail", 9, 11);
        ScheduledChange otherService = Other(1004, "vpn", 10, 12);
        ScheduledChange touching = Other(1005, "mail", 12, 13);
        ScheduledChange itself = Other(1001, "mail", 10, 12);

        IReadOnlyList<ScheduledChange> overlapping =
            ChangeCalendar.Overlapping(Self, "mail", Window, [later, earlier, otherService, touching, itself]);

        Assert.Equal([earlier, later], overlapping);
    }

    [Fact]
    public void Overlapping_NoOtherChanges_Empty()
    {
        Assert.Empty(ChangeCalendar.Overlapping(Self, "mail", Window, []));
    }

    private static ScheduledChange Other(long number, string service, int start, int end) =>
        new(new TicketId(TicketType.Change, number), $"Change {number}", service, Hours(start, end));

    private static ChangeWindow Hours(int start, int end) => new(T + TimeSpan.FromHours(start), T + TimeSpan.FromHours(end));
}
