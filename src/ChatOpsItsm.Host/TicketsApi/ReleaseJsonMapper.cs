using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Host.TicketsApi.Protocol;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>Turns releases, their audit events and listing entries into the REST API's JSON.</summary>
internal static class ReleaseJsonMapper
{
    public static JsonReleaseDetails ToDetails(ReleaseWithHistory found)
    {
        ArgumentNullException.ThrowIfNull(found);
        ReleaseSnapshot record = found.Release.ToSnapshot();
        return new JsonReleaseDetails
        {
            Id = record.Id.ToString(),
            Type = "release",
            Title = record.Title,
            Service = record.Service.Length == 0 ? null : record.Service,
            Window = record.Window is { } window ? TicketJsonMapper.Window(window) : null,
            State = ReleaseStates.DisplayName(record.State),
            Changes = [.. record.Changes.Select(change => new JsonReleaseChange { Id = change.Id.ToString(), Title = change.Title })],
            Owner = TicketJsonMapper.Person(record.Owner, record.OwnerName),
            Channel = record.Channel,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            DeployedAt = record.DeployedAt,
            ClosedAt = record.ClosedAt,
            Audit = [.. found.History.Select(TicketJsonMapper.ToEvent)],
        };
    }

    public static JsonReleaseSummary ToSummary(ReleaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonReleaseSummary
        {
            Id = summary.Id.ToString(),
            Title = summary.Title,
            Service = summary.Service.Length == 0 ? null : summary.Service,
            State = ReleaseStates.DisplayName(summary.State),
            Window = summary.Window is { } window ? TicketJsonMapper.Window(window) : null,
            ChangeCount = summary.ChangeCount,
            Owner = TicketJsonMapper.Person(summary.Owner, summary.OwnerName),
            UpdatedAt = summary.UpdatedAt,
        };
    }
}
