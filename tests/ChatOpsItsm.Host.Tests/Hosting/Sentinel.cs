using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// Proves a negative without sleeping: an essential message queued after (or due after) the work under test.
/// Once it has arrived, the workers have been through everything queued before it.
/// </summary>
public static class Sentinel
{
    public const string Text = "sentinel: the queue has been worked through";

    public static async Task SendAsync(IServiceProvider services, UserIdentity person, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(services);
        TimeProvider clock = services.GetRequiredService<TimeProvider>();
        NotificationWork work = new(
            $"sentinel:{Guid.NewGuid():N}", clock.GetUtcNow() + delay, DeliveryTarget.ToPerson(person), Reply.Say(Text), null, Essential: true);
        await services.GetRequiredService<IWorkScheduler>().ScheduleAsync(work, TestContext.Current.CancellationToken);
    }
}
