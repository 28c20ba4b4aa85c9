using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>
/// Keeps an embed within Discord's 6000-character total (brief §5): the description is cut first, to whatever room
/// the title, fields and footer leave (4096 at most); only when that is not enough are field values shortened, then
/// the last fields dropped.
/// </summary>
internal static class EmbedBudget
{
    private static readonly int[] FieldValueCaps = [512, 256, 128, 64, 32, 16, 8];

    /// <summary>The characters of an embed that count toward the 6000 total.</summary>
    public static int LengthOf(JsonEmbed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0)
            + (embed.Description?.Length ?? 0)
            + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0)
            + (embed.Footer?.Text.Length ?? 0);
    }

    /// <summary>Sets the description from <paramref name="body"/>, cut to fit, shortening the fields if they alone are too long.</summary>
    public static void Fit(JsonEmbed embed, string? body, string? link)
    {
        ArgumentNullException.ThrowIfNull(embed);
        embed.Description = null;
        ShrinkFields(embed);
        if (string.IsNullOrWhiteSpace(body))
        {
            return;
        }

        int room = Math.Min(DiscordLimits.EmbedDescriptionLength, DiscordLimits.EmbedTotalLength - LengthOf(embed));
        if (room > 0)
        {
            embed.Description = Truncation.ShortenAtBoundary(body, room, link);
        }
    }

    private static void ShrinkFields(JsonEmbed embed)
    {
        if (embed.Fields is not { } fields)
        {
            return;
        }

        foreach (int cap in FieldValueCaps)
        {
            if (LengthOf(embed) <= DiscordLimits.EmbedTotalLength)
            {
                return;
            }

            fields.ForEach(f => f.Value = Truncation.Shorten(f.Value, cap));
        }

        while (LengthOf(embed) > DiscordLimits.EmbedTotalLength && fields.Count > 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }
    }
}
