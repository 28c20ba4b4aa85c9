using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Domain.Tests.Changes;

/// <summary>The people who vote in these tests: three CAB members, one ECAB member, and some who may not vote.</summary>
public static class Approvers
{
    public static Person Carol { get; } = Member("local", "carol", "Carol", ApproverGroup.Cab);

    public static Person Dave { get; } = Member("discord", "80351110224678912", "Dave", ApproverGroup.Cab);

    public static Person Erin { get; } = Member("local", "erin", "Erin", ApproverGroup.Cab);

    public static Person Frank { get; } = Member("local", "frank", "Frank", ApproverGroup.Ecab);

    /// <summary>An admin outside every approver group.</summary>
    public static Person Olivia { get; } = new(new UserIdentity("local", "olivia"), "Olivia", [], [Role.Admin]);

    /// <summary>local:alice, the requester of every built change, who also sits on the CAB.</summary>
    public static Person AliceOnTheCab { get; } =
        new(BuilderDefaults.Requester, BuilderDefaults.RequesterName, [new UserIdentity("teams", "29:alice")], [], [ApproverGroup.Cab]);

    public static Person Member(string platform, string id, string name, params ApproverGroup[] groups) =>
        new(new UserIdentity(platform, id), name, [], [], groups);
}
