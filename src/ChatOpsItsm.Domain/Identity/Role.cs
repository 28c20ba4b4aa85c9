namespace ChatOpsItsm.Domain.Identity;

/// <summary>What a person may do. Everyone is a requester; the rest are granted.</summary>
public enum Role
{
    Requester,
    Agent,
    OnCall,
    Admin,
}
