using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Prep;
using InterviewCoach.Coaching.Privacy;
using InterviewCoach.Coaching.Progress;
using InterviewCoach.Coaching.Questions;
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

    private static readonly CoachCommand[] s_gettingStarted =
    [
        new("goal", "Set my goals", "set or change your goals: fields, what the conversations are for, a weekly target", GoalDialog.DialogId, ["goals", "my goals", "set goals", "set my goals", "profile"]),
        new("sketch", "Background sketch", "draft and edit the 30-second story of your background", SketchDialog.DialogId, ["background", "background sketch", "thumbnail sketch", "my story", "about me"]),
        new("contacts", "My contacts", "see, edit, move along or delete the people you're talking to", ContactsDialog.DialogId, ["contact", "my contacts", "list contacts", "people"]) { ParseArguments = ContactsOptions.FromArguments },
        new("edit", "Edit a contact", "change a contact's details, connection, way to ask, meeting or notes, e.g. _edit Maria_", EditNamedContactDialog.DialogId,
            ["edit contact", "edit a contact", "change contact", "change a contact", "edit contact details", "change contact details", "correct a contact", "fix a contact"])
            { InMenu = false, ParseArguments = NamedContactOptions.FromArguments },
        new("add contact", "Add a contact", "note someone you'd like to talk to", AddContactDialog.DialogId, ["new contact", "add a contact", "add someone", "add person"]),
        new("brainstorm", "Brainstorm who to ask", "go through the places people come from, one at a time, adding names as you think of them", ContactBrainstormDialog.DialogId,
            ["who could i ask", "find people", "find contacts", "brainstorm contacts", "where to find people"]) { InMenu = false },
        new("rehearse", "Rehearse the ask", "get a phone, voicemail or email script for asking, plus the meeting's first and last minute", RehearseDialog.DialogId, ["rehearsal", "script", "scripts", "the ask", "ask script"]) { ParseArguments = RehearseOptions.FromArguments },
        new("practise", "Practise", "type or paste what you'd say; get a score, what's missing and a rewrite", PracticeDialog.DialogId, ["practice", "practise my ask", "practice my ask", "try it"]),
        new("role play", "Practice call", "I play the contact on the phone, you make the ask; feedback when the call ends", RolePlayDialog.DialogId,
            ["roleplay", "role-play", "practice call", "practise the call", "practice the call", "mock call", "play the contact"]) { InMenu = false },
        new("tell me about yourself", "Tell me about yourself", "practise answering questions about you, timed and compared with your sketch", AboutYourselfDialog.DialogId,
            ["about yourself", "talk about myself", "practise my sketch", "practice my sketch", "practise talking about myself",
             "pitch", "my pitch", "elevator pitch", "practise my pitch", "practice my pitch", "practise pitch", "practice pitch", "practise my elevator pitch"]) { InMenu = false },
        new("voicemail", "I left a voicemail", "note a voicemail you left and find out when to call back", VoicemailDialog.DialogId, ["left a voicemail", "left voicemail", "i left a voicemail", "voice mail"]) { InMenu = false },
        new("call back", "Call back at a set time", "they said when to call back: get a reminder at that time", CallBackDialog.DialogId,
            ["callback", "call me back", "call them back", "try again", "ring back", "phone back",
             "remind me to call", "remind me to ring", "remind me to phone", "remind me to call back", "remind me to try"]) { InMenu = false, ParseArguments = CallBackOptions.FromArguments },
        new("emailed", "I emailed someone", "you emailed your ask: I'll remind you to follow up", AskSentDialog.IdFor(OutreachChannel.Email),
            ["i emailed", "sent an email to", "e-mailed", "i e-mailed", "i sent an email to", "sent the email to", "i sent the email to", "sent my email to", "i sent my email to"]) { InMenu = false, ParseArguments = AskSentOptions.FromArguments },
        new("wrote to", "I wrote to someone", "you sent your ask by letter: I'll remind you to follow up", AskSentDialog.IdFor(OutreachChannel.Letter),
            ["i wrote to", "sent a letter to", "posted a letter to"]) { InMenu = false, ParseArguments = AskSentOptions.FromArguments },
        new("messaged", "I messaged someone on LinkedIn", "you sent your ask on LinkedIn: I'll remind you to follow up", AskSentDialog.IdFor(OutreachChannel.LinkedIn),
            ["i messaged", "linkedin messaged", "sent a linkedin message to", "inmailed"]) { InMenu = false, ParseArguments = AskSentOptions.FromArguments },
        new("book a meeting", "Book a meeting", "they said yes: note when and where you're meeting, e.g. _meeting with Maria next Tuesday at 2pm_", BookMeetingDialog.DialogId,
            ["meeting with", "a meeting with", "book a meeting with", "booked a meeting", "booked a meeting with", "meeting booked", "meeting booked with", "meeting set", "meeting set with",
             "i have a meeting with", "i've got a meeting with", "ive got a meeting with", "got a meeting with", "i'm meeting", "im meeting", "we're meeting", "set up a meeting with",
             "conversation booked", "conversation booked with", "new meeting"]) { InMenu = false, ParseArguments = BookMeetingOptions.FromArguments },
    ];

    // Before, during and after a meeting, then the user's progress and data; search ended and privacy are in help only.
    private static readonly CoachCommand[] s_meetings =
    [
        new("questions", "Plan my questions", "build the list of questions for a conversation", QuestionsDialog.DialogId,
            ["question list", "my questions", "plan questions", "plan my questions", "prepare questions", "what to ask", "questions to ask"]) { ParseArguments = ContactFlowOptions.FromArguments },
        new("prep", "Get ready for a meeting", "a checklist for the day of a conversation", PrepDialog.DialogId,
            ["prepare", "meeting prep", "meeting day", "checklist", "get ready", "prep checklist"]) { ParseArguments = ContactFlowOptions.FromArguments },
        new("debrief", "Debrief a conversation", "record what you learned, draft the thank-you and plan follow-ups", DebriefDialog.DialogId,
            ["log a meeting", "how it went", "after the meeting", "record a conversation",
             "had my chat with", "had my call with", "had my meeting with", "had my conversation with", "had my coffee with",
             "i had my chat with", "i had my call with", "i had my meeting with", "i had my conversation with", "i had my coffee with",
             "just had my chat with", "just had my call with", "just had my meeting with"]) { ParseArguments = ContactFlowOptions.FromArguments },
        new("thankyou", "Thank-you note", "see the thank-you drafted at your last debrief and mark it sent", ThankYouDialog.DialogId,
            ["thank you", "thank-you", "thank you note", "thank-you note",
             "sent the thank you", "sent my thank you", "sent a thank you", "i sent the thank you", "i sent my thank you", "i've sent the thank you", "thank you sent",
             "sent the thank-you", "sent my thank-you", "i sent the thank-you", "i sent my thank-you", "thank-you sent"]) { InMenu = false, ParseArguments = ContactFlowOptions.FromArguments },
        new("weekly review", "Weekly review", "this week's debriefs side by side, to compare what you learned", WeeklyReviewDialog.DialogId,
            ["week review", "review my week", "my week", "compare my conversations", "this week's debriefs", "how did my week go", "how was my week", "how has my week gone",
             "show this week's conversations", "show me this week's conversations", "this week's conversations", "show my week", "weekly summary", "review this week",
             "compare this week's conversations", "this week’s conversations", "show this week’s conversations", "this week’s debriefs"]) { InMenu = false },
        new("progress", "My progress", "contacts by stage, this week's conversations, referrals and thank-yous", ProgressDialog.DialogId,
            ["my progress", "stats", "how am i doing", "dashboard", "referral tree"]),
        new("search ended", "My search is over", "tell everyone who helped how it turned out", SearchEndedDialog.DialogId,
            ["search over", "my search is over", "close the loop", "i found a job", "i got a job", "i got the job", "my search has ended", "my search ended", "search is over",
             "accepted an offer", "i accepted an offer", "i've accepted an offer", "ive accepted an offer", "i have accepted an offer", "i’ve accepted an offer", "i accepted a job",
             "i've accepted a job", "i’ve accepted a job", "i'm done searching", "i’m done searching", "end my search", "mark my search as ended"]) { InMenu = false },
        new("export my data", "Export my data", "everything I keep about you, as JSON", ExportDataDialog.DialogId,
            ["export", "export data", "download my data", "my data"]) { InMenu = false },
        new("delete my data", "Delete my data", "delete everything I keep about you", DeleteDataDialog.DialogId,
            ["delete data", "delete everything", "erase my data", "forget me", "delete my account"]) { InMenu = false },
    ];

    // After the debrief's commands, whose "log a meeting" must not swallow "log a chat".
    private static readonly CoachCommand[] s_afterMeeting =
    [
        new("log a chat", "Log an unplanned chat", "met someone by chance (a conference, a queue, an airport)? log who and what you learned in one go", ChanceMeetingDialog.DialogId,
            ["i met someone", "met someone", "i just met someone", "just met someone", "just had a great chat", "had a great chat", "i had a chat", "unplanned chat",
             "unplanned conversation", "chance meeting", "bumped into someone", "i bumped into someone", "log an unplanned chat"]) { InMenu = false, ParseArguments = ChanceMeetingOptions.FromArguments },
        new("not pursuing", "Not pursuing a referral", "decided not to approach someone you were referred to? cancel their reminders and thank whoever suggested them", NotPursuingDialog.DialogId,
            ["not pursuing a referral", "drop a referral", "drop referral", "won't pursue", "not following up", "not going to contact", "set aside a referral", "not pursue", .. NotPursuingDialog.Phrasings])
            { InMenu = false, ParseArguments = NamedContactOptions.FromArguments },
        new("update", "Send an update", "draft a progress update to someone you've talked to, recalling their advice", KeepInTouchDialog.DialogId,
            ["send an update", "progress update", "keep in touch", "stay in touch", "draft an update", "draft the update", "update someone"])
            { InMenu = false, ParseArguments = NamedContactOptions.FromArguments },
        new("share a resource", "Share a resource", "pass on a link someone you met would find useful, with a line on why", ShareResourceDialog.DialogId,
            ["share a link", "share something", "send a resource", "send them a link", "share an article"]) { InMenu = false, ParseArguments = NamedContactOptions.FromArguments },
    ];

    // S118: typed the moment an opening or employer comes up, so sentences such as "there's an opening at Contoso" start it.
    private static readonly CoachCommand[] s_targets =
    [
        new("target", "Target employer", "note an employer or opening you're aiming for; I'll name anyone you've met there", TargetDialog.DialogId,
            ["target employer", "targets", "my targets", "add a target", "add target", "new target", "there's an opening", "there is an opening", "there’s an opening",
             "i saw an opening", "i've seen an opening", "i’ve seen an opening", "i'm applying to", "im applying to", "i am applying to", "i’m applying to",
             "i want to apply to", "i'd like to work at", "i’d like to work at", "i want to work at"]) { InMenu = false, ParseArguments = TargetOptions.FromArguments },
    ];

    private static readonly CoachCommand[] s_reminders =
    [
        new("reminders", "My reminders", "see what's coming up; mark done, snooze or cancel; set your time zone and quiet hours", RemindersDialog.DialogId,
            ["reminder", "my reminders", "upcoming", "snoozed", "quiet hours", "time zone", "timezone"]) { ParseArguments = RemindersDialogOptions.FromArguments },
        new("remind me to", "Remind me to…", "which reminders I set, and how to get one", RemindersDialog.DialogId,
            ["please remind me to", "can you remind me to", "could you remind me to", "set a reminder to", "set me a reminder to"])
        {
            InMenu = false,
            ParseArguments = RemindersDialogOptions.ForTask,
        },
    ];

    // Always last, so help stays the final menu button whatever flows are added before it.
    private static readonly CoachCommand[] s_general =
    [
        new("help", "Help", "list everything I can do", HelpDialog.DialogId, ["commands", "what can you do", "options"]),
    ];

    /// <summary>
    /// Every command, in menu order. The menu buttons and the help list are built from it, so a flow becomes
    /// reachable by adding its commands here (and its dialogs in <see cref="Create"/>): another flow family's
    /// commands go between <c>s_gettingStarted</c> and <c>s_general</c>.
    /// </summary>
    public static IReadOnlyList<CoachCommand> Commands { get; } = [.. s_gettingStarted, .. s_meetings, .. s_afterMeeting, .. s_targets, .. s_reminders, .. s_general];

    /// <summary>The commands of the question, prep, debrief, progress and privacy flows (<see cref="AddMeetingFlows"/>).</summary>
    internal static IReadOnlyList<CoachCommand> MeetingCommands => s_meetings;

    /// <summary>Builds the dialog set with every flow, its prompts and the menu.</summary>
    /// <param name="services">The user's records, the clock and (optionally) the reminder store.</param>
    /// <param name="hooks">The host's side of debriefs and privacy (reminders, other tables); null in tests that do not need it.</param>
    public static DialogSet Create(CoachServices services, IHostUserData? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var set = new DialogSet();
        CoachPrompts.Register(set, services.Slots);
        var menu = new MenuDialog(Commands, services);
        set.UnmatchedInput = menu.Router;
        set.NewConversationFacts = [ProfileRecords.AbsentFact];
        set.ChoiceMatcher = new ChoiceMeaningMatcher(services.Embedder, services.Intents, text => menu.MatchCommandWords(text) is not null);
        set.Add(menu)
            .Add(new DidYouMeanDialog(services))
            .Add(new LeaveFlowDialog())
            .Add(new HelpDialog(Commands))
            .Add(new GoalDialog(services))
            .Add(new SketchDialog(services))
            .Add(new SketchReviewDialog(services))
            .Add(new StrengthEvidenceDialog())
            .Add(new ContactsDialog(services))
            .Add(new AddContactDialog(services))
            .Add(new ContactBrainstormDialog(services))
            .Add(new EditContactDialog(services))
            .Add(new EditNamedContactDialog(services))
            .Add(new ContactStageDialog(services))
            .Add(new BookMeetingDialog(services))
            .Add(new MeetingDialog(services))
            .Add(new DeleteContactDialog(services))
            .Add(new VoicemailDialog(services))
            .Add(new CallBackDialog(services))
            .Add(new ContactReachDialog(services))
            .Add(new AskSentDialog(services, OutreachChannel.Email))
            .Add(new AskSentDialog(services, OutreachChannel.Letter))
            .Add(new AskSentDialog(services, OutreachChannel.LinkedIn))
            .Add(new RehearseDialog(services))
            .Add(new TargetedReferralDialog())
            .Add(new AskGroundworkDialog(services))
            .Add(new PracticeDialog(services))
            .Add(new RolePlayDialog(services))
            .Add(new AboutYourselfDialog(services));
        GoalDialog.RegisterPrompts(set, services.Slots);
        AddContactDialog.RegisterPrompts(set);
        SketchDialog.RegisterPrompts(set);
        RehearseDialog.RegisterPrompts(set);
        AskGroundworkDialog.RegisterPrompts(set);
        MeetingDialog.RegisterPrompts(set, services.Slots);
        ChanceMeetingDialog.RegisterPrompts(set);
        ThankYouDialog.RegisterPrompts(set);
        CallBackDialog.RegisterPrompts(set);

        AddMeetingFlows(set, services, hooks);
        set.Add(new ChanceMeetingDialog(services))
            .Add(new NotPursuingDialog(services))
            .Add(new KeepInTouchDialog(services))
            .Add(new ShareResourceDialog(services))
            .Add(ShareResourceDialog.CreateLinkPrompt())
            .Add(new TargetDialog(services));

        RemindersPrompts.Register(set);
        set.Add(new RemindersDialog(services))
            .Add(new SnoozeReminderDialog(services))
            .Add(new CancelReminderDialog(services))
            .Add(new ReminderTimeZoneDialog(services))
            .Add(new QuietHoursDialog(services));
        return set;
    }

    /// <summary>
    /// Adds the question, prep, debrief, progress, search-ended and privacy flows (their prompts are
    /// <see cref="CoachPrompts"/>, registered by <see cref="Create"/>). Without <paramref name="hooks"/> nothing outside
    /// the user's records is exported or erased.
    /// </summary>
    /// <remarks>
    /// The question, prep and debrief flows may be begun with <see cref="ContactFlowOptions"/> (from a reminder or a
    /// contact card) to skip the "which contact?" question.
    /// </remarks>
    internal static void AddMeetingFlows(DialogSet set, CoachServices services, IHostUserData? hooks = null)
    {
        QuestionsDialog.RegisterPrompts(set, services.Slots);
        QuestionEditDialog.RegisterPrompts(set, services.Slots);
        DebriefDialog.RegisterPrompts(set, services.Slots);
        set.Add(new QuestionsDialog(services))
            .Add(new QuestionEditDialog(services.Embedder))
            .Add(new OwnQuestionDialog(services.Embedder))
            .Add(new PrepDialog(services))
            .Add(new DebriefDialog(services))
            .Add(new ReferralLoopDialog())
            .Add(new DebriefNextStepsDialog(services))
            .Add(new WeeklyReviewDialog(services))
            .Add(new ThankYouDialog(services))
            .Add(new ProgressDialog(services))
            .Add(new SearchEndedDialog(services))
            .Add(new ExportDataDialog(services, hooks))
            .Add(new DeleteDataDialog(services, hooks));
    }
}
