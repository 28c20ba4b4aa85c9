namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>
/// Settings for tests that watch proactive delivery: a queue of their own, workers that poll often, a sweeper
/// that picks up an orphaned outbox entry within a second or two, on-call posts to <c>local:oncall</c>.
/// </summary>
public static class DeliverySettings
{
    public static Dictionary<string, string?> Fast(string queueName, bool workersEnabled = true) => new()
    {
        ["Delivery:QueueName"] = queueName,
        ["Delivery:WorkersEnabled"] = workersEnabled ? "true" : "false",
        ["Delivery:PollInterval"] = "00:00:00.100",
        ["Delivery:VisibilityTimeout"] = "00:00:02",
        ["Delivery:SweepAfter"] = "00:00:01",
        ["Delivery:SweepInterval"] = "00:00:00.500",
        ["Itsm:Routes:OnCall:0"] = "local:oncall",
    };

    /// <summary>
    /// P1 targets short enough to watch; by default the response warning (75 %) is due 9 s after the report and the
    /// breach at 12 s (3 s apart, slack for a slow machine), and the resolution target is too far off to matter.
    /// </summary>
    /// <remarks>
    /// Not shorter: queue delays count in whole seconds (rounded up) and the engine treats a warning whose breach is
    /// less than a second away as superseded by the breach notice, so a 4 s target would never show its warning.
    /// </remarks>
    public static Dictionary<string, string?> WithShortP1(
        this Dictionary<string, string?> settings, string response = "00:00:12", string resolution = "01:00:00")
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Itsm:Sla:P1:Response"] = response;
        settings["Itsm:Sla:P1:Resolution"] = resolution;
        return settings;
    }
}
