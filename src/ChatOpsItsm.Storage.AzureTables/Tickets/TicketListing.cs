using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// How one ticket type's listing query maps onto an index page (<see cref="TicketStore{TTicket}"/>). The query's parts
/// are read through delegates because the engine's query types share no base.
/// </summary>
/// <param name="Range">The index range the query lists; throws when the query lacks what its kind needs.</param>
/// <param name="Paging">The page size the query asks for and where it resumes.</param>
/// <param name="MaxPageSize">The most rows one page returns, whatever the query asks.</param>
/// <param name="Properties">The summary properties selected from each index row.</param>
/// <param name="ToSummary">An index row as a summary.</param>
/// <param name="ToPage">The summaries and the next continuation as the port's page.</param>
internal sealed record TicketListing<TQuery, TSummary, TPage>(
    Func<TQuery, KeyRange> Range,
    Func<TQuery, (int PageSize, string? ContinuationToken)> Paging,
    int MaxPageSize,
    IReadOnlyList<string> Properties,
    Func<TableEntity, TSummary> ToSummary,
    Func<IReadOnlyList<TSummary>, string?, TPage> ToPage);
