using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>The embed's side colour by ticket priority (brief §5), read from the card's <c>Priority</c> fact.</summary>
internal static class PriorityColors
{
    private static readonly int[] ByPriority = [15158332, 15105570, 15844367, 3447003, 9807270];

    /// <summary>The colour for a <c>Priority</c> fact starting with P1..P5 ("P2 (impact high, urgency medium)"); else null.</summary>
    public static int? Of(IReadOnlyList<CardFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        CardFact? priority = facts.FirstOrDefault(f => f.Label.Equals("Priority", StringComparison.OrdinalIgnoreCase));
        if (priority is null)
        {
            return null;
        }

        ReadOnlySpan<char> value = priority.Value.AsSpan().Trim();
        bool isPriority = value.Length >= 2
            && value[0] is 'P' or 'p'
            && value[1] is >= '1' and <= '5'
            && (value.Length == 2 || !char.IsLetterOrDigit(value[2]));
        return isPriority ? ByPriority[value[1] - '1'] : null;
    }
}
