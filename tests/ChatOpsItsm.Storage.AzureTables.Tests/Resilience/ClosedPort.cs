using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Resilience;

/// <summary>A storage account nobody listens for: a loopback port the OS handed out and that was closed again.</summary>
internal static class ClosedPort
{
    /// <summary>Made up for these tests; they check it never reaches a log.</summary>
    public const string AccountKey = "c2VjcmV0LWtleS10aGF0LW11c3QtbmV2ZXItYmUtbG9nZ2VkLTAxMjM0NTY3ODk=";

    public static string ConnectionString()
    {
        TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");
    }
}
