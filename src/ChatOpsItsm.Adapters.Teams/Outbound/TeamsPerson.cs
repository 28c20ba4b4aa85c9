namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>How to open a 1:1 chat with a person: the service URL and tenant they were last seen in and their member id.</summary>
internal sealed record TeamsPerson(string ServiceUrl, string TenantId, string MemberId);
