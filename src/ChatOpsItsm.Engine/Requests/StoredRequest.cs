using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>A request as read from storage, with the version a later write must match.</summary>
public sealed record StoredRequest(ServiceRequest Request, RecordVersion Version);
