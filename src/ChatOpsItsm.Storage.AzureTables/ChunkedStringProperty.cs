using System.Globalization;
using Azure.Data.Tables;

namespace ChatOpsItsm.Storage.AzureTables;

/// <summary>
/// A long text split over string properties <c>Name</c>, <c>Name1</c>, … of at most 32,000 characters each: one
/// property holds 64 KiB (UTF-16). Used for JSON that can outgrow one property (a local chat message, a change's votes).
/// </summary>
internal static class ChunkedStringProperty
{
    public const int ChunkLength = 32_000;

    /// <exception cref="ArgumentException">The text is longer than <paramref name="maxChunks"/> chunks.</exception>
    public static void Write(TableEntity entity, string name, string text, int maxChunks)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        for (int index = 0; start < text.Length || index == 0; index++)
        {
            if (index == maxChunks)
            {
                throw new ArgumentException($"'{name}' holds at most {ChunkLength * maxChunks} characters.", nameof(text));
            }

            int length = Math.Min(ChunkLength, text.Length - start);
            // Never split a surrogate pair: a lone half does not survive the service's UTF-8.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            entity[PropertyName(name, index)] = text.Substring(start, length);
            start += length;
        }
    }

    /// <summary>The text, or null when the entity has no <paramref name="name"/> property.</summary>
    public static string? Read(TableEntity entity, string name, int maxChunks)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.GetString(name) is not { } first)
        {
            return null;
        }

        List<string> chunks = [first];
        for (int index = 1; index < maxChunks && entity.GetString(PropertyName(name, index)) is { } chunk; index++)
        {
            chunks.Add(chunk);
        }

        return string.Concat(chunks);
    }

    private static string PropertyName(string name, int index) =>
        index == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}{index}");
}
