using System.Globalization;
using Azure.Data.Tables;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

/// <summary>
/// A message's JSON content, split over string properties <c>Content</c>, <c>Content1</c>, … of at most
/// 32,000 characters each: one property holds 64 KiB (UTF-16), and a long post-incident review is longer.
/// </summary>
internal static class ContentProperties
{
    public const int ChunkLength = 32_000;

    /// <summary>Twelve chunks, about 768 KB in UTF-16: room for the other properties within the 1 MiB entity limit.</summary>
    public const int MaxChunks = 12;

    private const string Name = "Content";

    /// <exception cref="ArgumentException">The content is longer than <see cref="MaxChunks"/> chunks.</exception>
    public static void Write(TableEntity entity, string json)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(json);
        int start = 0;
        for (int index = 0; start < json.Length || index == 0; index++)
        {
            if (index == MaxChunks)
            {
                throw new ArgumentException($"A local chat message holds at most {ChunkLength * MaxChunks} characters of content.", nameof(json));
            }

            int length = Math.Min(ChunkLength, json.Length - start);
            // Never split a surrogate pair: a lone half does not survive the service's UTF-8.
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            entity[PropertyName(index)] = json.Substring(start, length);
            start += length;
        }
    }

    public static string Read(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string first = entity.GetString(Name) ?? throw new InvalidDataException($"Row '{entity.RowKey}' has no content.");
        List<string> chunks = [first];
        for (int index = 1; index < MaxChunks && entity.GetString(PropertyName(index)) is { } chunk; index++)
        {
            chunks.Add(chunk);
        }

        return string.Concat(chunks);
    }

    private static string PropertyName(int index) =>
        index == 0 ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name}{index}");
}
