using System.Buffers.Binary;

namespace ChatOpsItsm.Adapters.Teams.Manifest;

/// <summary>The width and height of a PNG, read from its IHDR chunk (the first after the 8-byte signature).</summary>
internal readonly record struct PngSize(int Width, int Height)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool TryRead(ReadOnlySpan<byte> file, out PngSize size)
    {
        size = default;
        if (file.Length < 24 || !file[..8].SequenceEqual(Signature) || !file[12..16].SequenceEqual("IHDR"u8))
        {
            return false;
        }

        size = new PngSize(BinaryPrimitives.ReadInt32BigEndian(file[16..20]), BinaryPrimitives.ReadInt32BigEndian(file[20..24]));
        return true;
    }

    public override string ToString() => $"{Width}×{Height}";
}
