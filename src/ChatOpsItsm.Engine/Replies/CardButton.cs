namespace ChatOpsItsm.Engine.Replies;

/// <summary>A button: clicking it sends <see cref="ActionId"/> with <see cref="Data"/> back to the engine.</summary>
public sealed record CardButton(string Label, string ActionId, IReadOnlyDictionary<string, string> Data, ButtonStyle Style = ButtonStyle.Default);
