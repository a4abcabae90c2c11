using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>A fresh bot host per test, configured through settings exactly as a deployment would be.</summary>
public sealed class BotFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static BotFactory WithStorage(AzuriteProcess azurite, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString.ToConnectionString(),
        };
        foreach (KeyValuePair<string, string?> pair in extra ?? new Dictionary<string, string?>())
        {
            settings[pair.Key] = pair.Value;
        }

        return new BotFactory(settings);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (KeyValuePair<string, string?> pair in settings)
        {
            builder.UseSetting(pair.Key, pair.Value);
        }
    }
}
