using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>Checks the <c>Storage</c> section's data annotations at start-up, without reflection.</summary>
[OptionsValidator]
internal sealed partial class TableStorageOptionsValidator : IValidateOptions<TableStorageOptions>
{
}
