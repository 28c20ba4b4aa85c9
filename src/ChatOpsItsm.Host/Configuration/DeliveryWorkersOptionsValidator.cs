using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Configuration;

[OptionsValidator]
internal sealed partial class DeliveryWorkersOptionsValidator : IValidateOptions<DeliveryWorkersOptions>
{
}
