using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>A change as read from storage, with the version a later write must match.</summary>
public sealed record StoredChange(Change Change, RecordVersion Version);
