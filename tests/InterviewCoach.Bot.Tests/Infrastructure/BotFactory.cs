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

    /// <summary>Starts a host that should refuse to start and returns the exception that stopped it.</summary>
    /// <remarks>
    /// When start-up fails, WebApplicationFactory races the app's own thread: the app can dispose its host before the
    /// factory asks that host for its lifetime, and the factory then throws <see cref="ObjectDisposedException"/> with the
    /// cause lost. The loss is the harness's, not the product's, so the start is tried again with a fresh factory.
    /// </remarks>
    public static TException StartUpFailure<TException>(Func<BotFactory> create)
        where TException : Exception
    {
        const int Attempts = 20;
        for (int attempt = 1; ; attempt++)
        {
            using BotFactory factory = create();
            try
            {
                factory.CreateClient().Dispose();
            }
            catch (ObjectDisposedException) when (attempt < Attempts)
            {
                continue;
            }
            catch (TException failure)
            {
                return failure;
            }

            throw new Xunit.Sdk.XunitException("The host started although its settings should have stopped it.");
        }
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
