using System.Globalization;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>What a requester types to draft and submit a normal change on erp, planned a week from now for an hour.</summary>
public static class ChangeScript
{
    public const string Id = "CHG-1001";

    /// <summary><c>change new "…" type:normal service:erp start:… end:… rollback:"restore snapshot" plan:"apply patch"</c>.</summary>
    public static string Draft(string title = "Patch DB")
    {
        DateTimeOffset start = TimeProvider.System.GetUtcNow().AddDays(7);
        return $"change new \"{title}\" type:normal service:erp start:{Stamp(start)} end:{Stamp(start.AddHours(1))} "
            + "rollback:\"restore snapshot\" plan:\"apply patch\"";
    }

    public static string Submit(string id = Id) => $"change submit {id}";

    private static string Stamp(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
