using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>A fresh bot host per test, configured through settings exactly as a deployment would be.</summary>
/// <remarks>
/// <paramref name="configureServices"/> runs before the host's own registrations, so a test can put its own
/// <c>DialogSet</c> (or other TryAdd-registered service) in first.
/// </remarks>
public sealed class BotFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    public static BotFactory WithStorage(AzuriteProcess azurite, IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? configureServices = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString.ToConnectionString(),
        };
        foreach (KeyValuePair<string, string?> pair in extra ?? new Dictionary<string, string?>())
        {
            settings[pair.Key] = pair.Value;
        }

        return new BotFactory(settings, configureServices);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (KeyValuePair<string, string?> pair in settings)
        {
            builder.UseSetting(pair.Key, pair.Value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }
}
