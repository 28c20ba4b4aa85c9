namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// What a storage request was for, from the table or queue it addressed. The table names end in the host's fixed
/// suffixes (<c>{prefix}Tickets</c> and so on, docs/storage.md); a path with a <c>/messages</c> segment is the
/// delivery queue.
/// </summary>
internal static class StorageAreas
{
    /// <summary>Incident records, audit, indexes, id counters and the outbox rows (the command's own).</summary>
    public const string Tickets = "tickets";

    /// <summary>Intake dialog state (the command's own).</summary>
    public const string Dialogs = "dialogs";

    /// <summary>The delivery queue: the outbox flush put by a command, or a worker's receive, forward, delete.</summary>
    public const string Queue = "queue";

    /// <summary>The inbound event ids seen (de-duplication), issue 3 §5.</summary>
    public const string InboundLedger = "inbound ledger";

    /// <summary>Conversation references and notification preferences, issue 3 §1.</summary>
    public const string ConversationReferences = "conversation references";

    /// <summary>The local web chat's history: the person's message, the replies, and proactive posts.</summary>
    public const string LocalChat = "local chat";

    /// <summary>Work carried out and work failed, read and written by the delivery workers.</summary>
    public const string DeliveryLedger = "delivery ledger";

    /// <summary>The bench's own floor table, written and read by its own client.</summary>
    public const string BenchFloor = "bench floor";

    public const string Other = "other";

    private static readonly (string Suffix, string Area)[] Tables =
    [
        ("Tickets", Tickets),
        ("Dialogs", Dialogs),
        ("Inbound", InboundLedger),
        ("Conversations", ConversationReferences),
        ("LocalChat", LocalChat),
        ("Deliveries", DeliveryLedger),
        ("Floor", BenchFloor),
    ];

    /// <summary>The area of <paramref name="request"/>; a batch by the table inside it.</summary>
    public static string Of(StorageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string path = request.Target.Split('?', 2)[0];
        if (path.Contains("/messages", StringComparison.Ordinal))
        {
            return Queue;
        }

        string table = request.Batch ?? path[(path.LastIndexOf('/') + 1)..];
        int end = table.IndexOfAny(['(', ' ']);
        table = end >= 0 ? table[..end] : table;
        foreach ((string suffix, string area) in Tables)
        {
            if (table.EndsWith(suffix, StringComparison.Ordinal))
            {
                return area;
            }
        }

        return Other;
    }

    /// <summary>
    /// Whose request it was, in the four groups the report splits a command into: the command's own (its tickets,
    /// dialog and outbox put), the inbound bookkeeping every event pays (ledger and conversation reference), the
    /// local channel's transcript, and the background workers.
    /// </summary>
    public static string Group(StorageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Area == BenchFloor)
        {
            return RequestGroups.Other;
        }

        if (!request.InRequest)
        {
            return RequestGroups.Background;
        }

        return request.Area switch
        {
            Tickets or Dialogs or Queue => RequestGroups.Own,
            InboundLedger or ConversationReferences => RequestGroups.Inbound,
            LocalChat => RequestGroups.Transcript,
            _ => RequestGroups.Other,
        };
    }
}
