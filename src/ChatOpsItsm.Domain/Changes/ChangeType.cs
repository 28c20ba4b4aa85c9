namespace ChatOpsItsm.Domain.Changes;

/// <summary>The ITIL change types of SPEC §2, each with its own path through authorization.</summary>
public enum ChangeType
{
    /// <summary>Pre-approved from a template: submitting schedules it without a vote.</summary>
    Standard,

    /// <summary>Authorized by a CAB vote.</summary>
    Normal,

    /// <summary>Authorized by the emergency CAB, with its own quorum and a short deadline; may run in a freeze.</summary>
    Emergency,
}
