using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Teams;

/// <summary>Refuses start-up with a message naming the key when the bot identity is incomplete or local mode is used outside Development.</summary>
internal sealed class BotFrameworkOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (options.IsLocalMode)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("MicrosoftAppId is empty: local mode (no inbound authentication) is allowed only in the Development environment.");
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            return ValidateOptionsResult.Fail("MicrosoftAppId must be the bot's Entra application (client) id, a GUID.");
        }

        var failures = new List<string>();
        switch (options.MicrosoftAppType)
        {
            case var t when string.Equals(t, BotFrameworkOptions.MultiTenant, StringComparison.OrdinalIgnoreCase):
                RequirePassword(options, failures);
                break;
            case var t when string.Equals(t, BotFrameworkOptions.SingleTenant, StringComparison.OrdinalIgnoreCase):
                RequirePassword(options, failures);
                RequireTenant(options, failures);
                break;
            case var t when string.Equals(t, BotFrameworkOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase):
                RequireTenant(options, failures);
                break;
            default:
                failures.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
                break;
        }

        foreach (string? url in new[] { options.ToBotFromChannelOpenIdMetadataUrl, options.ToBotFromEmulatorOpenIdMetadataUrl })
        {
            if (!string.IsNullOrWhiteSpace(url) && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                failures.Add("ToBotFromChannelOpenIdMetadataUrl / ToBotFromEmulatorOpenIdMetadataUrl must be absolute URLs.");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl)
            && (!Uri.TryCreate(options.ToChannelFromBotLoginUrl, UriKind.Absolute, out Uri? login) || login.Scheme != Uri.UriSchemeHttps || login.AbsolutePath.Trim('/').Length == 0))
        {
            failures.Add("ToChannelFromBotLoginUrl must be an absolute https URL that names the tenant, e.g. https://login.microsoftonline.com/botframework.com.");
        }

        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope) && !Uri.TryCreate(options.ToChannelFromBotOAuthScope, UriKind.Absolute, out _))
        {
            failures.Add("ToChannelFromBotOAuthScope must be an absolute URI, e.g. https://api.botframework.com.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePassword(BotFrameworkOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }
    }

    private static void RequireTenant(BotFrameworkOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }
    }
}
