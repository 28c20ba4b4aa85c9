using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// Keys of the deliveries table (docs/storage.md): failed work in partition <c>failed</c>, the ledger of work
/// carried out in 256 partitions <c>done-00</c> … <c>done-ff</c> picked by a hash of the work id; the row key is the
/// escaped work id in both.
/// </summary>
internal static class DeliveryKeys
{
    public const string FailedPartition = "failed";

    private const string DonePrefix = "done-";

    public static string Row(string workId) => KeyEscaper.KeyPart(workId);

    /// <summary>
    /// The ledger partition of a work id: the first byte of the SHA-256 of its UTF-16 units, in hex. Spreading the
    /// ledger over many partitions keeps every worker of every instance off one hot partition.
    /// </summary>
    public static string DonePartition(string workId)
    {
        ArgumentNullException.ThrowIfNull(workId);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(workId.AsSpan()), hash);
        return DonePrefix + Convert.ToHexStringLower(hash[..1]);
    }
}
