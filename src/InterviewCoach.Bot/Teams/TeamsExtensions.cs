using InterviewCoach.Bot.Conversations.Proactive;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Teams;

/// <summary>Registers the Bot Framework / Teams channel and maps <c>POST /api/messages</c>.</summary>
internal static class TeamsExtensions
{
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;

        // Bot Framework keeps these keys at the configuration root (MicrosoftAppId, ...), so bind the root.
        services.AddOptions<BotFrameworkOptions>().Configure<IConfiguration>((options, configuration) => configuration.Bind(options)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(BotAuthenticator.MetadataHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<BotAuthenticator>();
        services.AddHttpClient(TokenResilience.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(TokenResilience.HttpClientName, TokenResilience.Configure);
        services.TryAddSingleton<IConnectorTokenProvider>(sp =>
        {
            BotFrameworkOptions options = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            if (options.IsLocalMode)
            {
                return new AnonymousTokenProvider();
            }

            return string.Equals(options.MicrosoftAppType, BotFrameworkOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase)
                ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(sp)
                : ActivatorUtilities.CreateInstance<MsalTokenProvider>(sp);
        });

        // The resilience pipeline times each attempt, so the client's own timeout (which would span the retries) is off.
        // No HttpClient logging handlers: they only log at Information and below (appsettings keeps this category at
        // Warning) yet open a scope and time every post; ConnectorClient logs failures and makes its own spans.
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure);
        services.AddSingleton<TeamsOutbox>();
        services.AddSingleton<PendingFileUploads>();

        // Uploads go to the OneDrive session URL Teams hands over (checked against Microsoft's hosts first); no token.
        services.AddHttpClient(TeamsAdapter.FileUploadHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddTransient<TeamsAdapter>();
        services.AddTransient<TeamsProactiveSender>();
        services.AddTransient<IChannelProactiveSender>(sp => sp.GetRequiredService<TeamsProactiveSender>());
        return builder;
    }

    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", (HttpRequest request, TeamsAdapter adapter) => adapter.ProcessAsync(request))
            .WithName("BotFrameworkMessages")
            .DisableAntiforgery();
        return endpoints;
    }
}
