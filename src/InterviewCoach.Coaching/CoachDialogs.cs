using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching;

/// <summary>
/// Every coaching dialog, registered in one <see cref="DialogSet"/>, and the command table the menu and
/// <c>help</c> read. Run it with <c>new DialogRunnerOptions { RootDialogId = CoachDialogs.MenuDialogId }</c>.
/// </summary>
public static class CoachDialogs
{
    /// <summary>The root dialog: welcome, main actions and command routing.</summary>
    public const string MenuDialogId = "menu";

    private static readonly CoachCommand[] s_flowsOne =
    [
        new("goal", "Set my goals", "set or change your goals: fields, what the conversations are for, a weekly target", GoalDialog.DialogId, ["goals", "my goals", "set goals", "set my goals", "profile"]),
        new("sketch", "Background sketch", "draft and edit the 30-second story of your background", SketchDialog.DialogId, ["background", "background sketch", "thumbnail sketch", "my story", "about me"]),
        new("contacts", "My contacts", "see, edit, move along or delete the people you're talking to", ContactsDialog.DialogId, ["contact", "my contacts", "list contacts", "people"]) { ParseArguments = ContactsOptions.FromArguments },
        new("add contact", "Add a contact", "note someone you'd like to talk to", AddContactDialog.DialogId, ["new contact", "add a contact", "add someone", "add person"]),
        new("rehearse", "Rehearse the ask", "get a phone, voicemail or email script for asking, plus the meeting's first and last minute", RehearseDialog.DialogId, ["rehearsal", "script", "scripts", "the ask", "ask script"]),
        new("practise", "Practise", "type or paste what you'd say; get a score, what's missing and a rewrite", PracticeDialog.DialogId, ["practice", "practise my ask", "practice my ask", "try it"]),
        new("voicemail", "I left a voicemail", "note a voicemail you left and find out when to call back", VoicemailDialog.DialogId, ["left a voicemail", "left voicemail", "i left a voicemail", "voice mail"]) { InMenu = false },
        new("call back", "Call back at a set time", "they said when to call back: get a reminder at that time", CallBackDialog.DialogId,
            ["callback", "call me back", "call them back", "try again", "ring back", "phone back"]) { InMenu = false, ParseArguments = CallBackOptions.FromArguments },
        new("emailed", "I emailed someone", "you emailed your ask: I'll remind you to follow up", AskSentDialog.IdFor(OutreachChannel.Email),
            ["i emailed", "sent an email to", "e-mailed", "i e-mailed"]) { InMenu = false, ParseArguments = AskSentOptions.FromArguments },
        new("wrote to", "I wrote to someone", "you sent your ask by letter: I'll remind you to follow up", AskSentDialog.IdFor(OutreachChannel.Letter),
            ["i wrote to", "sent a letter to", "posted a letter to"]) { InMenu = false, ParseArguments = AskSentOptions.FromArguments },
        new("messaged", "I messaged someone on LinkedIn", "you sent your ask on LinkedIn: I'll remind you to follow up", AskSentDialog.IdFor(OutreachChannel.LinkedIn),
            ["i messaged", "linkedin messaged", "sent a linkedin message to", "inmailed"]) { InMenu = false, ParseArguments = AskSentOptions.FromArguments },
    ];

    // After the debrief's commands, whose "log a meeting" must not swallow "log a chat".
    private static readonly CoachCommand[] s_afterMeeting =
    [
        new("log a chat", "Log an unplanned chat", "met someone by chance (a conference, a queue, an airport)? log who and what you learned in one go", ChanceMeetingDialog.DialogId,
            ["i met someone", "met someone", "i just met someone", "just met someone", "just had a great chat", "had a great chat", "i had a chat", "unplanned chat",
             "unplanned conversation", "chance meeting", "bumped into someone", "i bumped into someone", "log an unplanned chat"]) { InMenu = false, ParseArguments = ChanceMeetingOptions.FromArguments },
        new("not pursuing", "Not pursuing a referral", "decided not to approach someone you were referred to? cancel their reminders and thank whoever suggested them", NotPursuingDialog.DialogId,
            ["not pursuing a referral", "drop a referral", "drop referral", "won't pursue", "not following up", "not going to contact", "set aside a referral", "not pursue"])
            { InMenu = false, ParseArguments = NamedContactOptions.FromArguments },
        new("share a resource", "Share a resource", "pass on a link someone you met would find useful, with a line on why", ShareResourceDialog.DialogId,
            ["share a link", "share something", "send a resource", "send them a link", "share an article"]) { InMenu = false, ParseArguments = NamedContactOptions.FromArguments },
    ];

