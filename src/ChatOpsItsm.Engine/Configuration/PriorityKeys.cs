using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>Reads a priority written as a configuration key or an option: exactly <c>P1</c> to <c>P5</c>, any case.</summary>
public static class PriorityKeys
{
    public static bool TryParse(string? text, out Priority priority)
    {
        priority = Priority.P3;
        string key = (text ?? "").Trim();
        if (key.Length != 2 || (key[0] != 'P' && key[0] != 'p') || key[1] < '1' || key[1] > '5')
        {
            return false;
        }

        priority = (Priority)(key[1] - '0');
        return true;
    }
}
