using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;

/// <summary>The <c>Inbound</c> section: how long the ids of handled inbound events are remembered.</summary>
public sealed class InboundOptions
{
    public const string SectionName = "Inbound";

    /// <summary>
    /// How long after an event was first seen a redelivery of it is still recognised and ignored. Longer windows
    /// cost one more point read per inbound event for each extra UTC day they reach back.
    /// </summary>
    /// <value>Defaults to 24 hours; from 1 minute to 7 days.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);
}
