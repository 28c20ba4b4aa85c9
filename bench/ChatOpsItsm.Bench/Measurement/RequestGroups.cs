namespace ChatOpsItsm.Bench.Measurement;

/// <summary>The groups <see cref="StorageAreas.Group"/> sorts a command's storage requests into, in report order.</summary>
internal static class RequestGroups
{
    /// <summary>The command itself: its ticket reads and transaction, dialog state, and the outbox put after the commit.</summary>
    public const string Own = "own";

    /// <summary>What every inbound event costs before the command runs: the event id recorded, the conversation remembered.</summary>
    public const string Inbound = "inbound bookkeeping";

    /// <summary>The local channel's history of the conversation (the person's message and the replies).</summary>
    public const string Transcript = "local transcript";

    /// <summary>Sent by a delivery worker, not while the request was handled.</summary>
    public const string Background = "background";

    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Own, Inbound, Transcript, Background, Other];
}
