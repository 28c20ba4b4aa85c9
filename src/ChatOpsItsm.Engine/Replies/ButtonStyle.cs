namespace ChatOpsItsm.Engine.Replies;

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}
