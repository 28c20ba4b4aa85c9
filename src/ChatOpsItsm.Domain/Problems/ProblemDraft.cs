using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Problems;

/// <summary>What an agent has said about a new problem: its title, the service, and the incidents it explains.</summary>
public sealed record ProblemDraft(string? Title, string? Service, IReadOnlyList<TicketId> Incidents)
{
    /// <summary>Every problem with the draft's values. Empty when it can be saved.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        List<DomainError> errors = [];
        Add(errors, TextRules.Check("title", TextRules.SingleLine(Title), ProblemLimits.TitleMaxLength));
        Add(errors, TextRules.Check("service", TextRules.SingleLine(Service), ProblemLimits.ServiceMaxLength));
        if (Incidents.Any(id => id.Type != TicketType.Incident))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A problem links incidents only (INC-…)."));
        }

        if (Incidents.Distinct().Count() > ProblemLimits.MaxIncidents)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A problem links at most {ProblemLimits.MaxIncidents} incidents."));
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
