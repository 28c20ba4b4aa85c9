using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// Scheduling rules as pure functions over planned windows (see <see cref="ChangeWindow"/> for what overlapping
/// means): freeze windows refuse non-emergency changes; overlapping changes on one service are a warning.
/// </summary>
public static class ChangeCalendar
{
    /// <summary>The first freeze, by start, that <paramref name="window"/> overlaps; null when free or for an emergency change.</summary>
    public static FreezeWindow? FreezeFor(ChangeType type, ChangeWindow window, IEnumerable<FreezeWindow> freezes)
    {
        ArgumentNullException.ThrowIfNull(freezes);
        return type == ChangeType.Emergency
            ? null
            : freezes.Where(freeze => freeze.Window.Overlaps(window)).OrderBy(freeze => freeze.Window.Start).FirstOrDefault();
    }

    /// <summary>
    /// The other changes on <paramref name="service"/> (compared case-insensitively) whose windows overlap
    /// <paramref name="window"/>, earliest first. The change itself (<paramref name="self"/>) is never listed.
    /// </summary>
    public static IReadOnlyList<ScheduledChange> Overlapping(
        TicketId self, string service, ChangeWindow window, IEnumerable<ScheduledChange> others)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(others);
        return
        [
            .. others
                .Where(other => other.Id != self
                    && string.Equals(other.Service, service, StringComparison.OrdinalIgnoreCase)
                    && other.Window.Overlaps(window))
                .OrderBy(other => other.Window.Start)
                .ThenBy(other => other.Id),
        ];
    }
}
