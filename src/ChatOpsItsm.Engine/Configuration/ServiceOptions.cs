namespace ChatOpsItsm.Engine.Configuration;

/// <summary>A service people report incidents against, with words that point to it (<c>outlook</c> → <c>email</c>).</summary>
public sealed class ServiceOptions
{
    public string Name { get; init; } = "";

    public IList<string> Keywords { get; init; } = [];
}
