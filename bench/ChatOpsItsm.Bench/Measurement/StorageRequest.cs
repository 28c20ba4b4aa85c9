using System.Globalization;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// One HTTP request the process sent to storage: method, path and query, for a <c>$batch</c> the tables and
/// methods inside it, whether it was sent while the host handled a chat request (<see cref="InRequest"/>) or by a
/// background worker, and when it started relative to the pass it was recorded in.
/// </summary>
internal sealed record StorageRequest(string Method, string Target, string? Batch, bool InRequest, double StartMs, double DurationMs)
{
    /// <summary>What the request was for (<see cref="StorageAreas"/>), read from its table or queue.</summary>
    public string Area => StorageAreas.Of(this);

    /// <summary><c>POST /devstoreaccount1/$batch → BenchxTickets [POST×3 PUT×5]</c>, or the method and target alone.</summary>
    public override string ToString() => Batch is null ? $"{Method} {Target}" : $"{Method} {Target} → {Batch}";

    /// <summary>The request with its area and context in front, for the printed logs.</summary>
    public string Describe(bool withTime) =>
        (withTime ? string.Create(CultureInfo.InvariantCulture, $"{StartMs,8:+0.0} ms  ") : "")
        + $"{Context,-7}  {Area,-23}  {this}";

    /// <summary>Who sent it: the host handling a chat request, a background worker, or the bench's own client.</summary>
    private string Context => Area == StorageAreas.BenchFloor ? "bench" : InRequest ? "request" : "worker";
}
