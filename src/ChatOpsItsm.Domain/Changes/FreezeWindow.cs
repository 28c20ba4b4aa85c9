namespace ChatOpsItsm.Domain.Changes;

/// <summary>A period in which only emergency changes may run (year-end close, a product launch), from configuration.</summary>
/// <param name="Window">When it holds.</param>
/// <param name="Name">What people call it: <c>year-end freeze</c>.</param>
/// <param name="Reason">Why, shown to whoever is refused; may be empty.</param>
public sealed record FreezeWindow(string Name, ChangeWindow Window, string Reason);
