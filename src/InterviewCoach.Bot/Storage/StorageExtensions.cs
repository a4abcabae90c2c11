using Azure.Core;
using Azure.Identity;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Storage;

/// <summary>Registers Table Storage: options, the client (embedded Azurite, connection string or Azure AD), tables, stores and health.</summary>
public static class StorageExtensions
{
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        // First hosted service, so Azurite (when storage is not configured) listens before anything else starts.
        services.AddSingleton<EmbeddedAzurite>();
        services.AddHostedService(sp => sp.GetRequiredService<EmbeddedAzurite>());

        services.TryAddSingleton<TableRequestMeter>();
        services.AddSingleton(sp => CreateServiceClient(sp, sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<CoachTables>();
        services.AddSingleton<IDialogStateStore, TableDialogStateStore>();
        services.AddSingleton<IUserRecordStore, TableUserRecordStore>();
        services.AddHostedService<StorageInitializer>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("storage");
        return builder;
    }

    private static TableServiceClient CreateServiceClient(IServiceProvider services, StorageOptions options)
    {
        var clientOptions = new TableClientOptions
        {
            TimeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System,
        };
        clientOptions.AddPolicy(services.GetRequiredService<TableRequestMeter>(), HttpPipelinePosition.PerRetry);
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        if (options.UsesEmbeddedAzurite)
        {
            return new TableServiceClient(services.GetRequiredService<EmbeddedAzurite>().ConnectionString, clientOptions);
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(TableConnectionString.Parse(options.ConnectionString), clientOptions);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(new Uri(options.TableServiceUri!), credential, clientOptions);
    }
}
