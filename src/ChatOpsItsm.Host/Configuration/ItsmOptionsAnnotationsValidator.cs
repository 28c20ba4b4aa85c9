using ChatOpsItsm.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Configuration;

/// <summary>
/// The data-annotation rules of the <c>Itsm</c> section (dialog timeout range, public URL); the engine's own
/// validator checks identities, roles and SLA targets.
/// </summary>
[OptionsValidator]
internal sealed partial class ItsmOptionsAnnotationsValidator : IValidateOptions<ItsmOptions>
{
}
