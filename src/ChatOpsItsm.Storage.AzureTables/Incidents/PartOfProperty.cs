using Azure.Data.Tables;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// The <c>PartOf</c> property of an incident's record and index rows: the id of the major incident it is part of
/// (<c>INC-1001</c>), absent when none, and on every row written before links existed.
/// </summary>
internal static class PartOfProperty
{
    public const string Name = "PartOf";

    public static void Write(TableEntity entity, TicketId? partOf)
    {
        ArgumentNullException.ThrowIfNull(entity);
        EntityProperties.SetOptional(entity, Name, partOf?.ToString());
    }

    /// <exception cref="InvalidDataException">The property is there but holds no ticket id.</exception>
    public static TicketId? Read(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string? text = entity.GetString(Name);
        if (text is null)
        {
            return null;
        }

        return TicketId.TryParse(text, out TicketId id) ? id : throw new InvalidDataException($"Row '{entity.RowKey}' has no valid '{Name}' property.");
    }
}
