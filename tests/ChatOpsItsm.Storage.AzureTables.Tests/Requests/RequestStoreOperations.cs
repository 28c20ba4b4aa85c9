using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Requests;

/// <summary>A laptop request needing one it-approvers vote, created through the store, and an assertion on snapshots.</summary>
internal static class RequestStoreOperations
{
    public static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly ApproverGroup ItApprovers = new("it-approvers");

    public static CatalogItem Laptop { get; } = new("new-laptop", "New laptop", "", [
        new CatalogField("model", "Model", CatalogFieldType.Choice, true, 80, ["standard", "developer"], null, null),
        new CatalogField("note", "Note", CatalogFieldType.Text, false, 1000, [], null, null)],
        RequestApproval.ByGroup(ItApprovers, 2), "hardware");

    public static ActionContext By(string name) => new(new UserIdentity("local", name), name, "local:general", Now);

    public static Person Approver(string name) => new(new UserIdentity("local", name), name, [], [], [ItApprovers]);

    public static Task<ServiceRequest> CreateAsync(TestStorage storage, string requester = "alice", string note = "") =>
        storage.Requests.CreateAsync(
            id => ServiceRequest.Submit(id, Laptop, new Dictionary<string, string> { ["model"] = "developer", ["note"] = note }, null, 3, By(requester)).Request!,
            _ => [],
            TestContext.Current.CancellationToken);

    public static void SameSnapshot(RequestSnapshot expected, RequestSnapshot actual)
    {
        Assert.Equal(expected with { Fields = [], Voting = null }, actual with { Fields = [], Voting = null });
        Assert.Equal(expected.Fields, actual.Fields);
        Assert.Equal(expected.Voting?.Votes, actual.Voting?.Votes);
        Assert.Equal(expected.Voting is null, actual.Voting is null);
        if (expected.Voting is not null)
        {
            Assert.Equal(expected.Voting with { Votes = [] }, actual.Voting! with { Votes = [] });
        }
    }
}
