using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Host.Configuration;

/// <summary>
/// The host's part of the <c>Delivery</c> section: whether this instance runs the background workers, and how often
/// the periodic ones run. (The queue itself, attempts and poll interval are the storage's <c>DeliveryOptions</c>.)
/// </summary>
public sealed class DeliveryWorkersOptions
{
    public const string SectionName = "Delivery";

    /// <summary>
    /// Whether this instance delivers queued work, sweeps the outbox and purges the inbound ledger. Every instance
    /// normally does (the queue spreads the work); tests turn it off to play an instance that died.
    /// </summary>
    /// <value>True.</value>
    public bool WorkersEnabled { get; set; } = true;

    /// <summary>How often the outbox is swept for work written but never queued.</summary>
    /// <value>30 seconds; from 100 ms to 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often expired inbound event ids are purged.</summary>
    /// <value>1 hour; from 1 second to 1 day.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
