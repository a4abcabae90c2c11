using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Storage;

/// <summary>Registers Table Storage: options, the client (embedded Azurite, connection string or Azure AD), tables, stores and health.</summary>
internal static class StorageExtensions
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
        services.AddSingleton<StorageReadiness>();
        services.AddSingleton<IDialogStateStore, TableDialogStateStore>();
        services.AddSingleton<IUserRecordStore, TableUserRecordStore>();
        services.AddHostedService<StorageInitializer>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("storage");
        return builder;
    }

    /// <summary>
    /// The client's pipeline: a first turn's guess held to (<see cref="FirstTurnGuessPolicy"/>), three retries with
    /// backoff, outages as <see cref="Azure.RequestFailedException"/>, every attempt metered.
    /// </summary>
    internal static TableClientOptions CreateClientOptions(TableRequestMeter meter)
    {
        var clientOptions = new TableClientOptions();

        // The guess first, so a request it stops is never sent, retried or counted. Then, per call, the outage mapping,
        // which sees what the retries leave; the meter per retry, so every attempt is counted.
        clientOptions.AddPolicy(FirstTurnGuessPolicy.Instance, HttpPipelinePosition.PerCall);
        clientOptions.AddPolicy(StorageUnreachablePolicy.Instance, HttpPipelinePosition.PerCall);
        clientOptions.AddPolicy(meter, HttpPipelinePosition.PerRetry);
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        // TableRequestMeter makes the table spans and counts, and nothing collects the SDK's own Azure.* sources or
        // its request log, so its tracing scopes and logging policy would be work on every request for no reader.
        clientOptions.Diagnostics.IsDistributedTracingEnabled = false;
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        return clientOptions;
    }

    private static TableServiceClient CreateServiceClient(IServiceProvider services, StorageOptions options)
    {
        TableClientOptions clientOptions = CreateClientOptions(services.GetRequiredService<TableRequestMeter>());

        if (options.UsesEmbeddedAzurite)
        {
            return new TableServiceClient(services.GetRequiredService<EmbeddedAzurite>().ConnectionString, clientOptions);
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(new Uri(options.TableServiceUri!), credential, clientOptions);
    }
}
