using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;

/// <summary>Checks the <c>Inbound</c> section's data annotations at start-up, without reflection.</summary>
[OptionsValidator]
internal sealed partial class InboundOptionsValidator : IValidateOptions<InboundOptions>
{
}
