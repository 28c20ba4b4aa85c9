using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Dialogs;

/// <summary>A dialog as read from storage, with the version a later write must match.</summary>
public sealed record StoredDialog(DialogState State, RecordVersion Version);
