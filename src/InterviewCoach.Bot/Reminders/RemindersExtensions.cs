using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Coaching.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Reminders;

/// <summary>Registers reminders: policy and dispatcher options, the Table Storage scheduler, the dispatcher, and what reminders do when a user is seen again.</summary>
internal static class RemindersExtensions
{
    /// <summary>
    /// Call after <c>AddStorage</c>. Channel features register an <see cref="IReminderDelivery"/>; without one the
    /// dispatcher logs a single warning and stays idle.
    /// </summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        services.AddOptions<RemindersOptions>()
            .BindConfiguration(RemindersOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.RetryMaxDelay >= o.RetryBaseDelay, $"{RemindersOptions.SectionName}:{nameof(RemindersOptions.RetryMaxDelay)} must be at least {nameof(RemindersOptions.RetryBaseDelay)}.")
            .ValidateOnStart();
        services.AddOptions<ReminderPolicyOptions>()
            .BindConfiguration(ReminderPolicyOptions.SectionName)
            .Validate(IsValid, $"{ReminderPolicyOptions.SectionName}: a timing is out of range (durations must be positive, day counts at least 1, 7B after 3B).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ReminderPolicy(sp.GetRequiredService<IOptions<ReminderPolicyOptions>>().Value));
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<TableReminderScheduler>();
        services.AddSingleton<IReminderScheduler>(sp => sp.GetRequiredService<TableReminderScheduler>());
        services.AddSingleton<IReminderAvailability>(sp => sp.GetRequiredService<TableReminderScheduler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReminderDelivery, ChannelReminderDelivery>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUserSeenHandler, ReminderUserSeenHandler>());
        services.AddHostedService<ReminderDispatcher>();
        return builder;
    }

    private static bool IsValid(ReminderPolicyOptions options)
    {
        try
        {
            options.Validate();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
