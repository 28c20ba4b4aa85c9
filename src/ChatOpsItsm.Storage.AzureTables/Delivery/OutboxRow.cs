using Azure;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>An outbox row read back by the sweeper, with the ETag to stamp it on.</summary>
internal sealed record OutboxRow(string RowKey, WorkJson Work, ETag ETag);
