namespace ChatOpsItsm.Domain.Changes;

/// <summary>How likely the change is to hurt a service, as the requester assesses it.</summary>
public enum ChangeRisk
{
    High = 1,
    Medium = 2,
    Low = 3,
}
