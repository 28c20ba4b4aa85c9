using Azure.Data.Tables;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.MajorIncidents;

/// <summary>
/// <see cref="IWarRooms"/> on the tickets table (docs/storage.md §19): one row per war room in the incident partition,
/// <c>wr|KeyPart(platform:conversationId)</c>, naming its incident. Remembering is one blind upsert, so remembering
/// again changes nothing; finding is one point read.
/// </summary>
internal sealed class TableWarRooms : IWarRooms
{
    private const string Incident = "Incident";
    private const string Platform = "Platform";
    private const string ConversationId = "ConversationId";
    private static readonly string[] Select = [Incident];

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;

    public TableWarRooms(StorageTables tables, StorageResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Tickets;
        _pipeline = pipeline;
    }

    /// <remarks>
    /// A blind upsert (<c>Replace</c>): the row holds nothing that depends on what was there. A war room is opened for
    /// one incident, so two incidents never claim one conversation; if one ever did, the later record wins.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="incident"/> is not an incident id.</exception>
    public async Task RememberAsync(ConversationAddress warRoom, TicketId incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warRoom);
        if (incident.Type != TicketType.Incident)
        {
            throw new ArgumentException($"{incident} is not an incident id.", nameof(incident));
        }

        TableEntity row = new(MajorIncidentKeys.Partition, MajorIncidentKeys.WarRoom(warRoom))
        {
            [Incident] = incident.ToString(),
            [Platform] = warRoom.Platform,
            [ConversationId] = warRoom.ConversationId,
        };
        await _pipeline.ExecuteAsync(
            async token => await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, token), cancellationToken);
    }

    /// <exception cref="InvalidDataException">The row names no incident.</exception>
    public async Task<TicketId?> FindAsync(ConversationAddress conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        TableEntity? row = await TableReads.ReadRowAsync(
            _pipeline, _table, MajorIncidentKeys.Partition, MajorIncidentKeys.WarRoom(conversation), Select, cancellationToken);
        if (row is null)
        {
            return null;
        }

        return TicketId.TryParse(row.GetString(Incident), out TicketId id) && id.Type == TicketType.Incident
            ? id
            : throw new InvalidDataException($"War-room row '{row.RowKey}' names no incident.");
    }
}
