using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Startup;

/// <summary>
/// Runs every <c>ValidateOnStart</c> check before anything else, so a bad setting stops the process with one
/// critical line naming it (exit code 1) instead of an unhandled exception's stack trace.
/// </summary>
/// <remarks>Validation messages name settings and rules, never values of secrets (keys, connection strings).</remarks>
internal sealed class StartupConfigurationCheck(IServiceProvider services, ILogger<StartupConfigurationCheck> logger)
{
    public bool ConfigurationIsValid()
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (OptionsValidationException exception)
        {
            logger.ConfigurationInvalid(exception.Message);
            return false;
        }
        catch (InvalidOperationException exception)
        {
            // The configuration binder's own failure: a value that cannot become the setting's type.
            logger.ConfigurationInvalid(exception.Message);
            return false;
        }
    }
}
