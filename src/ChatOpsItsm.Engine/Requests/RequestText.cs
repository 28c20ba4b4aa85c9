using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Changes;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>The words request cards and replies share.</summary>
public static class RequestText
{
    /// <summary>Who approves: "no approval", "Dave (manager)", "it-approvers, 1 of 1 approvals".</summary>
    public static string Approval(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Voting switch
        {
            null => "none needed",
            { } voting when request.ApprovalKind == RequestApprovalKind.Manager =>
                $"manager {request.Approver}" + (voting.Decision is { } d ? $" ({d.ToString().ToLowerInvariant()})" : ""),
            { } voting => $"{ChangeText.Tally(voting.Tally)} ({voting.Policy.Group})",
        };
    }

    /// <summary>The field values, a line each: "- Application: vpn".</summary>
    public static string? Fields(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<string> lines = [.. request.Fields.Where(f => f.Value.Length > 0).Select(f => $"- {f.Label}: {f.Value}")];
        return lines.Count == 0 ? null : "**Details**\n" + string.Join('\n', lines);
    }

    public static string Votes(ChangeVoting? voting) => voting is null ? "" : ChangeText.Votes(voting.Tally);
}
