using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>What a requester has said about a new incident so far; <see cref="Validate"/> says what is still missing.</summary>
public sealed record IncidentDraft(string? Title, string? Service, Impact Impact, Urgency Urgency, string? Description)
{
    /// <summary>The fields a report cannot do without, by the names forms use.</summary>
    public IReadOnlyList<string> MissingFields()
    {
        List<string> missing = [];
        if (string.IsNullOrWhiteSpace(TextRules.SingleLine(Title)))
        {
            missing.Add("title");
        }

        if (string.IsNullOrWhiteSpace(TextRules.SingleLine(Service)))
        {
            missing.Add("service");
        }

        return missing;
    }

    /// <summary>Every problem with the draft's values: missing, too long. Empty when it can be reported.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        List<DomainError> errors = [];
        Add(errors, TextRules.Check("title", TextRules.SingleLine(Title), IncidentLimits.TitleMaxLength));
        Add(errors, TextRules.Check("service", TextRules.SingleLine(Service), IncidentLimits.ServiceMaxLength));
        Add(errors, TextRules.Check(
            "description", TextRules.MultiLine(Description), IncidentLimits.DescriptionMaxLength, required: false));
        if (!Enum.IsDefined(Impact))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The impact must be high, medium or low."));
        }

        if (!Enum.IsDefined(Urgency))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The urgency must be high, medium or low."));
        }

        return errors;
    }

    private static void Add(List<DomainError> errors, DomainError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
