using System.Text.Json;
using ChatOpsItsm.Adapters.Teams.Authentication;
using ChatOpsItsm.Adapters.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// The Bot Connector's <c>POST /api/messages</c>, protocol only: the Host passes the <c>Authorization</c> header and the
/// raw body and writes back the <see cref="TeamsHttpResult"/>. Order (brief §2): size, then the token (before the body is
/// read), then the body, then the checks that need it (endorsement, service URL, tenant); any authentication failure is
/// 401 with nothing processed or stored. Then one handler per activity kind; unknown kinds are acknowledged with 200.
/// </summary>
public sealed class TeamsActivityProcessor
{
    /// <summary>Largest body accepted: Teams activities stay under about 100 KB (brief §5.6). The Host may stop reading here.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private readonly BotFrameworkTokenValidator _validator;
    private readonly MessageActivityHandler _messages;
    private readonly InvokeActivityHandler _invokes;
    private readonly InstallationActivityHandler _installations;
    private readonly ILogger<TeamsActivityProcessor> _logger;

    internal TeamsActivityProcessor(
        BotFrameworkTokenValidator validator,
        MessageActivityHandler messages,
        InvokeActivityHandler invokes,
        InstallationActivityHandler installations,
        ILogger<TeamsActivityProcessor> logger)
    {
        _validator = validator;
        _messages = messages;
        _invokes = invokes;
        _installations = installations;
        _logger = logger;
    }

    public async Task<TeamsHttpResult> ProcessAsync(string? authorization, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (body.Length > MaxBodyBytes)
        {
            _logger.BodyTooLarge(body.Length, MaxBodyBytes);
            return TeamsHttpResult.PayloadTooLarge;
        }

        TokenCheck check = await _validator.ValidateTokenAsync(authorization, cancellationToken);
        if (check.Token is not { } token)
        {
            _logger.RequestRefused(check.Failure.ToString()!);
            return TeamsHttpResult.Unauthorized;
        }

        if (Parse(body) is not { Type.Length: > 0 } activity)
        {
            _logger.MalformedActivity(body.Length);
            return TeamsHttpResult.BadRequest;
        }

        if (_validator.CheckActivity(token, activity) is { } failure)
        {
            _logger.RequestRefused(failure.ToString());
            return TeamsHttpResult.Unauthorized;
        }

        return activity.Type switch
        {
            "message" => await _messages.HandleAsync(activity, cancellationToken),
            "invoke" => await _invokes.HandleAsync(activity, cancellationToken),
            InstallationActivityHandler.ConversationUpdate or InstallationActivityHandler.InstallationUpdate =>
                await _installations.HandleAsync(activity, cancellationToken),
            _ => Ignored(activity),
        };
    }

    private static JsonActivity? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body.Span, TeamsJsonContext.Default.JsonActivity);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private TeamsHttpResult Ignored(JsonActivity activity)
    {
        _logger.ActivityIgnored(activity.Type!, activity.Id);
        return TeamsHttpResult.Ok;
    }
}
