using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// What a requester has said about a change (an RFC) so far; <see cref="Validate"/> says what is still wrong.
/// Whether the planned start has passed is checked at submission, not here: a draft may be written days ahead.
/// </summary>
public sealed record ChangeDraft(
    string? Title,
    string? Description,
    ChangeType Type,
    ChangeRisk Risk,
    Impact Impact,
    string? Service,
    DateTimeOffset? PlannedStart,
    DateTimeOffset? PlannedEnd,
    string? ImplementationPlan,
    string? RollbackPlan,
    string? TemplateName)
{
    /// <summary>The fields a change cannot do without, by the names forms use.</summary>
    public IReadOnlyList<string> MissingFields()
    {
        List<string> missing = [];
        AddIfBlank(missing, "title", TextRules.SingleLine(Title));
        AddIfBlank(missing, "service", TextRules.SingleLine(Service));
        if (PlannedStart is null)
        {
            missing.Add("start");
        }

        if (PlannedEnd is null)
        {
            missing.Add("end");
        }

        AddIfBlank(missing, "rollback", TextRules.MultiLine(RollbackPlan));
        if (Type == ChangeType.Standard)
        {
            AddIfBlank(missing, "template", TextRules.SingleLine(TemplateName));
        }

        return missing;
    }

    /// <summary>Every problem with the draft's values: missing, too long, out of order. Empty when it can be saved.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        List<DomainError> errors = [];
        Add(errors, TextRules.Check("title", TextRules.SingleLine(Title), ChangeLimits.TitleMaxLength));
        Add(errors, TextRules.Check("service", TextRules.SingleLine(Service), ChangeLimits.ServiceMaxLength));
        Add(errors, TextRules.Check("description", TextRules.MultiLine(Description), ChangeLimits.DescriptionMaxLength, required: false));
        Add(errors, TextRules.Check(
            "implementation plan", TextRules.MultiLine(ImplementationPlan), ChangeLimits.PlanMaxLength, required: false));
        Add(errors, TextRules.Check("rollback plan", TextRules.MultiLine(RollbackPlan), ChangeLimits.PlanMaxLength));
        ValidateTemplate(errors);
        ValidateChoices(errors);
        ValidateWindow(errors);
        return errors;
    }

    private void ValidateTemplate(List<DomainError> errors)
    {
        string template = TextRules.SingleLine(TemplateName);
        if (Type == ChangeType.Standard)
        {
            Add(errors, TextRules.Check("template", template, ChangeLimits.TemplateNameMaxLength));
        }
        else if (template.Length > 0)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "Only a standard change is made from a template."));
        }
    }

    private void ValidateChoices(List<DomainError> errors)
    {
        if (!Enum.IsDefined(Type))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The type must be standard, normal or emergency."));
        }

        if (!Enum.IsDefined(Risk))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The risk must be high, medium or low."));
        }

        if (!Enum.IsDefined(Impact))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The impact must be high, medium or low."));
        }
    }

    private void ValidateWindow(List<DomainError> errors)
    {
        if (PlannedStart is not { } start || PlannedEnd is not { } end)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The planned start and end are required."));
        }
        else if (end <= start)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation,
                $"The planned end ({ChangeWindow.Format(end)}) must be after the planned start ({ChangeWindow.Format(start)})."));
        }
    }

    private static void AddIfBlank(List<string> missing, string field, string value)
    {
        if (value.Length == 0)
        {
            missing.Add(field);
        }
    }

    private static void Add(List<DomainError> errors, DomainError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
