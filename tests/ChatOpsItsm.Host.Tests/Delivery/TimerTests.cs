using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.Delivery;

/// <summary>
/// SPEC §6: each timer fires once with several instances, still fires after every instance stopped and one
/// started again, and re-reads its ticket so a resolved incident gets no stale notice. SLA targets are seconds
/// long here (Itsm:Sla:P1); on-call posts also go to a recording <c>probe</c> channel that counts every call.
/// </summary>
public sealed class TimerTests(AzuriteFixture azurite)
{
    private const string ReportP1 = "incident report Payroll is down service:email impact:high urgency:high";
    private const string Warning = "response due in";
    private const string Breach = "breached its response target";

    [Fact]
    public async Task SlaTimers_ThreeInstances_EachNoticeIsDeliveredOnce()
    {
        string tables = azurite.UniqueName("h");
        Dictionary<string, string?> settings = WithProbe(DeliverySettings.Fast(azurite.UniqueName("q")).WithShortP1());
        RecordingChannel probe = new("probe");
        await using ItsmHostFactory first = Host(tables, settings, probe);
        await using ItsmHostFactory second = Host(tables, settings, probe);
        await using ItsmHostFactory third = Host(tables, settings, probe);
        second.StartServer();
        third.StartServer();

        await new LocalChatClient(first.CreateClient()).SayAsync("alice", ReportP1);

        await Eventually.UntilAsync(() => Task.FromResult(probe.Count(Breach)), count => count > 0, "the breach notice on the probe route");
        IReadOnlyList<string> oncall = await new LocalConversationClient(first.CreateClient()).WaitForTextAsync("oncall", Breach);
        Assert.Equal(1, probe.Count(Warning));
        Assert.Equal(1, probe.Count(Breach));
        Assert.Equal(1, probe.Count("New **P1** incident"));
        Assert.Equal(1, LocalConversationClient.CountContaining(oncall, Warning));
        Assert.Equal(1, LocalConversationClient.CountContaining(oncall, Breach));
    }

    [Fact]
    public async Task SlaWarning_EveryInstanceStoppedThenOneStarted_StillFiresOnce()
    {
        string tables = azurite.UniqueName("h");
        string queue = azurite.UniqueName("q");
        RecordingChannel probe = new("probe");
        await using (ItsmHostFactory crashed = Host(tables, WithProbe(DeliverySettings.Fast(queue, workersEnabled: false).WithShortP1()), probe))
        {
            await new LocalChatClient(crashed.CreateClient()).SayAsync("alice", ReportP1);
        }

        await using ItsmHostFactory restarted = Host(tables, WithProbe(DeliverySettings.Fast(queue).WithShortP1()), probe);
        restarted.StartServer();

        IReadOnlyList<string> oncall = await new LocalConversationClient(restarted.CreateClient()).WaitForTextAsync("oncall", Breach);
        Assert.Equal(1, LocalConversationClient.CountContaining(oncall, Warning));
        Assert.Equal(1, LocalConversationClient.CountContaining(oncall, "New **P1** incident"));
        Assert.Equal(1, probe.Count(Warning));
    }

    [Fact]
    public async Task SlaTimers_IncidentResolvedBeforeTheyAreDue_StayQuiet()
    {
        Dictionary<string, string?> settings = WithProbe(DeliverySettings.Fast(azurite.UniqueName("q")).WithShortP1("00:00:04", "00:00:06"));
        RecordingChannel probe = new("probe");
        await using ItsmHostFactory host = Host(azurite.UniqueName("h"), settings, probe);
        LocalChatClient chat = new(host.CreateClient());
        await chat.SayAsync("alice", ReportP1);
        await chat.SayAsync("bob", "incident assign INC-1001 me");
        await chat.SayAsync("bob", "incident resolve INC-1001 failed over to the standby");

        // Due after every SLA timer of the incident (the resolution breach is at 6 s): once it has arrived, they have fired.
        await Sentinel.SendAsync(host.Services, new UserIdentity("local", "bob"), TimeSpan.FromSeconds(7));

        LocalConversationClient conversations = new(host.CreateClient());
        IReadOnlyList<string> bob = await conversations.WaitForTextAsync("dm:bob", Sentinel.Text);
        IReadOnlyList<string> oncall = await conversations.TextsAsync("oncall");
        Assert.DoesNotContain(bob.Concat(oncall).Concat(probe.Texts), text => text.Contains("due in", StringComparison.Ordinal));
        Assert.DoesNotContain(bob.Concat(oncall).Concat(probe.Texts), text => text.Contains("breached", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> WithProbe(Dictionary<string, string?> settings)
    {
        settings["Itsm:Routes:OnCall:1"] = "probe:oncall";
        return settings;
    }

    private ItsmHostFactory Host(string tables, Dictionary<string, string?> settings, RecordingChannel probe) =>
        new(azurite, tables, settings) { ReplaceServices = services => services.AddSingleton<IOutboundChannel>(probe) };
}
