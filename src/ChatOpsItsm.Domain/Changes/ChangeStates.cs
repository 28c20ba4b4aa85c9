using System.Diagnostics.CodeAnalysis;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>Names and groupings of change states as people read and type them.</summary>
public static class ChangeStates
{
    /// <summary>Nothing can change any more: Closed, Rejected, Canceled.</summary>
    public static bool IsFinal(ChangeState state) => state is ChangeState.Closed or ChangeState.Rejected or ChangeState.Canceled;

    /// <summary>Not yet under way, so it may still be called off: Draft, Authorize, Scheduled.</summary>
    public static bool IsCancelable(ChangeState state) =>
        state is ChangeState.Draft or ChangeState.Authorize or ChangeState.Scheduled;

    public static string DisplayName(ChangeState state) => state.ToString();

    /// <summary>The state as it reads after "CHG-1001 is": <c>a Draft</c>, <c>in Authorize</c>, <c>Scheduled</c>, <c>in Review</c>.</summary>
    public static string Phrase(ChangeState state) => state switch
    {
        ChangeState.Draft => "a Draft",
        ChangeState.Authorize or ChangeState.Review => $"in {DisplayName(state)}",
        _ => DisplayName(state),
    };

    /// <summary>Accepts <c>Implementing</c>, <c>implementing</c> and the like.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ChangeState state)
    {
        string compact = new((text ?? "").Where(char.IsAsciiLetter).ToArray());
        return Enum.TryParse(compact, ignoreCase: true, out state) && Enum.IsDefined(state) && compact.Length > 0;
    }
}
