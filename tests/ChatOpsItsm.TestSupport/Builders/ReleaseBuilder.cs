using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>
/// Builds a <see cref="Release"/> the way production makes one: RLS-1001 "January mail release" on email, planned by
/// the agent local:bob in local:general at <see cref="BuilderDefaults.Instant"/>, then moved to the wanted state by the
/// real methods. Building and beyond need a change: unless given some, it holds one Scheduled change (CHG-1001).
/// Closed is reached with every change taken to be in Review; Canceled from Planning.
/// </summary>
public sealed class ReleaseBuilder
{
    public static readonly TicketId ReleaseId = new(TicketType.Release, TicketId.FirstNumber);

    private readonly List<Change> _changes = [];
    private TicketId _id = ReleaseId;
    private ReleaseState _state = ReleaseState.Planning;
    private DateTimeOffset? _start;
    private DateTimeOffset? _end;
    private bool _eventsStored;

    public static ReleaseBuilder ARelease() => new();

    /// <summary>An approved change to add, by the real <see cref="Release.AddChange"/>.</summary>
    public static Change AScheduledChange(long number) =>
        ChangeBuilder.AChange().WithId(new TicketId(TicketType.Change, number)).InState(ChangeState.Scheduled).WithEventsStored().Build();

    public ReleaseBuilder WithId(TicketId id)
    {
        _id = id;
        return this;
    }

    public ReleaseBuilder WithWindow(DateTimeOffset start, DateTimeOffset end)
    {
        _start = start;
        _end = end;
        return this;
    }

    public ReleaseBuilder WithChanges(params Change[] changes)
    {
        _changes.AddRange(changes);
        return this;
    }

    public ReleaseBuilder InState(ReleaseState state)
    {
        _state = state;
        return this;
    }

    public ReleaseBuilder WithEventsStored()
    {
        _eventsStored = true;
        return this;
    }

    public Release Build()
    {
        ActionContext by = new(BuilderDefaults.Agent, BuilderDefaults.AgentName, BuilderDefaults.Channel, BuilderDefaults.Instant);
        (Release? release, IReadOnlyList<DomainError> errors) = Release.Create(
            _id, new ReleaseDraft("January mail release", "email", _start, _end), by);
        if (release is null)
        {
            throw new InvalidOperationException("The draft was refused: " + string.Join(" ", errors.Select(e => e.Message)));
        }

        IEnumerable<Change> changes = _changes.Count > 0 || _state is ReleaseState.Planning or ReleaseState.Canceled
            ? _changes
            : [AScheduledChange(TicketId.FirstNumber)];
        foreach (Change change in changes)
        {
            Require(release.AddChange(change, null, by), "add " + change.Id);
        }

        Dictionary<TicketId, ChangeState> reviewed = release.Changes.ToDictionary(c => c.Id, _ => ChangeState.Review);
        List<(string Step, Func<DomainResult> Apply)> steps = _state switch
        {
            ReleaseState.Planning => [],
            ReleaseState.Building => [("build", () => release.Build(by))],
            ReleaseState.Deploying => [("build", () => release.Build(by)), ("deploy", () => release.Deploy(by))],
            ReleaseState.Closed =>
            [
                ("build", () => release.Build(by)), ("deploy", () => release.Deploy(by)), ("close", () => release.Close(reviewed, null, by)),
            ],
            ReleaseState.Canceled => [("cancel", () => release.Cancel("Postponed.", by))],
            _ => throw new ArgumentOutOfRangeException(nameof(_state), _state, "Unknown release state."),
        };
        foreach ((string step, Func<DomainResult> apply) in steps)
        {
            Require(apply(), step);
        }

        if (_eventsStored)
        {
            release.MarkEventsStored();
        }

        return release;
    }

    private static void Require(DomainResult result, string step)
    {
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"Step '{step}' was refused: {error.Message}");
        }
    }
}
