using InterviewCoach.Bot.Conversations.Proactive;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>Registers the Slack channel (options, Web API client, queue and worker) and maps its three request URLs.</summary>
internal static class SlackExtensions
{
    public static WebApplicationBuilder AddSlack(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The API families are singletons that keep their typed client, so the handler never rotates: pooled
        // connections are recycled every few minutes instead, which is what picks up DNS changes. The resilience
        // pipeline times each attempt, so the client's own timeout (which would span the rate-limit waits) is off.
        services.AddHttpClient<SlackApiClient>((sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(SlackResilience.PipelineName, SlackResilience.Configure);
        services.AddSingleton<SlackChannelPacer>();
        services.AddSingleton<IChatApi, ChatApi>();
        services.AddSingleton<IConversationsApi, ConversationsApi>();
        services.AddSingleton<IUsersApi, UsersApi>();
        services.AddSingleton<IViewsApi, ViewsApi>();
        services.AddSingleton<IFilesApi, FilesApi>();
        services.AddSingleton<IAuthApi, AuthApi>();

        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton<SlackUserDirectory>();
        services.AddSingleton<SlackEventDeduplicator>();
        services.AddSingleton<SlackPendingForms>();
        services.AddSingleton<SlackHomePublisher>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<SlackTurnProcessor>();
        services.AddSingleton<SlackCommandsEndpoint>();
        services.AddSingleton<SlackEventsEndpoint>();
        services.AddSingleton<SlackInteractionsEndpoint>();
        services.AddSingleton<SlackSignatureFilter>();
        services.AddSingleton<SlackWorkspaces>();
        services.AddSingleton<SlackWorkspaceRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWorkspaceRetentionService>());
        services.AddHostedService<SlackWorkerService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelProactiveSender, SlackProactiveSender>());
        return builder;
    }

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        RouteGroupBuilder slack = app.MapGroup("/api/slack");
        slack.AddEndpointFilter<SlackSignatureFilter>();
        slack.MapPost("/commands", (HttpContext http, SlackCommandsEndpoint endpoint) =>
            endpoint.Handle(SlackRequestBody.Of(http)));
        slack.MapPost("/events", (HttpContext http, SlackEventsEndpoint endpoint) =>
            endpoint.HandleAsync(SlackRequestBody.Of(http), SlackEventsEndpoint.RetryNumber(http.Request.Headers[SlackEventsEndpoint.RetryNumberHeader]), http.RequestAborted));
        slack.MapPost("/interactions", (HttpContext http, SlackInteractionsEndpoint endpoint) =>
            endpoint.HandleAsync(SlackRequestBody.Of(http), http.RequestAborted));
        return app;
    }
}
