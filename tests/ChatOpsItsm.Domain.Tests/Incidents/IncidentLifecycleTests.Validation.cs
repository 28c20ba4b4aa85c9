using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed partial class IncidentLifecycleTests
{
    private static readonly (IncidentState From, IncidentOperation Operation)[] TextOperations =
    [
        (IncidentState.InProgress, IncidentOperation.Note),
        (IncidentState.InProgress, IncidentOperation.Hold),
        (IncidentState.InProgress, IncidentOperation.Resolve),
        (IncidentState.Resolved, IncidentOperation.Reopen),
        (IncidentState.InProgress, IncidentOperation.Cancel),
    ];

    private static readonly string[] VerbatimTexts =
    [
        "He said \"it's 100% broken\"",
        "PartitionKey eq 'INC-1001' or true",
        "Robert'); DROP TABLE Incidents;--",
        "🔥 server room 🔥 at 35°C",
        "line one\nline two\twith a tab",
    ];

    public static TheoryData<IncidentState, IncidentOperation, string> TextOperationsWithVerbatimTexts()
    {
        TheoryData<IncidentState, IncidentOperation, string> data = [];
        foreach ((IncidentState from, IncidentOperation operation) in TextOperations)
        {
            foreach (string text in VerbatimTexts)
            {
                data.Add(from, operation, text);
            }
        }

        return data;
    }

    [Theory]
    [InlineData(IncidentState.InProgress, IncidentOperation.Note, "note", 4_000)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Hold, "reason", 1_000)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resolve, "resolution", 4_000)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Reopen, "reason", 1_000)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Cancel, "reason", 1_000)]
    public void Operation_TextOverLimit_RefusedNamingFieldAndLimitAndChangesNothing(
        IncidentState from, IncidentOperation operation, string field, int limit)
    {
        Incident incident = AnIncident().InState(from).Build();
        IncidentSnapshot before = incident.ToSnapshot();
        int eventCount = incident.PendingEvents.Count;

        DomainResult result = ApplyWithText(incident, operation, new string('x', limit + 1), Acting);

        Assert.Equal(
            new DomainError(DomainErrorCodes.Validation, $"The {field} is {limit + 1} characters long; the limit is {limit}."),
            result.Error);
        Assert.Equal(before, incident.ToSnapshot());
        Assert.Equal(eventCount, incident.PendingEvents.Count);
    }

    [Theory]
    [InlineData(IncidentState.InProgress, IncidentOperation.Note, 4_000)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Hold, 1_000)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resolve, 4_000)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Reopen, 1_000)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Cancel, 1_000)]
    public void Operation_TextAtLimit_AcceptedWhole(IncidentState from, IncidentOperation operation, int limit)
    {
        Incident incident = AnIncident().InState(from).WithEventsStored().Build();
        string text = new('x', limit);

        DomainResult result = ApplyWithText(incident, operation, text, Acting);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(text, Assert.Single(incident.PendingEvents).Text);
    }

    [Theory]
    [InlineData(IncidentState.InProgress, IncidentOperation.Note, "note", "")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Note, "note", " \r\n\t ")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Note, "note", "\u0000\u0007")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resolve, "resolution", "")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resolve, "resolution", " \r\n\t ")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resolve, "resolution", "\u0000\u0007")]
    [InlineData(IncidentState.Resolved, IncidentOperation.Reopen, "reason", "")]
    [InlineData(IncidentState.Resolved, IncidentOperation.Reopen, "reason", " \r\n\t ")]
    [InlineData(IncidentState.Resolved, IncidentOperation.Reopen, "reason", "\u0000\u0007")]
    public void Operation_RequiredTextMissing_RefusedAsRequiredAndChangesNothing(
        IncidentState from, IncidentOperation operation, string field, string text)
    {
        Incident incident = AnIncident().InState(from).Build();
        IncidentSnapshot before = incident.ToSnapshot();
        int eventCount = incident.PendingEvents.Count;

        DomainResult result = ApplyWithText(incident, operation, text, Acting);

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, $"The {field} is required."), result.Error);
        Assert.Equal(before, incident.ToSnapshot());
        Assert.Equal(eventCount, incident.PendingEvents.Count);
    }

    [Theory]
    [InlineData(IncidentOperation.Hold, "")]
    [InlineData(IncidentOperation.Hold, " \n ")]
    [InlineData(IncidentOperation.Cancel, "")]
    [InlineData(IncidentOperation.Cancel, " \n ")]
    public void Operation_OptionalTextMissing_AcceptedWithoutText(IncidentOperation operation, string text)
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();

        DomainResult result = ApplyWithText(incident, operation, text, Acting);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Null(Assert.Single(incident.PendingEvents).Text);
    }

    [Theory]
    [MemberData(nameof(TextOperationsWithVerbatimTexts))]
    public void Operation_QuotesPercentEmojiOrFilterText_RecordedVerbatim(IncidentState from, IncidentOperation operation, string text)
    {
        Incident incident = AnIncident().InState(from).WithEventsStored().Build();

        ApplyWithText(incident, operation, text, Acting);

        Assert.Equal(text, Assert.Single(incident.PendingEvents).Text);
    }

    [Theory]
    [InlineData(IncidentState.InProgress, IncidentOperation.Note)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Hold)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resolve)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Reopen)]
    [InlineData(IncidentState.InProgress, IncidentOperation.Cancel)]
    public void Operation_TextWithControlCharacters_RecordedWithoutThem(IncidentState from, IncidentOperation operation)
    {
        Incident incident = AnIncident().InState(from).WithEventsStored().Build();

        ApplyWithText(incident, operation, "\u0007Paper\u0000 jam\u001b[0m\r\nagain\u007f", Acting);

        Assert.Equal("Paper jam[0m\nagain", Assert.Single(incident.PendingEvents).Text);
    }

    [Fact]
    public void Resolve_TextWithSpecialCharacters_StoresResolutionVerbatim()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();

        incident.Resolve("Set 'Spooler' to 100% & restarted 🔁", Acting);

        Assert.Equal("Set 'Spooler' to 100% & restarted 🔁", incident.Resolution);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(99)]
    public void PutOnHold_UndefinedReason_RefusedAsValidationAndChangesNothing(int reason)
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();
        IncidentSnapshot before = incident.ToSnapshot();
        int eventCount = incident.PendingEvents.Count;

        DomainResult result = incident.PutOnHold((HoldReason)reason, "", Acting);

        Assert.Equal(DomainErrorCodes.Validation, result.Error!.Code);
        Assert.Equal(before, incident.ToSnapshot());
        Assert.Equal(eventCount, incident.PendingEvents.Count);
    }

    [Fact]
    public void Reopen_NotResolvedAndNoReason_RefusedForTheStateFirst()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();

        DomainResult result = incident.Reopen("", Acting);

        Assert.Equal(DomainErrorCodes.InvalidTransition, result.Error!.Code);
    }

    [Fact]
    public void Operations_NullContext_Throw()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();
        ActionContext none = null!;

        Assert.Throws<ArgumentNullException>(() => incident.AddNote("x", none));
        Assert.Throws<ArgumentNullException>(() => incident.PutOnHold(HoldReason.AwaitingVendor, "x", none));
        Assert.Throws<ArgumentNullException>(() => incident.Resume(none));
        Assert.Throws<ArgumentNullException>(() => incident.Resolve("x", none));
        Assert.Throws<ArgumentNullException>(() => incident.Close(none));
        Assert.Throws<ArgumentNullException>(() => incident.Reopen("x", none));
        Assert.Throws<ArgumentNullException>(() => incident.Cancel("x", none));
    }

    private static DomainResult ApplyWithText(Incident incident, IncidentOperation operation, string text, ActionContext context) =>
        operation switch
        {
            IncidentOperation.Note => incident.AddNote(text, context),
            IncidentOperation.Hold => incident.PutOnHold(HoldReason.AwaitingRequester, text, context),
            IncidentOperation.Resolve => incident.Resolve(text, context),
            IncidentOperation.Reopen => incident.Reopen(text, context),
            IncidentOperation.Cancel => incident.Cancel(text, context),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Takes no text."),
        };
}
