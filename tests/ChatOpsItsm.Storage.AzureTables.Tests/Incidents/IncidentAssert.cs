using ChatOpsItsm.Domain.Audit;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

/// <summary>Equality of audit trails: records compare their change lists by reference, so compare those item by item.</summary>
internal static class IncidentAssert
{
    private static readonly FieldChange[] NoChanges = [];

    public static void SameEvents(IReadOnlyList<AuditEvent> expected, IReadOnlyList<AuditEvent> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Changes = NoChanges }, actual[i] with { Changes = NoChanges });
            Assert.Equal(expected[i].Changes, actual[i].Changes);
        }
    }
}
