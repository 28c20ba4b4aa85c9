using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeDraftBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangeDraftTests
{
    [Fact]
    public void Validate_CompleteDraft_NoErrors()
    {
        Assert.Empty(AChangeDraft().Build().Validate());
    }

    [Fact]
    public void MissingFields_EmptyNormalDraft_NamesEveryRequiredField()
    {
        ChangeDraft draft = new(null, null, ChangeType.Normal, ChangeRisk.Low, Impact.Low, " ", null, null, null, "", null);

        Assert.Equal(["title", "service", "start", "end", "rollback"], draft.MissingFields());
    }

    [Fact]
    public void MissingFields_StandardWithoutTemplate_NamesTheTemplate()
    {
        ChangeDraft draft = AChangeDraft().OfType(ChangeType.Standard).FromTemplate(" ").Build();

        Assert.Equal(["template"], draft.MissingFields());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Validate_EndNotAfterStart_Refused(int minutes)
    {
        DateTimeOffset start = ChangeDraftDefaults.PlannedStart;
        ChangeDraft draft = AChangeDraft().PlannedFor(start, start + TimeSpan.FromMinutes(minutes)).Build();

        DomainError error = Assert.Single(draft.Validate());

        Assert.StartsWith("The planned end (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(") must be after the planned start (2026-01-05 10:00 UTC).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoWindow_Refused()
    {
        ChangeDraft draft = AChangeDraft().PlannedFor(null, ChangeDraftDefaults.PlannedEnd).Build();

        Assert.Equal(
            [new DomainError(DomainErrorCodes.Validation, "The planned start and end are required.")],
            draft.Validate());
    }

    [Fact]
    public void Validate_TemplateOnANormalChange_Refused()
    {
        ChangeDraft draft = AChangeDraft().FromTemplate("relay-patch").Build();

        Assert.Equal(
            [new DomainError(DomainErrorCodes.Validation, "Only a standard change is made from a template.")],
            draft.Validate());
    }

    [Fact]
    public void Validate_UndefinedChoicesAndLongTexts_ListsEveryProblem()
    {
        ChangeDraft draft = AChangeDraft().WithTitle(new string('t', 201)).WithRollbackPlan(new string('r', 4_001))
            .WithRisk((ChangeRisk)9).WithImpact((Impact)9).Build() with { Type = (ChangeType)9 };

        Assert.Equal(
            [
                "The title is 201 characters long; the limit is 200.",
                "The rollback plan is 4001 characters long; the limit is 4000.",
                "The type must be standard, normal or emergency.",
                "The risk must be high, medium or low.",
                "The impact must be high, medium or low.",
            ],
            draft.Validate().Select(error => error.Message));
    }
}
