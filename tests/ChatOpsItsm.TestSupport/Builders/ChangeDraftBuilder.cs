using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>
/// Builds a <see cref="ChangeDraft"/>: a normal, medium-risk change to the <c>mail</c> service, planned from
/// <see cref="ChangeDraftDefaults.PlannedStart"/> to <see cref="ChangeDraftDefaults.PlannedEnd"/>, with both plans written.
/// </summary>
public sealed class ChangeDraftBuilder
{
    private string? _title = "Patch the mail relays";
    private string? _description = "Security update KB-42.";
    private ChangeType _type = ChangeType.Normal;
    private ChangeRisk _risk = ChangeRisk.Medium;
    private Impact _impact = Impact.Medium;
    private string? _service = "mail";
    private DateTimeOffset? _start = ChangeDraftDefaults.PlannedStart;
    private DateTimeOffset? _end = ChangeDraftDefaults.PlannedEnd;
    private string? _implementationPlan = "Drain relay 1, patch, restore; then relay 2.";
    private string? _rollbackPlan = "Restore the VM snapshots taken before patching.";
    private string? _templateName;

    public static ChangeDraftBuilder AChangeDraft() => new();

    public ChangeDraftBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    public ChangeDraftBuilder WithDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>The type; a standard change gets the template <c>relay-patch</c> unless one is set.</summary>
    public ChangeDraftBuilder OfType(ChangeType type)
    {
        _type = type;
        _templateName ??= type == ChangeType.Standard ? "relay-patch" : null;
        return this;
    }

    public ChangeDraftBuilder WithRisk(ChangeRisk risk)
    {
        _risk = risk;
        return this;
    }

    public ChangeDraftBuilder WithImpact(Impact impact)
    {
        _impact = impact;
        return this;
    }

    public ChangeDraftBuilder WithService(string? service)
    {
        _service = service;
        return this;
    }

    public ChangeDraftBuilder PlannedFor(DateTimeOffset? start, DateTimeOffset? end)
    {
        _start = start;
        _end = end;
        return this;
    }

    public ChangeDraftBuilder WithImplementationPlan(string? plan)
    {
        _implementationPlan = plan;
        return this;
    }

    public ChangeDraftBuilder WithRollbackPlan(string? plan)
    {
        _rollbackPlan = plan;
        return this;
    }

    public ChangeDraftBuilder FromTemplate(string? templateName)
    {
        _templateName = templateName;
        return this;
    }

    public ChangeDraft Build() => new(
        _title, _description, _type, _risk, _impact, _service, _start, _end, _implementationPlan, _rollbackPlan, _templateName);
}
