using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Engine.Tests.Changes;

/// <summary>
/// CHG-1001 "Upgrade mail server" on email, normal, planned 2026-01-06 22:00 to 23:00 UTC, raised by Alice at
/// <see cref="BuilderDefaults.Instant"/>; optionally submitted by her then (two eligible cab approvers) and voted on.
/// </summary>
internal sealed class ChangeBuilder
{
    public static readonly DateTimeOffset PlannedStart = new(2026, 1, 6, 22, 0, 0, TimeSpan.Zero);

    private ChangeType _type = ChangeType.Normal;
    private string? _template;
    private string _service = "email";
    private DateTimeOffset _start = PlannedStart;
    private bool _submitted;
    private readonly List<(ChannelUser Voter, VoteChoice Choice, string? Comment)> _votes = [];

    public static ChangeBuilder AChange() => new();

    public ChangeBuilder OfType(ChangeType type, string? template = null)
    {
        _type = type;
        _template = template;
        return this;
    }

    public ChangeBuilder OnService(string service)
    {
        _service = service;
        return this;
    }

    public ChangeBuilder StartingAt(DateTimeOffset start)
    {
        _start = start;
        return this;
    }

    public ChangeBuilder Submitted()
    {
        _submitted = true;
        return this;
    }

    public ChangeBuilder VotedBy(ChannelUser voter, VoteChoice choice, string? comment = null)
    {
        _submitted = true;
        _votes.Add((voter, choice, comment));
        return this;
    }

    public Change Build()
    {
        ChangeDraft draft = new("Upgrade mail server", "Exchange CU14", _type, ChangeRisk.Medium, Impact.Medium, _service,
            _start, _start.AddHours(1), "Patch node by node", "Restore the snapshot", _template);
        ActionContext raised = new(Chat.Alice.Identity, "Alice", BuilderDefaults.Channel, BuilderDefaults.Instant);
        Change change = Change.Create(EngineHarness.FirstChangeId, draft, raised).Change!;
        if (_submitted)
        {
            int? eligible = _type == ChangeType.Emergency ? 1 : 2;
            Assert.True(change.Submit(ApprovalPolicies.Default, [], eligible, raised).Succeeded);
        }

        foreach ((ChannelUser voter, VoteChoice choice, string? comment) in _votes)
        {
            Person person = new(voter.Identity, voter.DisplayName, [voter.Identity], [], [ApproverGroup.Cab, ApproverGroup.Ecab]);
            ActionContext at = new(voter.Identity, voter.DisplayName, BuilderDefaults.Channel, BuilderDefaults.Instant.AddMinutes(5));
            Assert.True(change.Vote(person, choice, comment, at).Succeeded);
        }

        return change;
    }
}
