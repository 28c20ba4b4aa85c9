namespace ChatOpsItsm.Engine.LocalChannel;

/// <summary>Messages posted or updated since a cursor, and the cursor to ask from next time.</summary>
public sealed record LocalChanges(IReadOnlyList<LocalMessage> Messages, string Cursor);
