using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class IncidentStatesTests
{
    [Theory]
    [InlineData(IncidentState.New, true, false)]
    [InlineData(IncidentState.InProgress, true, false)]
    [InlineData(IncidentState.OnHold, true, false)]
    [InlineData(IncidentState.Resolved, false, false)]
    [InlineData(IncidentState.Closed, false, true)]
    [InlineData(IncidentState.Canceled, false, true)]
    public void IsOpenAndIsFinal_EachState_GroupAsSpecified(IncidentState state, bool open, bool final)
    {
        bool isOpen = IncidentStates.IsOpen(state);
        bool isFinal = IncidentStates.IsFinal(state);

        Assert.Equal(open, isOpen);
        Assert.Equal(final, isFinal);
    }

    [Theory]
    [InlineData(IncidentState.New, "New")]
    [InlineData(IncidentState.InProgress, "In Progress")]
    [InlineData(IncidentState.OnHold, "On Hold")]
    [InlineData(IncidentState.Resolved, "Resolved")]
    [InlineData(IncidentState.Closed, "Closed")]
    [InlineData(IncidentState.Canceled, "Canceled")]
    public void DisplayName_EachState_ReadsAsPeopleWriteIt(IncidentState state, string expected)
    {
        string name = IncidentStates.DisplayName(state);

        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("In Progress", IncidentState.InProgress)]
    [InlineData("inprogress", IncidentState.InProgress)]
    [InlineData("in-progress", IncidentState.InProgress)]
    [InlineData("ON HOLD", IncidentState.OnHold)]
    [InlineData("on_hold", IncidentState.OnHold)]
    [InlineData("new", IncidentState.New)]
    [InlineData(" Resolved ", IncidentState.Resolved)]
    [InlineData("closed", IncidentState.Closed)]
    [InlineData("Canceled", IncidentState.Canceled)]
    public void TryParse_HumanSpelling_ReturnsState(string text, IncidentState expected)
    {
        bool parsed = IncidentStates.TryParse(text, out IncidentState state);

        Assert.True(parsed);
        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("open")]
    [InlineData("New, Closed")]
    [InlineData("cancelled")]
    public void TryParse_Unknown_ReturnsFalse(string? text)
    {
        bool parsed = IncidentStates.TryParse(text, out _);

        Assert.False(parsed);
    }
}
