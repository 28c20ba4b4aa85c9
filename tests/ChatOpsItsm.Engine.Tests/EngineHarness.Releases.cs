using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests;

/// <summary>
/// The release store substitute keeps releases like storage does: each read hands out a fresh copy at its version, a
/// save succeeds only at the current version, and the holding-change listing is answered from the open releases held.
/// </summary>
internal sealed partial class EngineHarness
{
    private readonly Dictionary<TicketId, (ReleaseSnapshot Snapshot, List<AuditEvent> History, int Version)> _releaseRows = [];
    private int _releaseConflictsToInject;

    /// <summary>The id the substituted store hands to the first release created.</summary>
    public static TicketId FirstReleaseId { get; } = new(TicketType.Release, TicketId.FirstNumber);

    public IReleaseStore Releases { get; } = Substitute.For<IReleaseStore>();

    /// <summary>Puts <paramref name="release"/> in the store with its pending events as its history.</summary>
    public Release HoldsRelease(Release release)
    {
        _releaseRows[release.Id] = (release.ToSnapshot(), [.. release.PendingEvents], 1);
        release.MarkEventsStored();
        return release;
    }

    /// <summary>The release as the store holds it now.</summary>
    public Release StoredRelease(TicketId id) => Release.FromSnapshot(_releaseRows[id].Snapshot);

    public bool HoldsAnyRelease => _releaseRows.Count > 0;

    /// <summary>Makes the next <paramref name="count"/> release saves fail as if another instance wrote first.</summary>
    public void InjectReleaseConflicts(int count) => _releaseConflictsToInject = count;

    private void KeepReleasesLikeStorage()
    {
        Releases.CreateAsync(Arg.Any<Func<TicketId, Release>>(), Arg.Any<Func<Release, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Release release = call.Arg<Func<TicketId, Release>>()(FirstReleaseId);
                Outbound.AddRange(call.Arg<Func<Release, IReadOnlyList<OutboundWork>>>()(release));
                return HoldsRelease(Release.FromSnapshot(release.ToSnapshot()));
            });
        Releases.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _releaseRows.TryGetValue(call.Arg<TicketId>(), out var row)
                ? new StoredRelease(Release.FromSnapshot(row.Snapshot), new RecordVersion($"v{row.Version}"))
                : null);
        Releases.GetWithHistoryAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _releaseRows.TryGetValue(call.Arg<TicketId>(), out var row) ? new ReleaseWithHistory(Release.FromSnapshot(row.Snapshot), [.. row.History]) : null);
        Releases.ListAsync(Arg.Any<ReleaseQuery>(), Arg.Any<CancellationToken>()).Returns(call => ListReleases(call.Arg<ReleaseQuery>()));
        Releases.SaveAsync(Arg.Any<Release>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Release release = call.Arg<Release>();
                var row = _releaseRows[release.Id];
                if (_releaseConflictsToInject > 0)
                {
                    _releaseConflictsToInject--;
                    _releaseRows[release.Id] = row with { Version = row.Version + 1 };
                    return SaveOutcome.Conflict;
                }

                if (call.Arg<RecordVersion>() != new RecordVersion($"v{row.Version}"))
                {
                    return SaveOutcome.Conflict;
                }

                _releaseRows[release.Id] = (release.ToSnapshot(), [.. row.History, .. release.PendingEvents], row.Version + 1);
                Outbound.AddRange(call.Arg<IReadOnlyList<OutboundWork>>());
                return SaveOutcome.Saved;
            });
    }

    private ReleasePage ListReleases(ReleaseQuery query)
    {
        IEnumerable<ReleaseSnapshot> rows = _releaseRows.Values.Select(r => r.Snapshot).OrderByDescending(r => r.Id.Number);
        rows = query.Kind switch
        {
            ReleaseListKind.Open => rows.Where(r => !ReleaseStates.IsFinal(r.State)),
            ReleaseListKind.HoldingChange => rows.Where(r => !ReleaseStates.IsFinal(r.State) && r.Changes.Any(c => c.Id == query.Change)),
            _ => rows,
        };
        return new ReleasePage(
            [.. rows.Take(query.PageSize).Select(r => new ReleaseSummary(
                r.Id, r.Title, r.Service, r.State, r.Window, r.Changes.Count, r.Owner, r.OwnerName, r.UpdatedAt))],
            null);
    }
}
