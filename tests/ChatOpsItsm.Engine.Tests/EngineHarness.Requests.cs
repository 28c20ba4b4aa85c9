using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Requests;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests;

/// <summary>
/// The request store substitute keeps requests like storage does: each read hands out a fresh copy at its version, a save
/// succeeds only at the current version (then stores the record and its events and keeps the work in <see cref="Outbound"/>).
/// </summary>
internal sealed partial class EngineHarness
{
    private readonly Dictionary<TicketId, (RequestSnapshot Snapshot, List<AuditEvent> History, int Version)> _requestRows = [];
    private int _requestConflictsToInject;

    /// <summary>The id the substituted store hands to the first request created.</summary>
    public static TicketId FirstRequestId { get; } = new(TicketType.Request, TicketId.FirstNumber);

    public IRequestStore Requests { get; } = Substitute.For<IRequestStore>();

    /// <summary>What the listing of every kind returns; empty unless a test says otherwise.</summary>
    public List<RequestSummary> RequestListing { get; } = [];

    /// <summary>Puts <paramref name="request"/> in the store with its pending events as its history.</summary>
    public ServiceRequest HoldsRequest(ServiceRequest request)
    {
        _requestRows[request.Id] = (request.ToSnapshot(), [.. request.PendingEvents], 1);
        request.MarkEventsStored();
        return request;
    }

    /// <summary>The request as the store holds it now.</summary>
    public ServiceRequest StoredRequest(TicketId id) => ServiceRequest.FromSnapshot(_requestRows[id].Snapshot);

    public bool HasRequest(TicketId id) => _requestRows.ContainsKey(id);

    /// <summary>Makes the next <paramref name="count"/> request saves fail as if another instance wrote first.</summary>
    public void InjectRequestConflicts(int count) => _requestConflictsToInject = count;

    private void KeepRequestsLikeStorage()
    {
        Requests.CreateAsync(Arg.Any<Func<TicketId, ServiceRequest>>(), Arg.Any<Func<ServiceRequest, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                ServiceRequest request = call.Arg<Func<TicketId, ServiceRequest>>()(FirstRequestId);
                Outbound.AddRange(call.Arg<Func<ServiceRequest, IReadOnlyList<OutboundWork>>>()(request));
                return HoldsRequest(request);
            });
        Requests.GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _requestRows.TryGetValue(call.Arg<TicketId>(), out var row)
                ? new StoredRequest(ServiceRequest.FromSnapshot(row.Snapshot), new RecordVersion($"v{row.Version}"))
                : null);
        Requests.GetWithHistoryAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>()).Returns(call =>
            _requestRows.TryGetValue(call.Arg<TicketId>(), out var row) ? new RequestWithHistory(ServiceRequest.FromSnapshot(row.Snapshot), [.. row.History]) : null);
        Requests.ListAsync(Arg.Any<RequestQuery>(), Arg.Any<CancellationToken>()).Returns(_ => new RequestPage([.. RequestListing], null));
        Requests.SaveAsync(Arg.Any<ServiceRequest>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                ServiceRequest request = call.Arg<ServiceRequest>();
                var row = _requestRows[request.Id];
                if (_requestConflictsToInject > 0)
                {
                    _requestConflictsToInject--;
                    _requestRows[request.Id] = row with { Version = row.Version + 1 };
                    return SaveOutcome.Conflict;
                }

                if (call.Arg<RecordVersion>() != new RecordVersion($"v{row.Version}"))
                {
                    return SaveOutcome.Conflict;
                }

                _requestRows[request.Id] = (request.ToSnapshot(), [.. row.History, .. request.PendingEvents], row.Version + 1);
                Outbound.AddRange(call.Arg<IReadOnlyList<OutboundWork>>());
                return SaveOutcome.Saved;
            });
    }
}
