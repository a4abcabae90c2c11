using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>A fresh bot host per test, configured through settings exactly as a deployment would be.</summary>
public sealed class BotFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    public static BotFactory WithStorage(AzuriteProcess azurite, IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? testServices = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
        };
        foreach (KeyValuePair<string, string?> pair in extra ?? new Dictionary<string, string?>())
        {
            settings[pair.Key] = pair.Value;
        }

        return new BotFactory(settings, testServices);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (KeyValuePair<string, string?> pair in settings)
        {
            builder.UseSetting(pair.Key, pair.Value);
        }

        if (testServices is not null)
        {
            // Runs after the host's own registrations, so a test can replace a service (a clock, a dialog set).
            builder.ConfigureTestServices(testServices);
        }
    }
}
