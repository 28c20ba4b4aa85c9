using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Changes;

public sealed partial class Change
{
    /// <summary>Replaces a Draft's values with <paramref name="draft"/>'s; the audit event lists each field that changed.</summary>
    public DomainResult Revise(ChangeDraft draft, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        if (State != ChangeState.Draft)
        {
            return Refused("revised", ChangeStates.IsCancelable(State) ? "cancel it and raise a new one" : null);
        }

        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return new DomainResult(errors[0]);
        }

        ChangeSnapshot before = _state;
        ChangeSnapshot after = Apply(before, draft);
        FieldChange[] changes = [.. Differences(before, after)];
        if (changes.Length == 0)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id} already says exactly that.");
        }

        _state = after;
        Record(context, AuditActions.Revised, null, changes);
        return DomainResult.Ok;
    }

    /// <summary>Names the implementer. Allowed until the change is Closed, Rejected or Canceled.</summary>
    public DomainResult Assign(UserIdentity assignee, string assigneeName, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ChangeStates.IsFinal(State))
        {
            return Refused("assigned", null);
        }

        if (_state.Assignee == assignee)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id} is already assigned to {_state.AssigneeName}.");
        }

        string cleaned = TextRules.SingleLine(assigneeName);
        string name = cleaned.Length == 0 ? assignee.Id : cleaned;
        FieldChange change = Field("assignee", _state.Assignee?.ToString(), assignee.ToString());
        _state = _state with { Assignee = assignee, AssigneeName = name };
        Record(context, AuditActions.Assigned, name, change);
        return DomainResult.Ok;
    }

    private static IEnumerable<FieldChange> Differences(ChangeSnapshot before, ChangeSnapshot after)
    {
        (string Field, string? Old, string? New)[] fields =
        [
            ("title", before.Title, after.Title),
            ("description", before.Description, after.Description),
            ("type", before.Type.ToString(), after.Type.ToString()),
            ("risk", before.Risk.ToString(), after.Risk.ToString()),
            ("impact", before.Impact.ToString(), after.Impact.ToString()),
            ("service", before.Service, after.Service),
            ("start", Stamp(before.PlannedWindow.Start), Stamp(after.PlannedWindow.Start)),
            ("end", Stamp(before.PlannedWindow.End), Stamp(after.PlannedWindow.End)),
            ("implementationPlan", before.ImplementationPlan, after.ImplementationPlan),
            ("rollbackPlan", before.RollbackPlan, after.RollbackPlan),
            ("template", before.TemplateName, after.TemplateName),
        ];
        return fields.Where(field => field.Old != field.New).Select(field => Field(field.Field, field.Old, field.New));
    }
}
