namespace ChatOpsItsm.Engine.Storage;

/// <summary>
/// What storage needs back to update a record it handed out: its ETag and whatever else it chose to keep.
/// Opaque to the engine, which only passes it from a read to the next write.
/// </summary>
public sealed record RecordVersion(string Token);
