using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>A command's outbox: the row actions to add to its transaction, and the items to queue once it commits.</summary>
internal sealed record OutboxWrite(string Partition, IReadOnlyList<WorkJson> Items, IReadOnlyList<TableTransactionAction> Actions);
