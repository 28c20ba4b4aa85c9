using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;
using static ChatOpsItsm.TestSupport.Builders.ChangeDraftBuilder;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangeRevisionTests
{
    private static readonly ActionContext Acting = AnActionContext().Build();

    [Fact]
    public void Revise_NewWindowAndRisk_RecordsEachChangedFieldOldToNew()
    {
        Change change = AChange().WithEventsStored().Build();
        DateTimeOffset start = ChangeDraftDefaults.PlannedStart + TimeSpan.FromDays(1);

        DomainResult result = change.Revise(
            AChangeDraft().WithRisk(ChangeRisk.High).PlannedFor(start, start + TimeSpan.FromHours(2)).Build(), Acting);

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                new FieldChange("risk", "Medium", "High"),
                new FieldChange("start", "2026-01-05T10:00:00.0000000+00:00", "2026-01-06T10:00:00.0000000+00:00"),
                new FieldChange("end", "2026-01-05T12:00:00.0000000+00:00", "2026-01-06T12:00:00.0000000+00:00"),
            ],
            Assert.Single(change.PendingEvents).Changes);
        Assert.Equal(ChangeRisk.High, change.Risk);
        Assert.Equal(start, change.PlannedWindow.Start);
    }

    [Fact]
    public void Revise_ToStandard_TakesTheTemplate()
    {
        Change change = AChange().Build();

        change.Revise(AChangeDraft().OfType(ChangeType.Standard).FromTemplate("relay-patch").Build(), Acting);

        Assert.Equal(ChangeType.Standard, change.Type);
        Assert.Equal("relay-patch", change.TemplateName);
    }

    [Fact]
    public void Revise_SameValues_RefusedAsUnchanged()
    {
        Change change = AChange().Build();

        DomainResult result = change.Revise(AChangeDraft().Build(), Acting);

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "CHG-1001 already says exactly that."), result.Error);
    }

    [Fact]
    public void Revise_InvalidDraft_RefusedWithTheFirstProblemAndChangesNothing()
    {
        Change change = AChange().Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Revise(AChangeDraft().WithTitle("").WithService("").Build(), Acting);

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The title is required."), result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }
}
