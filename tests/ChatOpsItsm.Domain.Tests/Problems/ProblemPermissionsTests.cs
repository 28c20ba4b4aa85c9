using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Problems;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Domain.Tests.Problems;

public sealed class ProblemPermissionsTests
{
    public static TheoryData<ProblemOperation> WorkOperations() =>
        new(Enum.GetValues<ProblemOperation>().Where(o => o != ProblemOperation.View));

    [Theory]
    [MemberData(nameof(WorkOperations))]
    public void MayAct_WorkOperation_OnlyAgentsOnCallAndAdmins(ProblemOperation operation)
    {
        Assert.False(ProblemPermissions.MayAct(APerson().Build(), operation));
        Assert.True(ProblemPermissions.MayAct(APerson().WithRole(Role.Agent).Build(), operation));
        Assert.True(ProblemPermissions.MayAct(APerson().WithRole(Role.OnCall).Build(), operation));
        Assert.True(ProblemPermissions.MayAct(APerson().WithRole(Role.Admin).Build(), operation));
    }

    [Fact]
    public void MayAct_View_Anyone()
    {
        Assert.True(ProblemPermissions.MayAct(APerson().Build(), ProblemOperation.View));
    }

    [Fact]
    public void Explain_WorkOperation_SaysWhoMay()
    {
        Assert.Equal("Only agents and on-call engineers can work problems.", ProblemPermissions.Explain(ProblemOperation.Link));
    }

    [Theory]
    [InlineData(ProblemState.RootCauseAnalysis, "Root Cause Analysis", true)]
    [InlineData(ProblemState.KnownError, "Known Error", true)]
    [InlineData(ProblemState.Resolved, "Resolved", false)]
    public void ProblemStates_NamesAndOpenness(ProblemState state, string name, bool open)
    {
        Assert.Equal(name, ProblemStates.DisplayName(state));
        Assert.Equal(open, ProblemStates.IsOpen(state));
    }
}
