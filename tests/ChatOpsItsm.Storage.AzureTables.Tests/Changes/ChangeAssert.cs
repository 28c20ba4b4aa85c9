using ChatOpsItsm.Domain.Changes;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Changes;

/// <summary>Equality of change snapshots: records compare their vote lists by reference, so compare those item by item.</summary>
internal static class ChangeAssert
{
    private static readonly ChangeVote[] NoVotes = [];

    public static void SameSnapshot(ChangeSnapshot expected, ChangeSnapshot actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected with { Voting = null, LinkedIncidents = [] }, actual with { Voting = null, LinkedIncidents = [] });
        Assert.Equal(expected.LinkedIncidents, actual.LinkedIncidents);
        Assert.Equal(expected.Voting is null, actual.Voting is null);
        if (expected.Voting is { } voting)
        {
            Assert.Equal(voting with { Votes = NoVotes }, actual.Voting! with { Votes = NoVotes });
            Assert.Equal(voting.Votes, actual.Voting.Votes);
        }
    }
}
