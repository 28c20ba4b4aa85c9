using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests;

/// <summary>
/// The change store substitute keeps changes like storage does: each read hands out a fresh copy at its version, a save
/// succeeds only at the current version (then stores the record, its events and keeps the work in <see cref="Outbound"/>).
/// </summary>
internal sealed partial class EngineHarness
{
    private readonly Dictionary<TicketId, (ChangeSnapshot Snapshot, List<AuditEvent> History, int Version)> _changeRows = [];
    private int _conflictsToInject;

    /// <summary>The id the substituted store hands to the first change created.</summary>
    public static TicketId FirstChangeId { get; } = new(TicketType.Change, TicketId.FirstNumber);

    /// <summary>The cab's route in the local chat.</summary>
    public static ConversationAddress CabLocal { get; } = new("local", "cab");

    /// <summary>The cab's route in Teams.</summary>
    public static ConversationAddress CabTeams { get; } = new("teams", "19:cab@thread.tacv2");

    /// <summary>The ecab's route in the local chat.</summary>
    public static ConversationAddress EcabLocal { get; } = new("local", "ecab");

    public IChangeStore Changes { get; } = Substitute.For<IChangeStore>();

    /// <summary>What the listing of every kind returns; empty unless a test says otherwise.</summary>
    public List<ChangeSummary> ChangeListing { get; } = [];

    /// <summary>Every change written (created or saved), in order, as it was written.</summary>
    public List<Change> WrittenChanges { get; } = [];

    /// <summary>Puts <paramref name="change"/> in the store with its pending events as its history.</summary>
    public Change HoldsChange(Change change)
    {
        _changeRows[change.Id] = (change.ToSnapshot(), [.. change.PendingEvents], 1);
        change.MarkEventsStored();
        return change;
    }

    /// <summary>The change as the store holds it now.</summary>
    public Change StoredChange(TicketId id) => Change.FromSnapshot(_changeRows[id].Snapshot);

    /// <summary>Makes the next <paramref name="count"/> saves fail as if another instance wrote first (it bumps the version).</summary>
    public void InjectConflicts(int count) => _conflictsToInject = count;

    private void KeepChangesLikeStorage()
    {
        Changes.CreateAsync(Arg.Any<Func<TicketId, Change>>(), Arg.Any<Func<Change, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Change change = call.Arg<Func<TicketId, Change>>()(FirstChangeId);
                Outbound.AddRange(call.Arg<Func<Change, IReadOnlyList<OutboundWork>>>()(change));
                WrittenChanges.Add(change);
                return HoldsChange(Change.FromSnapshot(change.ToSnapshot()));
            });
        Changes.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _changeRows.TryGetValue(call.Arg<TicketId>(), out var row)
                ? new StoredChange(Change.FromSnapshot(row.Snapshot), new RecordVersion($"v{row.Version}"))
                : null);
        Changes.GetWithHistoryAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _changeRows.TryGetValue(call.Arg<TicketId>(), out var row) ? new ChangeWithHistory(Change.FromSnapshot(row.Snapshot), [.. row.History]) : null);
        Changes.ListAsync(Arg.Any<ChangeQuery>(), Arg.Any<CancellationToken>()).Returns(_ => new ChangePage([.. ChangeListing], null));
        Changes.SaveAsync(Arg.Any<Change>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Change change = call.Arg<Change>();
                var row = _changeRows[change.Id];
                if (_conflictsToInject > 0)
                {
                    _conflictsToInject--;
                    _changeRows[change.Id] = row with { Version = row.Version + 1 };
                    return SaveOutcome.Conflict;
                }

                if (call.Arg<RecordVersion>() != new RecordVersion($"v{row.Version}"))
                {
                    return SaveOutcome.Conflict;
                }

                _changeRows[change.Id] = (change.ToSnapshot(), [.. row.History, .. change.PendingEvents], row.Version + 1);
                Outbound.AddRange(call.Arg<IReadOnlyList<OutboundWork>>());
                WrittenChanges.Add(change);
                return SaveOutcome.Saved;
            });
    }
}
