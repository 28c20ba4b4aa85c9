using ChatOpsItsm.Domain.Changes;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangeStatesTests
{
    [Theory]
    [InlineData(ChangeState.Draft, false, true, "a Draft")]
    [InlineData(ChangeState.Authorize, false, true, "in Authorize")]
    [InlineData(ChangeState.Scheduled, false, true, "Scheduled")]
    [InlineData(ChangeState.Implementing, false, false, "Implementing")]
    [InlineData(ChangeState.Review, false, false, "in Review")]
    [InlineData(ChangeState.Failed, false, false, "Failed")]
    [InlineData(ChangeState.Closed, true, false, "Closed")]
    [InlineData(ChangeState.Rejected, true, false, "Rejected")]
    [InlineData(ChangeState.Canceled, true, false, "Canceled")]
    public void Groupings_EveryState_AreAsSpecified(ChangeState state, bool final, bool cancelable, string phrase)
    {
        Assert.Equal(final, ChangeStates.IsFinal(state));
        Assert.Equal(cancelable, ChangeStates.IsCancelable(state));
        Assert.Equal(phrase, ChangeStates.Phrase(state));
    }

    [Theory]
    [InlineData("implementing", ChangeState.Implementing)]
    [InlineData(" Authorize ", ChangeState.Authorize)]
    [InlineData("CANCELED", ChangeState.Canceled)]
    public void TryParse_StateName_AnyCase(string text, ChangeState expected)
    {
        Assert.True(ChangeStates.TryParse(text, out ChangeState state));
        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("approved")]
    [InlineData("3")]
    public void TryParse_NotAState_False(string? text)
    {
        Assert.False(ChangeStates.TryParse(text, out _));
    }
}
