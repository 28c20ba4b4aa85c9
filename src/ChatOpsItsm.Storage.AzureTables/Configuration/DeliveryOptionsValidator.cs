using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>Checks the <c>Delivery</c> section's data annotations at start-up, without reflection.</summary>
[OptionsValidator]
internal sealed partial class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
}
