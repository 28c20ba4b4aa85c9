using ChatOpsItsm.Adapters.Discord.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Configuration;

/// <summary>
/// The data-annotation rules of the <c>Discord</c> section (the defer and timestamp ranges, the API URL); the adapter's
/// own validator checks the application id, public key, bot token and guild ids when Discord is enabled.
/// </summary>
[OptionsValidator]
internal sealed partial class DiscordOptionsAnnotationsValidator : IValidateOptions<DiscordOptions>
{
}
