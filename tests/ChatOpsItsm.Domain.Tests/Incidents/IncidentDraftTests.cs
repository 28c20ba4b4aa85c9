using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.TestSupport.Builders.IncidentDraftBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class IncidentDraftTests
{
    [Fact]
    public void Validate_CompleteDraft_ReturnsNoErrors()
    {
        IncidentDraft draft = ADraft().Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Empty(errors);
    }

    [Fact]
    public void MissingFields_CompleteDraft_ReturnsNone()
    {
        IncidentDraft draft = ADraft().Build();

        IReadOnlyList<string> missing = draft.MissingFields();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0007")]
    public void MissingFields_NoTitleOrService_ListsBoth(string? value)
    {
        IncidentDraft draft = ADraft().WithTitle(value).WithService(value).Build();

        IReadOnlyList<string> missing = draft.MissingFields();

        Assert.Equal(["title", "service"], missing);
    }

    [Fact]
    public void MissingFields_NoDescription_NotListed()
    {
        IncidentDraft draft = ADraft().WithDescription(null).Build();

        IReadOnlyList<string> missing = draft.MissingFields();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData("\u0001")]
    public void Validate_NoTitle_RefusesAsRequired(string? title)
    {
        IncidentDraft draft = ADraft().WithTitle(title).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal([new DomainError(DomainErrorCodes.Validation, "The title is required.")], errors);
    }

    [Fact]
    public void Validate_NoService_RefusesAsRequired()
    {
        IncidentDraft draft = ADraft().WithService(" ").Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal([new DomainError(DomainErrorCodes.Validation, "The service is required.")], errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_NoDescription_Accepted(string? description)
    {
        IncidentDraft draft = ADraft().WithDescription(description).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_TitleAtLimit_Accepted()
    {
        IncidentDraft draft = ADraft().WithTitle(new string('t', IncidentLimits.TitleMaxLength)).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_TitleOverLimit_RefusesWithLimitInMessage()
    {
        IncidentDraft draft = ADraft().WithTitle(new string('t', 201)).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal(
            [new DomainError(DomainErrorCodes.Validation, "The title is 201 characters long; the limit is 200.")],
            errors);
    }

    [Fact]
    public void Validate_TitleAtLimitOnceControlCharactersDropped_Accepted()
    {
        IncidentDraft draft = ADraft().WithTitle(new string('t', 200) + "\u0000\u0007\u001b").Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_DescriptionAtLimit_Accepted()
    {
        IncidentDraft draft = ADraft().WithDescription(new string('d', IncidentLimits.DescriptionMaxLength)).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_DescriptionOverLimit_RefusesWithLimitInMessage()
    {
        IncidentDraft draft = ADraft().WithDescription(new string('d', 4_001)).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal(
            [new DomainError(DomainErrorCodes.Validation, "The description is 4001 characters long; the limit is 4000.")],
            errors);
    }

    [Fact]
    public void Validate_ServiceOverLimit_RefusesWithLimitInMessage()
    {
        IncidentDraft draft = ADraft().WithService(new string('s', 81)).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal(
            [new DomainError(DomainErrorCodes.Validation, "The service is 81 characters long; the limit is 80.")],
            errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Validate_UndefinedImpact_Refuses(int impact)
    {
        IncidentDraft draft = ADraft().WithImpact((Impact)impact).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal([new DomainError(DomainErrorCodes.Validation, "The impact must be high, medium or low.")], errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Validate_UndefinedUrgency_Refuses(int urgency)
    {
        IncidentDraft draft = ADraft().WithUrgency((Urgency)urgency).Build();

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal([new DomainError(DomainErrorCodes.Validation, "The urgency must be high, medium or low.")], errors);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        IncidentDraft draft = new(null, null, (Impact)0, (Urgency)0, new string('d', 4_001));

        IReadOnlyList<DomainError> errors = draft.Validate();

        Assert.Equal(5, errors.Count);
        Assert.All(errors, error => Assert.Equal(DomainErrorCodes.Validation, error.Code));
    }
}
