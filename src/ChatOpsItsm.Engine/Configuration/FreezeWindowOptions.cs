namespace ChatOpsItsm.Engine.Configuration;

/// <summary>A freeze window: from <see cref="Start"/> up to <see cref="End"/> only emergency changes may run.</summary>
public sealed class FreezeWindowOptions
{
    /// <summary>What people call it: <c>year-end freeze</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>An ISO 8601 instant; one without an offset is UTC.</summary>
    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    /// <summary>Why, told to whoever is refused; may be empty.</summary>
    public string Reason { get; init; } = "";
}
