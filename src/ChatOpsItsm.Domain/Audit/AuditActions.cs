namespace ChatOpsItsm.Domain.Audit;

/// <summary>The action names written into audit events.</summary>
public static class AuditActions
{
    public const string Reported = "reported";
    public const string Assigned = "assigned";
    public const string NoteAdded = "note";
    public const string PutOnHold = "hold";
    public const string Resumed = "resumed";
    public const string Resolved = "resolved";
    public const string Closed = "closed";
    public const string Reopened = "reopened";
    public const string Canceled = "canceled";
    public const string Drafted = "drafted";
    public const string Revised = "revised";
    public const string Submitted = "submitted";
    public const string Voted = "voted";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Escalated = "escalated";
    public const string Started = "started";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string ReviewStarted = "review";

    // Problems (issue 6 §3).
    public const string Raised = "raised";
    public const string Linked = "linked";
    public const string Unlinked = "unlinked";
    public const string RootCauseRecorded = "rootcause";
    public const string WorkaroundRecorded = "workaround";
    public const string ApprovalRequested = "approval-requested";
    public const string Taken = "taken";
    public const string Fulfilled = "fulfilled";
    public const string Planned = "planned";
    public const string ChangeAdded = "change-added";
    public const string ChangeRemoved = "change-removed";
    public const string BuildStarted = "building";
    public const string Deployed = "deploying";

    // Major incidents (issue 7).
    public const string Declared = "declared";
    public const string RoleAssigned = "role";
    public const string StatusUpdate = "update";
    public const string TimelineEntry = "timeline";
    public const string WarRoomOpened = "war-room";
    public const string CadenceReminder = "reminder";
    public const string Snoozed = "snoozed";
    public const string Mitigated = "mitigated";
    public const string Joined = "joined";
    public const string ActionAdded = "action";
    public const string ActionRaised = "action-raised";
    public const string PartOfMajor = "part-of";
}
