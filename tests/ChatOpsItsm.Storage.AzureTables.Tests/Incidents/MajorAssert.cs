using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

/// <summary>Equality of major incidents and snapshots holding one: records compare their lists by reference, so compare those item by item.</summary>
internal static class MajorAssert
{
    private static readonly TicketId[] NoLinks = [];
    private static readonly FollowUpAction[] NoActions = [];

    public static void Same(MajorIncident? expected, MajorIncident? actual)
    {
        if (expected is null || actual is null)
        {
            Assert.Equal(expected, actual);
            return;
        }

        Assert.Equal(expected with { LinkedIncidents = NoLinks, Actions = NoActions }, actual with { LinkedIncidents = NoLinks, Actions = NoActions });
        Assert.Equal(expected.LinkedIncidents, actual.LinkedIncidents);
        Assert.Equal(expected.Actions, actual.Actions);
    }

    public static void SameSnapshot(IncidentSnapshot expected, IncidentSnapshot actual)
    {
        Assert.Equal(expected with { Major = null }, actual with { Major = null });
        Same(expected.Major, actual.Major);
    }
}
