namespace ChatOpsItsm.Engine.Replies;

public enum InputKind
{
    Text,
    MultilineText,
    Choice,
    Date,
}
