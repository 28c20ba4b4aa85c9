using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>The <c>Itsm:Major</c> section: status-update cadence by priority, and when a burst of incidents is offered as one major incident.</summary>
public sealed class MajorOptions
{
    /// <summary>Priority (<c>P1</c>…<c>P5</c>) to how often a status update is due; a priority left out uses <see cref="DefaultCadence"/>.</summary>
    public IDictionary<string, TimeSpan> Cadence { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase)
    {
        ["P1"] = TimeSpan.FromMinutes(30),
        ["P2"] = TimeSpan.FromHours(1),
    };

    /// <summary>The cadence of a priority not listed in <see cref="Cadence"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DefaultCadence { get; init; } = TimeSpan.FromHours(2);

    /// <summary>How many incidents on one service within <see cref="BurstWindow"/> make the on-call routes an offer to declare; 0 turns it off.</summary>
    [Range(0, 50)]
    public int BurstCount { get; init; } = 3;

    /// <summary>The window <see cref="BurstCount"/> counts in.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The cadence for <paramref name="priority"/> (<c>P1</c>…).</summary>
    public TimeSpan CadenceFor(string priority) =>
        Cadence.TryGetValue(priority, out TimeSpan cadence) ? cadence : DefaultCadence;
}
