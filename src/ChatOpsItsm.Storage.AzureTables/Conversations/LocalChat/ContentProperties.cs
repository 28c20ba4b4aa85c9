using Azure.Data.Tables;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

/// <summary>
/// A message's JSON content, split over string properties <c>Content</c>, <c>Content1</c>, … of at most
/// 32,000 characters each (<see cref="ChunkedStringProperty"/>): a long post-incident review is longer than one property.
/// </summary>
internal static class ContentProperties
{
    public const int ChunkLength = ChunkedStringProperty.ChunkLength;

    /// <summary>Twelve chunks, about 768 KB in UTF-16: room for the other properties within the 1 MiB entity limit.</summary>
    public const int MaxChunks = 12;

    private const string Name = "Content";

    /// <exception cref="ArgumentException">The content is longer than <see cref="MaxChunks"/> chunks.</exception>
    public static void Write(TableEntity entity, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > ChunkLength * MaxChunks)
        {
            throw new ArgumentException($"A local chat message holds at most {ChunkLength * MaxChunks} characters of content.", nameof(json));
        }

        ChunkedStringProperty.Write(entity, Name, json, MaxChunks);
    }

    public static string Read(TableEntity entity) =>
        ChunkedStringProperty.Read(entity, Name, MaxChunks) ?? throw new InvalidDataException($"Row '{entity?.RowKey}' has no content.");
}
