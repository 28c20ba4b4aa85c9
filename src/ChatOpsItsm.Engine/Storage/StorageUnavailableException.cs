namespace ChatOpsItsm.Engine.Storage;

/// <summary>Storage could not be reached or kept failing after its retries: an outage, not a bug in the request.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
