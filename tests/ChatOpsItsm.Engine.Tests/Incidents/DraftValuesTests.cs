using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.Tests.Incidents;

public sealed class DraftValuesTests
{
    [Theory]
    [InlineData("high", Impact.High)]
    [InlineData(" LOW ", Impact.Low)]
    [InlineData("Medium", Impact.Medium)]
    public void ParseLevel_Name_IsParsedCaseInsensitively(string text, Impact expected)
    {
        Impact? level = DraftValues.ParseLevel<Impact>(text);

        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    [InlineData("huge")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseLevel_NumberOrUnknownWord_IsNull(string? text)
    {
        Impact? level = DraftValues.ParseLevel<Impact>(text);

        Assert.Null(level);
    }

    [Fact]
    public void ToDraft_MissingLevels_DefaultToMedium()
    {
        IncidentDraft draft = DraftValues.ToDraft(new Dictionary<string, string> { ["title"] = "Down", ["service"] = " " });

        Assert.Equal(new IncidentDraft("Down", null, Impact.Medium, Urgency.Medium, null), draft);
    }

    [Fact]
    public void FromDraft_ThenToDraft_RoundTrips()
    {
        IncidentDraft draft = new("Mail down", "email", Impact.High, Urgency.Low, "Since 8:00");

        IncidentDraft roundTripped = DraftValues.ToDraft(DraftValues.FromDraft(draft));

        Assert.Equal(draft, roundTripped);
    }

    [Fact]
    public void FromDraft_EmptyFields_AreLeftOut()
    {
        Dictionary<string, string> values = DraftValues.FromDraft(new IncidentDraft(null, "", Impact.Low, Urgency.High, null));

        Assert.Equal(["impact", "urgency"], values.Keys.Order());
        Assert.Equal("low", values["impact"]);
        Assert.Equal("high", values["urgency"]);
    }
}
