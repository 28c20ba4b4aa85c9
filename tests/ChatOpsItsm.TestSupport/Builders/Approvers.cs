using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>The people who vote in storage and engine tests: CAB members Carol, Dave and Erin, ECAB member Frank, and some who may not vote.</summary>
public static class Approvers
{
    public static Person Carol { get; } = ApproverBuilder.AnApprover().Build();

    public static Person Dave { get; } =
        ApproverBuilder.AnApprover().WithIdentity(new UserIdentity("discord", "80351110224678912")).Named("Dave").Build();

    public static Person Erin { get; } = ApproverBuilder.AnApprover().WithIdentity(new UserIdentity("local", "erin")).Named("Erin").Build();

    public static Person Frank { get; } =
        ApproverBuilder.AnApprover().WithIdentity(new UserIdentity("local", "frank")).Named("Frank").InGroup(ApproverGroup.Ecab).Build();

    /// <summary>An admin outside every approver group.</summary>
    public static Person Olivia { get; } = new(new UserIdentity("local", "olivia"), "Olivia", [], [Role.Admin]);

    /// <summary>local:alice, the requester of every built change, who also sits on the CAB.</summary>
    public static Person AliceOnTheCab { get; } =
        new(BuilderDefaults.Requester, BuilderDefaults.RequesterName, [new UserIdentity("teams", "29:alice")], [], [ApproverGroup.Cab]);

    public static Person Member(string platform, string id, string name, params ApproverGroup[] groups) =>
        new(new UserIdentity(platform, id), name, [], [], groups);

    /// <summary><paramref name="count"/> CAB members <c>local:cab1</c> … named <c>Member 1</c> ….</summary>
    public static IReadOnlyList<Person> CabMembers(int count) =>
        [.. Enumerable.Range(1, count).Select(i =>
            ApproverBuilder.AnApprover().WithIdentity(new UserIdentity("local", $"cab{i}")).Named($"Member {i}").Build())];
}
