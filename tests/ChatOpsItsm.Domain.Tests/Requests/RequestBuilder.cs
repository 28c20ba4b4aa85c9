using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Tests.Requests;

/// <summary>Catalog items and people for the request tests: Alice requests, Mia is her manager, Gus and Hal are it-approvers, Bob an agent.</summary>
internal static class RequestBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly TicketId Id = new(TicketType.Request, TicketId.FirstNumber);
    public static readonly UserIdentity Alice = new("local", "alice");
    public static readonly UserIdentity Mia = new("local", "mia");
    public static readonly ApproverGroup ItApprovers = new("it-approvers");

    public static CatalogItem PasswordReset { get; } = new("password-reset", "Password reset", "", [
        new CatalogField("account", "Account", CatalogFieldType.Text, true, 64, [], "[a-z0-9.]+", "Use your login name, e.g. alice.smith.")],
        RequestApproval.None, "service-desk");

    public static CatalogItem SoftwareAccess { get; } = new("software-access", "Software access", "", [
        new CatalogField("app", "Application", CatalogFieldType.Choice, true, 80, ["vpn", "jira"], null, null),
        new CatalogField("justification", "Justification", CatalogFieldType.Text, true, 500, [], null, null)],
        RequestApproval.Manager, "service-desk");

    public static CatalogItem Laptop { get; } = new("new-laptop", "New laptop", "", [
        new CatalogField("model", "Model", CatalogFieldType.Choice, true, 80, ["standard", "developer"], null, null),
        new CatalogField("needed_by", "Needed by", CatalogFieldType.Date, false, 10, [], null, null),
        new CatalogField("user", "For", CatalogFieldType.Person, false, 128, [], null, null)],
        RequestApproval.ByGroup(ItApprovers, 1), "hardware");

    public static Person Person(string name, Role[]? roles = null, params ApproverGroup[] groups) =>
        new(new UserIdentity("local", name), char.ToUpperInvariant(name[0]) + name[1..], [], roles ?? [], groups);

    public static ActionContext By(string name, int minutes = 0) =>
        new(new UserIdentity("local", name), char.ToUpperInvariant(name[0]) + name[1..], "local:general", Now.AddMinutes(minutes));

    public static Dictionary<string, string> Values(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public static ServiceRequest Submitted(CatalogItem item, Dictionary<string, string> values, int? eligible = 2)
    {
        (ServiceRequest? request, IReadOnlyList<ChatOpsItsm.Domain.Results.DomainError> errors) = ServiceRequest.Submit(Id, item, values, Mia, eligible, By("alice"));
        Assert.Empty(errors);
        request!.MarkEventsStored();
        return request;
    }

    public static ServiceRequest Reset() => Submitted(PasswordReset, Values(("account", "alice.smith")));

    public static ServiceRequest Access() => Submitted(SoftwareAccess, Values(("app", "VPN"), ("justification", "travel")));

    public static ServiceRequest NewLaptop() => Submitted(Laptop, Values(("model", "developer"), ("needed_by", "2026-02-01")));
}
