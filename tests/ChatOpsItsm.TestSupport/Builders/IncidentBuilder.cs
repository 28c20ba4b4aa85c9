using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>
/// Builds an <see cref="Incident"/> the way production makes one: reported by local:alice in local:general at
/// 2026-01-05T09:00:00Z, then moved to the wanted state by the real lifecycle methods, acted on by the agent
/// local:bob. Every step happens at the reported instant unless <see cref="WithStepsEvery"/> spaces them out.
/// On Hold is reached awaiting a vendor, which leaves the SLA clocks running, unless <see cref="WithHoldReason"/> says otherwise.
/// </summary>
public sealed class IncidentBuilder
{
    private readonly IncidentDraftBuilder _draft = IncidentDraftBuilder.ADraft();
    private TicketId _id = BuilderDefaults.IncidentId;
    private UserIdentity _requester = BuilderDefaults.Requester;
    private string _requesterName = BuilderDefaults.RequesterName;
    private UserIdentity _agent = BuilderDefaults.Agent;
    private string _agentName = BuilderDefaults.AgentName;
    private string _channel = BuilderDefaults.Channel;
    private DateTimeOffset _reportedAt = BuilderDefaults.Instant;
    private TimeSpan _stepInterval = TimeSpan.Zero;
    private SlaPolicy _slaPolicy = SlaPolicy.Default;
    private IncidentState _state = IncidentState.New;
    private HoldReason _holdReason = HoldReason.AwaitingVendor;
    private TimeSpan? _majorCadence;
    private bool _eventsStored;

    public static IncidentBuilder AnIncident() => new();

    public IncidentBuilder WithId(TicketId id)
    {
        _id = id;
        return this;
    }

    public IncidentBuilder WithTitle(string? title)
    {
        _draft.WithTitle(title);
        return this;
    }

    public IncidentBuilder WithService(string? service)
    {
        _draft.WithService(service);
        return this;
    }

    public IncidentBuilder WithDescription(string? description)
    {
        _draft.WithDescription(description);
        return this;
    }

    public IncidentBuilder WithImpact(Impact impact)
    {
        _draft.WithImpact(impact);
        return this;
    }

    public IncidentBuilder WithUrgency(Urgency urgency)
    {
        _draft.WithUrgency(urgency);
        return this;
    }

    public IncidentBuilder WithPriority(Priority priority)
    {
        _draft.WithPriority(priority);
        return this;
    }

    public IncidentBuilder WithSlaPolicy(SlaPolicy slaPolicy)
    {
        _slaPolicy = slaPolicy;
        return this;
    }

    public IncidentBuilder ReportedBy(UserIdentity requester, string requesterName)
    {
        _requester = requester;
        _requesterName = requesterName;
        return this;
    }

    public IncidentBuilder AssignedTo(UserIdentity agent, string agentName)
    {
        _agent = agent;
        _agentName = agentName;
        return this;
    }

    public IncidentBuilder InChannel(string channel)
    {
        _channel = channel;
        return this;
    }

    public IncidentBuilder ReportedAt(DateTimeOffset reportedAt)
    {
        _reportedAt = reportedAt;
        return this;
    }

    /// <summary>Spaces the lifecycle steps after the report by <paramref name="interval"/> each.</summary>
    public IncidentBuilder WithStepsEvery(TimeSpan interval)
    {
        _stepInterval = interval;
        return this;
    }

    public IncidentBuilder InState(IncidentState state)
    {
        _state = state;
        return this;
    }

    /// <summary>The reason used when the incident is put On Hold on the way to its state.</summary>
    public IncidentBuilder WithHoldReason(HoldReason holdReason)
    {
        _holdReason = holdReason;
        return this;
    }

    /// <summary>
    /// Declares the incident major as the first step after the report, with the agent in command, a status update due
    /// every <paramref name="cadence"/> and its war room under the channel. Declaring assigns the New incident to its
    /// commander (In Progress, its response met), so no separate assign step follows; the other steps to its state do,
    /// so a Resolved, Closed or Canceled one has ended. A declared major incident is never New: building one throws.
    /// </summary>
    public IncidentBuilder DeclaredMajor(TimeSpan cadence)
    {
        _majorCadence = cadence;
        return this;
    }

    /// <summary>Clears the pending events after building, as storage does once it has written them.</summary>
    public IncidentBuilder WithEventsStored()
    {
        _eventsStored = true;
        return this;
    }

    public Incident Build()
    {
        ActionContext reported = new(_requester, _requesterName, _channel, _reportedAt);
        (Incident? incident, IReadOnlyList<DomainError> errors) = Incident.Report(_id, _draft.Build(), _slaPolicy, reported);
        if (incident is null)
        {
            throw new InvalidOperationException(
                "The draft was refused: " + string.Join(" ", errors.Select(error => error.Message)));
        }

        int step = 0;
        foreach (Func<Incident, ActionContext, DomainResult> apply in StepsTo(_state))
        {
            step++;
            ActionContext context = new(_agent, _agentName, _channel, _reportedAt + (_stepInterval * step));
            DomainResult result = apply(incident, context);
            if (result.Error is { } error)
            {
                throw new InvalidOperationException($"Step {step} towards {_state} was refused: {error.Message}");
            }
        }

        if (_eventsStored)
        {
            incident.MarkEventsStored();
        }

        return incident;
    }

    private List<Func<Incident, ActionContext, DomainResult>> StepsTo(IncidentState state)
    {
        Func<Incident, ActionContext, DomainResult> assign = (incident, context) => incident.Assign(_agent, _agentName, context);
        Func<Incident, ActionContext, DomainResult> hold = (incident, context) =>
            incident.PutOnHold(_holdReason, "Waiting for an answer.", context);
        Func<Incident, ActionContext, DomainResult> resolve = (incident, context) => incident.Resolve("Replaced the fuser.", context);
        Func<Incident, ActionContext, DomainResult> close = (incident, context) => incident.Close(context);
        Func<Incident, ActionContext, DomainResult> cancel = (incident, context) => incident.Cancel("Reported twice.", context);
        List<Func<Incident, ActionContext, DomainResult>> steps = state switch
        {
            IncidentState.New => [],
            IncidentState.InProgress => [assign],
            IncidentState.OnHold => [assign, hold],
            IncidentState.Resolved => [assign, resolve],
            IncidentState.Closed => [assign, resolve, close],
            IncidentState.Canceled => [cancel],
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown incident state."),
        };
        if (_majorCadence is { } cadence)
        {
            if (state == IncidentState.New)
            {
                throw new InvalidOperationException("A declared major incident is never New: declaring assigns it to its commander.");
            }

            // The declaration assigns the agent, its commander: it stands in for the assign step.
            steps.Remove(assign);
            steps.Insert(0, (incident, context) => incident.DeclareMajor(new RoleHolder(_agent, _agentName), cadence, _channel, context));
        }

        return steps;
    }
}
