using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;

namespace ChatOpsItsm.Engine.Commands;

/// <summary>The <c>request</c> commands of the catalog (issue 6 §2): browse the service catalog, request, approve and fulfil.</summary>
public static class RequestCommands
{
    private static readonly Role[] Workers = [Role.Agent, Role.OnCall, Role.Admin];

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("request", "catalog", "What you can request, with each item's fields", [], []),
        new("request", "new", "Request a catalog item: request new <item> field:value…; missing fields are asked for with a form", [
            new("item", "the catalog item, e.g. password-reset", ParameterKind.Word, Required: false, Positional: true, RequestLimits.KeyMaxLength, []),
            ParameterDefinition.RestText("fields", "the item's fields as name:value", RequestLimits.NotesMaxLength, required: false)], []),
        new("request", "show", "A request's fields, approval and history", [Id()], []),
        new("request", "list", "Requests: yours, the open ones, or all", [
            ParameterDefinition.Choice("scope", "whose requests", positional: true, "mine", "open", "all")], []),
        new("request", "approve", "Approve a request waiting for your approval", [Id(), Text("comment", "why (optional)", RequestLimits.CommentMaxLength, required: false)], []),
        new("request", "reject", "Reject a request waiting for your approval, saying why", [Id(), Text("reason", "why you reject it", RequestLimits.CommentMaxLength, required: true)], []),
        new("request", "take", "Take an approved request to fulfil it", [Id()], Workers),
        new("request", "fulfill", "Mark a request you are working on fulfilled", [Id(), Text("notes", "what was done (optional)", RequestLimits.NotesMaxLength, required: false)], Workers),
        new("request", "close", "Close a fulfilled request", [Id(), Text("notes", "closing notes (optional)", RequestLimits.NotesMaxLength, required: false)], []),
        new("request", "cancel", "Cancel a request not yet fulfilled", [Id(), Text("reason", "why (optional)", RequestLimits.ReasonMaxLength, required: false)], []),
    ];

    private static ParameterDefinition Id() => ParameterDefinition.Id("the request id, e.g. REQ-1001");

    private static ParameterDefinition Text(string name, string description, int maxLength, bool required) =>
        ParameterDefinition.RestText(name, description, maxLength, required);
}
