using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Releases;

/// <summary>What <c>release new</c> was given: a title, and optionally a service and a window (both ends or neither).</summary>
public sealed record ReleaseDraft(string? Title, string? Service, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd)
{
    /// <summary>Every problem with the draft's values. Empty when it can be saved.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        List<DomainError> errors = [];
        if (TextRules.Check("title", TextRules.SingleLine(Title), ReleaseLimits.TitleMaxLength) is { } title)
        {
            errors.Add(title);
        }

        if (TextRules.Check("service", TextRules.SingleLine(Service), ReleaseLimits.ServiceMaxLength, required: false) is { } service)
        {
            errors.Add(service);
        }

        if (PlannedStart.HasValue != PlannedEnd.HasValue)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A release window needs both a start and an end."));
        }
        else if (PlannedStart is { } start && PlannedEnd is { } end && end <= start)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation,
                $"The window's end ({ChangeWindow.Format(end)}) must be after its start ({ChangeWindow.Format(start)})."));
        }

        return errors;
    }
}
