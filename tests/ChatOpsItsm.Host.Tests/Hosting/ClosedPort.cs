using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChatOpsItsm.Host.Tests.Hosting;

/// <summary>A loopback port nothing listens on, and a storage connection string that points at it.</summary>
public static class ClosedPort
{
    /// <summary>The emulator's well-known key, published in Microsoft's Azurite documentation: not a secret, but it must never be logged.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static int Find()
    {
        // Bind port 0 to have the OS choose a free port, then close it: nothing listens there afterwards.
        TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Both the table and the queue endpoint on the closed port.</summary>
    public static string ConnectionString(int? port = null)
    {
        string endpoint = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port ?? Find()}/devstoreaccount1");
        return $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint={endpoint};QueueEndpoint={endpoint};";
    }
}
