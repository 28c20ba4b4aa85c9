using ChatOpsItsm.Host.Startup;

namespace ChatOpsItsm.Host.Tests.Startup;

public sealed class StorageEndpointTests
{
    [Theory]
    [InlineData("UseDevelopmentStorage=true", "http://127.0.0.1:10002/devstoreaccount1")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=itsmprod;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net", "https://itsmprod.table.core.windows.net")]
    [InlineData("AccountName=itsmprod;AccountKey=c2VjcmV0", "https://itsmprod.table.core.windows.net")]
    [InlineData("TableEndpoint=https://itsm.table.example.net/?sv=2024&sig=c2VjcmV0;SharedAccessSignature=sv=2024&sig=c2VjcmV0", "https://itsm.table.example.net")]
    [InlineData("AccountKey=c2VjcmV0;TableEndpoint=http://127.0.0.1:5555/devstoreaccount1", "http://127.0.0.1:5555/devstoreaccount1")]
    public void Describe_ConnectionString_GivesTheTableEndpointOnly(string connectionString, string expected)
    {
        string endpoint = StorageEndpoint.Describe(connectionString);

        Assert.Equal(expected, endpoint);
        Assert.DoesNotContain("c2VjcmV0", endpoint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AccountKey=c2VjcmV0")]
    [InlineData("TableEndpoint=ftp://c2VjcmV0@example.net")]
    public void Describe_NoUsableEndpoint_SaysSoWithoutEchoingTheString(string connectionString)
    {
        string endpoint = StorageEndpoint.Describe(connectionString);

        Assert.StartsWith("(", endpoint, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", endpoint, StringComparison.Ordinal);
    }
}
