namespace ChatOpsItsm.Engine.Commands;

/// <summary>What a command parameter holds; adapters map it to their own types (a Discord user option, a choice).</summary>
public enum ParameterKind
{
    /// <summary>One word or a quoted phrase.</summary>
    Word,

    /// <summary>Free text: as a positional parameter it takes every remaining word.</summary>
    Text,

    /// <summary>A ticket id such as INC-1001.</summary>
    TicketId,

    /// <summary>A person: <c>me</c>, <c>@name</c> or <c>platform:id</c>.</summary>
    User,

    /// <summary>One of <see cref="ParameterDefinition.Choices"/>.</summary>
    Choice,
}
