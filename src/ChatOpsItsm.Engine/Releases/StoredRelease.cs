using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>A release as read from storage, with the version a later write must match.</summary>
public sealed record StoredRelease(Release Release, RecordVersion Version);
