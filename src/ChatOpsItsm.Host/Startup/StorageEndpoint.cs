namespace ChatOpsItsm.Host.Startup;

/// <summary>
/// The Table service address a connection string points at, for messages: only the scheme, host, port and
/// path, never the account key or a SAS token.
/// </summary>
internal static class StorageEndpoint
{
    private const string DevelopmentTables = "http://127.0.0.1:10002/devstoreaccount1";

    public static string Describe(string? connectionString)
    {
        Dictionary<string, string> settings = new(StringComparer.OrdinalIgnoreCase);
        foreach (string pair in (connectionString ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            settings[parts[0]] = parts.Length == 2 ? parts[1] : "";
        }

        if (settings.TryGetValue("TableEndpoint", out string? endpoint))
        {
            return WithoutQuery(endpoint);
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out string? development)
            && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return DevelopmentTables;
        }

        if (settings.TryGetValue("AccountName", out string? account) && account.Length > 0)
        {
            string protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            string suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            return WithoutQuery($"{protocol}://{account}.table.{suffix}");
        }

        return "(no table endpoint in Storage:ConnectionString)";
    }

    private static string WithoutQuery(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : "(an endpoint that is not an http or https address)";
}
