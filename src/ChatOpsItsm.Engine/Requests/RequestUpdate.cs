using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>The outcome of <see cref="RequestUpdater.UpdateAsync"/>: the request as last read (changed when saved) and why it refused.</summary>
public sealed record RequestUpdate(RequestUpdateStatus Status, ServiceRequest? Request, DomainError? Refusal)
{
    public static RequestUpdate NotFound { get; } = new(RequestUpdateStatus.NotFound, null, null);

    public static RequestUpdate Busy { get; } = new(RequestUpdateStatus.Busy, null, null);

    public static RequestUpdate Saved(ServiceRequest request) => new(RequestUpdateStatus.Saved, request, null);

    public static RequestUpdate Unchanged(ServiceRequest request) => new(RequestUpdateStatus.Unchanged, request, null);

    public static RequestUpdate Refused(ServiceRequest request, DomainError refusal) => new(RequestUpdateStatus.Refused, request, refusal);
}