    private static readonly CoachCommand[] s_reminders =
    [
        new("reminders", "My reminders", "see what's coming up; mark done, snooze or cancel; set your time zone and quiet hours", RemindersDialog.DialogId,
            ["reminder", "my reminders", "upcoming", "snoozed", "quiet hours", "time zone", "timezone"]) { ParseArguments = RemindersDialogOptions.FromArguments },
    ];

    // Always last, so help stays the final menu button whatever flows are added before it.
    private static readonly CoachCommand[] s_general =
    [
        new("help", "Help", "list everything I can do", HelpDialog.DialogId, ["commands", "what can you do", "options"]),
    ];

    /// <summary>
    /// Every command, in menu order. The menu buttons and the help list are built from it, so a flow becomes
    /// reachable by adding its commands here (and its dialogs in <see cref="Create"/>): another flow family's
    /// commands go between <c>s_flowsOne</c> and <c>s_general</c>.
    /// </summary>
    public static IReadOnlyList<CoachCommand> Commands { get; } = [.. s_flowsOne, .. FlowsTwo.Commands, .. s_afterMeeting, .. s_reminders, .. s_general];

    /// <summary>Builds the dialog set with every flow, its prompts and the menu.</summary>
    /// <param name="services">The user's records, the clock and (optionally) the reminder store.</param>
    /// <param name="hooks">The host's side of debriefs and privacy (reminders, other tables); null in tests that do not need it.</param>
    public static DialogSet Create(CoachServices services, IFlowsTwoHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var set = new DialogSet();
        CoachPrompts.Register(set, services.Slots);
        var menu = new MenuDialog(Commands, services);
        set.UnmatchedInput = menu.Router;
        set.ChoiceMatcher = new ChoiceMeaningMatcher(services.Embedder, services.Intents, text => menu.MatchCommandWords(text) is not null);
        set.Add(menu)
            .Add(new DidYouMeanDialog())
            .Add(new LeaveFlowDialog())
            .Add(new HelpDialog(Commands))
            .Add(new GoalDialog(services))
            .Add(new SketchDialog(services))
            .Add(new SketchReviewDialog(services))
            .Add(new ContactsDialog(services))
            .Add(new AddContactDialog(services))
            .Add(new EditContactDialog(services))
            .Add(new ContactStageDialog(services))
            .Add(new MeetingDialog(services))
            .Add(new DeleteContactDialog(services))
            .Add(new VoicemailDialog(services))
            .Add(new CallBackDialog(services))
            .Add(new AskSentDialog(services, OutreachChannel.Email))
            .Add(new AskSentDialog(services, OutreachChannel.Letter))
            .Add(new AskSentDialog(services, OutreachChannel.LinkedIn))
            .Add(new RehearseDialog(services))
            .Add(new TargetedReferralDialog())
            .Add(new AskGroundworkDialog(services))
            .Add(new PracticeDialog(services));
        GoalDialog.RegisterPrompts(set, services.Slots);
        SketchDialog.RegisterPrompts(set);
        MeetingDialog.RegisterPrompts(set);

        FlowsTwo.Register(set, services, hooks);
        set.Add(new ChanceMeetingDialog(services))
            .Add(new NotPursuingDialog(services))
            .Add(new ShareResourceDialog(services))
            .Add(ShareResourceDialog.CreateLinkPrompt());

        RemindersPrompts.Register(set);
        set.Add(new RemindersDialog(services))
            .Add(new SnoozeReminderDialog(services))
            .Add(new CancelReminderDialog(services))
            .Add(new ReminderTimeZoneDialog(services))
            .Add(new QuietHoursDialog(services));
        return set;
    }
}
