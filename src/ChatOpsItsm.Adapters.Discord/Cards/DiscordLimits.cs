namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>Discord's message limits (brief §4 and §5). Discord counts characters; UTF-16 units, counted here, are never fewer.</summary>
internal static class DiscordLimits
{
    public const int ContentLength = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitleLength = 256;
    public const int EmbedDescriptionLength = 4096;
    public const int EmbedFields = 25;
    public const int FieldNameLength = 256;
    public const int FieldValueLength = 1024;
    public const int FooterTextLength = 2048;

    /// <summary>Title, description, field names and values and footer text, summed over every embed of a message.</summary>
    public const int EmbedTotalLength = 6000;

    public const int RowsPerMessage = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabelLength = 80;
}
