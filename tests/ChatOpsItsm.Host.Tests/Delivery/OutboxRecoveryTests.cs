using Azure.Storage.Queues;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.Delivery;

/// <summary>
/// SPEC §6: nothing a command promised to send is lost when the process dies between the ticket write and the
/// queue put. The first instance runs no workers and its queue messages are deleted, as if it died before
/// sending them; a second instance's sweeper finds the outbox entries and delivers them, once.
/// </summary>
public sealed class OutboxRecoveryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CrashBetweenTicketWriteAndEnqueue_AnotherInstance_DeliversTheDirectMessageOnce()
    {
        string tables = azurite.UniqueName("h");
        string queue = azurite.UniqueName("q");
        await using (ItsmHostFactory crashed = new(azurite, tables, DeliverySettings.Fast(queue, workersEnabled: false)))
        {
            LocalChatClient chat = new(crashed.CreateClient());
            await chat.SayAsync("alice", "incident report Printer jam on floor 3 service:email urgency:low");
            await chat.SayAsync("bob", "incident assign INC-1001 me");
        }

        await new QueueClient(azurite.ConnectionString, queue).ClearMessagesAsync(TestContext.Current.CancellationToken);
        await using ItsmHostFactory survivor = new(azurite, tables, DeliverySettings.Fast(queue));
        LocalConversationClient conversations = new(survivor.CreateClient());

        await conversations.WaitForTextAsync("dm:alice", "is now **In Progress**");
        await Sentinel.SendAsync(survivor.Services, new UserIdentity("local", "alice"), TimeSpan.FromSeconds(2));
        IReadOnlyList<string> direct = await conversations.WaitForTextAsync("dm:alice", Sentinel.Text);
        Assert.Equal(1, LocalConversationClient.CountContaining(direct, "is now **In Progress**"));
        Assert.Equal(2, direct.Count);
    }
}
