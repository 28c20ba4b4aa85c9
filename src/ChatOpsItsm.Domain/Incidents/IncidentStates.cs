using System.Diagnostics.CodeAnalysis;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>Names and groupings of incident states as people read and type them.</summary>
public static class IncidentStates
{
    /// <summary>Someone still has to act: New, In Progress, On Hold.</summary>
    public static bool IsOpen(IncidentState state) =>
        state is IncidentState.New or IncidentState.InProgress or IncidentState.OnHold;

    /// <summary>Nothing can change any more: Closed, Canceled.</summary>
    public static bool IsFinal(IncidentState state) => state is IncidentState.Closed or IncidentState.Canceled;

    public static string DisplayName(IncidentState state) => state switch
    {
        IncidentState.New => "New",
        IncidentState.InProgress => "In Progress",
        IncidentState.OnHold => "On Hold",
        IncidentState.Resolved => "Resolved",
        IncidentState.Closed => "Closed",
        IncidentState.Canceled => "Canceled",
        _ => state.ToString(),
    };

    /// <summary>Accepts <c>In Progress</c>, <c>inprogress</c>, <c>in-progress</c> and the like.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IncidentState state)
    {
        string compact = new((text ?? "").Where(char.IsAsciiLetter).ToArray());
        return Enum.TryParse(compact, ignoreCase: true, out state) && Enum.IsDefined(state) && compact.Length > 0;
    }
}
