using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// <c>practise</c>: the user types (or pastes a transcript of) what they would say; the matching checker reports
/// what was good, what is missing and one rewrite; the attempt is stored with its score and progress is shown.
/// </summary>
internal sealed class PracticeDialog : WaterfallDialog
{
    public const string DialogId = "practice";

    private const string AgainValue = "again";
    private const string DoneValue = "done";

    // Fewer words than this can't hold a greeting, a connection and a request.
    private const int MinEmailWords = 8;

    private readonly CoachServices _services;

    public PracticeDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskKindAsync);
        AddStep(AskAttemptAsync);
        AddStep(CheckAsync);
        AddStep(NextAsync);
    }

    private static async ValueTask<DialogTurnResult> AskKindAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<PracticeOptions>()?.Kind is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "What would you like to practise?",
            Help = "Pick the moment you'd like to get comfortable with. I'll score your version and show how you improve over time.",
            Choices = RehearseDialog.PracticeChoices(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskAttemptAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> picked)
        {
            if (!picked.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            var chosen = new PracticeOptions(Enum.Parse<PracticeKind>(picked.Value!.Value), step.GetOptions<PracticeOptions>()?.ContactId);
            return await step.ReplaceDialogAsync(DialogId, chosen, cancellationToken).ConfigureAwait(false);
        }

        PracticeKind kind = step.GetOptions<PracticeOptions>()!.Kind!.Value;
        if (step.GetOptions<PracticeOptions>()!.Attempt is { Length: > 0 } attempt)
        {
            return await step.NextAsync(new PromptResult<string>(true, attempt, 1), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Attempt, new PromptOptions
        {
            Prompt = kind switch
            {
                PracticeKind.Email => "Paste the email you'd send (subject line not needed).",
                PracticeKind.Voicemail => "Type the message you'd leave if their voicemail picks up.",
                PracticeKind.MeetingOpening => "You've just sat down with them. Type what you'd say in the first minute.",
                PracticeKind.ReferralAsk => "The conversation is nearly over. Type how you'd ask who else to talk to.",
                _ => "They've picked up the phone. Type what you'd say, or paste a transcript of a practice run.",
            },
            Help = "Write it the way you'd really say it; there's no wrong answer. I'll point out what works, what's missing and suggest one rewrite.",
            Max = CoachPrompts.MaxPastedLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var typed = (PromptResult<string>)step.Result!;
        if (!typed.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        PracticeOptions options = step.GetOptions<PracticeOptions>()!;
        PracticeKind kind = options.Kind!.Value;
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, options.ContactId, cancellationToken).ConfigureAwait(false);
        string text = typed.Value!;

        // Emoji, digits or punctuation alone: nothing to score, and nothing worth saving as an attempt.
        if (!text.Any(char.IsLetter))
        {
            step.Send("There are no words in that for me to check. Type it the way you'd say or send it.");
            return await step.ReplaceDialogAsync(DialogId, options with { Attempt = null }, cancellationToken).ConfigureAwait(false);
        }

        // In a chat, Enter sends: "Hi Sam," on its own is the start of an email, not an email to score.
        if (kind == PracticeKind.Email && Text.SpeakingPace.CountWords(text) < MinEmailWords)
        {
            step.Send("That looks like only the start of it. Paste the whole email as one message (Shift+Enter starts a new line) and I'll check it.");
            return await step.ReplaceDialogAsync(DialogId, options with { Attempt = null }, cancellationToken).ConfigureAwait(false);
        }

        if (Text.EnglishText.IsClearlyNotEnglish(text))
        {
            step.Send("That doesn't look like English, and my checks only read English, so a score would be unfair to you. If you'll be writing to them in English, paste that version and I'll check it.");
            return await step.ReplaceDialogAsync(DialogId, options with { Attempt = null }, cancellationToken).ConfigureAwait(false);
        }

        ICheckReport report = kind switch
        {
            PracticeKind.Email => OutreachEmailChecker.Check(text, profile, contact, _services.Embedder),
            PracticeKind.Voicemail => VoicemailChecker.Check(text, step.Now, profile, contact, _services.Embedder),
            PracticeKind.MeetingOpening => MeetingOpeningChecker.Check(text, profile, contact),
            PracticeKind.ReferralAsk => ReferralAskChecker.Check(text, profile, contact),
            _ => PitchChecker.Check(text, profile, contact, _services.Embedder),
        };

        PracticeAttempt attempt = PracticeAttempt.FromReport(kind, text, report, step.Now, contact?.Id);
        PracticeAttempt stored = await AttemptRecords.AddAsync(_services.Records, step.UserKey, attempt, step.Now, cancellationToken).ConfigureAwait(false);

        // Ids order attempts to the second; two in the same second must still end with the one just made.
        IReadOnlyList<PracticeAttempt> earlier = await AttemptRecords.ListAsync(_services.Records, step.UserKey, kind, cancellationToken).ConfigureAwait(false);
        PracticeAttempt[] history = [.. earlier.Where(a => a.Id != stored.Id), stored];
        step.Send(RehearsalCards.Feedback(kind, report, history));
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Have another go?",
            Help = "**Try again** to practise the same moment; each try is saved so you can see your progress.",
            Choices =
            [
                new(AgainValue, "Try again") { Synonyms = ["again", "yes", "retry", "one more"] },
                new(DoneValue, "Done for now") { Synonyms = ["done", "no", "finished", "stop", "skip", "no thanks", "not now", "i'm good"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = (PromptResult<Choice>)step.Result!;
        if (picked is { Succeeded: true, Value.Value: AgainValue })
        {
            return await step.ReplaceDialogAsync(DialogId, step.GetOptions<PracticeOptions>()! with { Attempt = null }, cancellationToken).ConfigureAwait(false);
        }

        step.Send("Nice work. Saying it out loud a few more times will make it feel natural on the day.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
