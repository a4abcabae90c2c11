using InterviewCoach.Bot.Conversations.Privacy;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Privacy;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Conversations;

/// <summary>Registers the coach: its dialogs on the engine, the turn handler channels call, conversation references and the "user seen" recorder.</summary>
internal static class ConversationExtensions
{
    public static WebApplicationBuilder AddCoach(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        services.AddOptions<CoachConversationOptions>().BindConfiguration(CoachConversationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CoachingOptions>().BindConfiguration(CoachingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new CoachServices(
            sp.GetRequiredService<IUserRecordStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IReminderScheduler>(), sp.GetRequiredService<ReminderPolicy>(),
            sp.GetService<ISentenceEmbedder>(), sp.GetRequiredService<IOptions<CoachingOptions>>().Value)
        {
            // Registered only by the dev chat in local Development mode: "Send now" exists nowhere else.
            ReminderPreview = sp.GetService<IReminderPreview>(),
        });
        services.AddSingleton<PendingErasures>();
        services.AddSingleton<UndeliveredReplies>();
        services.AddSingleton<ReminderUserData>();
        services.AddSingleton<IHostUserData, CoachHostHooks>();
        services.TryAddSingleton(sp => CoachDialogs.Create(sp.GetRequiredService<CoachServices>(), sp.GetRequiredService<IHostUserData>()));
        services.AddSingleton(sp => new DialogRunner(
            sp.GetRequiredService<DialogSet>(),
            sp.GetRequiredService<IDialogStateStore>(),
            sp.GetRequiredService<TimeProvider>(),
            new DialogRunnerOptions { RootDialogId = CoachDialogs.MenuDialogId }));
        services.TryAddSingleton<TurnMeter>();
        services.AddSingleton<CoachConversation>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<UserSeenRecorder>();
        return builder;
    }
}
