namespace ChatOpsItsm.Adapters.Discord.Protocol;

/// <summary>Interaction types (brief §2).</summary>
internal static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}

/// <summary>Interaction callback types (brief §3).</summary>
internal static class ResponseTypes
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;
}

/// <summary>Component types (brief §4).</summary>
internal static class ComponentTypes
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int StringSelect = 3;
    public const int TextInput = 4;
    public const int TextDisplay = 10;
    public const int Label = 18;
}

/// <summary>Button styles (brief §4). Link and premium buttons are never sent.</summary>
internal static class ButtonStyles
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;
}

/// <summary>Text input styles.</summary>
internal static class TextInputStyles
{
    public const int Short = 1;
    public const int Paragraph = 2;
}

/// <summary>Application command option types (brief §6).</summary>
internal static class OptionTypes
{
    public const int SubCommand = 1;
    public const int SubCommandGroup = 2;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
    public const int User = 6;
    public const int Channel = 7;
    public const int Role = 8;
    public const int Mentionable = 9;
    public const int Number = 10;
}

/// <summary>Application command types.</summary>
internal static class CommandTypes
{
    public const int ChatInput = 1;
    public const int User = 2;
    public const int Message = 3;
}

/// <summary>Message flags the bot sets.</summary>
internal static class MessageFlags
{
    public const int Ephemeral = 1 << 6;
}

/// <summary>Channel types the adapter tells apart.</summary>
internal static class ChannelTypes
{
    public const int GuildText = 0;
    public const int DirectMessage = 1;
    public const int PublicThread = 11;
    public const int PrivateThread = 12;
}

/// <summary>JSON error codes the adapter acts on (brief §7).</summary>
internal static class ErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownWebhook = 10015;
    public const int UnknownInteraction = 10062;
    public const int AlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int CannotDirectMessage = 50007;
    public const int MissingPermissions = 50013;
    public const int InvalidWebhookToken = 50027;
    public const int InvalidFormBody = 50035;
    public const int ThreadAlreadyExists = 160004;
}
