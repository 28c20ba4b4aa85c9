namespace ChatOpsItsm.Host.Http;

/// <summary>
/// Reads a request body of at most a given size. It checks what arrives, not only the Content-Length header,
/// so a chunked body cannot slip past the limit.
/// </summary>
internal static class BoundedBody
{
    private const int ChunkSize = 8 * 1024;

    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using MemoryStream buffer = new();
        byte[] chunk = new byte[ChunkSize];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit, should it be lower than ours.
            return null;
        }

        return buffer.ToArray();
    }
}
