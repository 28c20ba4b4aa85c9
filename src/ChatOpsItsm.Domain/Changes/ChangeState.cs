namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// The change lifecycle of SPEC §2: Draft → Authorize → Scheduled → Implementing → Review → Closed;
/// Authorize → Rejected; Implementing → Failed → Review; Draft, Authorize or Scheduled → Canceled.
/// </summary>
public enum ChangeState
{
    Draft,
    Authorize,
    Scheduled,
    Implementing,
    Review,
    Closed,
    Rejected,
    Failed,
    Canceled,
}
