namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>Where a reply was kept in the history: its message id, and its revision unless storage was down.</summary>
internal readonly record struct StoredReply(string Id, long? Revision);
