using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>Builds a complete, valid <see cref="IncidentDraft"/> (medium impact, medium urgency: P3) unless told otherwise.</summary>
public sealed class IncidentDraftBuilder
{
    private string? _title = "Printer on fire";
    private string? _service = "printing";
    private string? _description = "Smoke is coming out of tray 2.";
    private Impact _impact = Impact.Medium;
    private Urgency _urgency = Urgency.Medium;

    public static IncidentDraftBuilder ADraft() => new();

    public IncidentDraftBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    public IncidentDraftBuilder WithService(string? service)
    {
        _service = service;
        return this;
    }

    public IncidentDraftBuilder WithDescription(string? description)
    {
        _description = description;
        return this;
    }

    public IncidentDraftBuilder WithImpact(Impact impact)
    {
        _impact = impact;
        return this;
    }

    public IncidentDraftBuilder WithUrgency(Urgency urgency)
    {
        _urgency = urgency;
        return this;
    }

    /// <summary>Sets an impact and urgency that the priority matrix turns into <paramref name="priority"/>.</summary>
    public IncidentDraftBuilder WithPriority(Priority priority)
    {
        (_impact, _urgency) = priority switch
        {
            Priority.P1 => (Impact.High, Urgency.High),
            Priority.P2 => (Impact.High, Urgency.Medium),
            Priority.P3 => (Impact.Medium, Urgency.Medium),
            Priority.P4 => (Impact.Medium, Urgency.Low),
            Priority.P5 => (Impact.Low, Urgency.Low),
            _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority."),
        };
        return this;
    }

    public IncidentDraft Build() => new(_title, _service, _impact, _urgency, _description);
}
