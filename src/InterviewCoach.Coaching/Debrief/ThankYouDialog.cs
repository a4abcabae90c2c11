using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// <c>thankyou</c> (a thank-you reminder's "open" button): shows the note drafted at the debrief for that contact, or for
/// the latest conversation not yet thanked, and records when it has gone out (which ends the thank-you reminders).
/// </summary>
internal sealed class ThankYouDialog : WaterfallDialog
{
    public const string DialogId = "thankyou";
    public const string SentPromptId = "thankyou.sent";
    private const string DebriefIdKey = "debriefId";
    private const string ContactIdKey = "contactId";
    private static readonly Regex s_sent = new(@"\bsent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);
    private static readonly Regex s_notYet = new(@"\b(?:not|never|havent|hasnt|didnt)\b|n['’]t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);
    private readonly CoachServices _services;

    public ThankYouDialog(CoachServices services)
        : base(DialogId, version: "1")
    {
        _services = services;
        AddStep(ShowDraftAsync);
        AddStep(RecordAsync);
    }

    private async ValueTask<DialogTurnResult> ShowDraftAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? contactId = step.GetOptions<ContactFlowOptions>()?.ContactId;
        IReadOnlyList<DebriefRecord> debriefs = contactId is null
            ? await DebriefStore.ListAsync(_services, step.UserKey, cancellationToken).ConfigureAwait(false)
            : await DebriefStore.ListForContactAsync(_services, step.UserKey, contactId, cancellationToken).ConfigureAwait(false);
        DebriefRecord? debrief = debriefs.LastOrDefault(d => d.ThankYouSentAt is null) ?? (debriefs.Count > 0 ? debriefs[^1] : null);
        if (debrief is null)
        {
            step.Send("I don't have a debrief to draft a thank-you from yet. Type **debrief** after a conversation and I'll write the first version with you.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // "sent my thank-you to Sam": the note for the person named, not whichever is latest.
        bool namedUnknown = false;
        if (contactId is null && step.Input.Text is { } typed && NamedRecipient(typed) is { } recipient)
        {
            DebriefRecord? named = debriefs.LastOrDefault(d => d.ThankYouSentAt is null && Names(recipient, d.ContactName))
                ?? debriefs.LastOrDefault(d => Names(recipient, d.ContactName));
            if (named is not null)
            {
                debrief = named;
            }
            else
            {
                namedUnknown = true;
                step.Send($"I don't have a debrief with **{recipient}**, so nothing is marked. The latest thank-you I have is for {debrief.ContactName}:");
            }
        }

        // "I sent the thank-you": asking "has it gone out?" after being told so would be a question for nothing.
        if (!namedUnknown && debrief.ThankYouSentAt is null && SaysSent(step.Input.Text))
        {
            await DebriefStore.MarkThankYouSentAsync(_services, step.UserKey, debrief.Id, cancellationToken).ConfigureAwait(false);
            step.MarkSaved();
            step.Send($"Marked your thank-you to {debrief.ContactName} as sent, so the reminders for it stop. Well done: that note is what people remember.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Send(new CardReply($"Thank-you note for {debrief.ContactName}")
        {
            Subtitle = $"From your debrief of {debrief.MetOn:d MMMM yyyy}",
            Sections = [new CardSection { Markdown = debrief.ThankYouDraft }],
        });
        if (debrief.ThankYouSentAt is { } sentAt)
        {
            step.Send($"You marked this as sent on {TimeZoneInfo.ConvertTime(sentAt, step.TimeZone):dddd d MMMM}. Nothing more to do.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(DebriefIdKey, debrief.Id);
        step.Values.Set(ContactIdKey, debrief.ContactId);
        return await step.PromptAsync(SentPromptId, new PromptOptions
        {
            Prompt = "Make it yours, send it, then tell me: has it gone out?",
            Help = "Say **yes** once the note is sent and I'll stop reminding you, or **no** to keep the reminder.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<bool> { Succeeded: true, Value: true })
        {
            step.Send(await NotYetAsync(_services, step.UserKey, step.Values.Get<string>(ContactIdKey), cancellationToken).ConfigureAwait(false));
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string debriefId = step.Values.Get<string>(DebriefIdKey);
        await DebriefStore.MarkThankYouSentAsync(_services, step.UserKey, debriefId, cancellationToken).ConfigureAwait(false);

        step.MarkSaved();
        step.Send("Marked as sent. Well done: that note is what people remember.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"has it gone out?" answered in words: "sent it just now", "emailed it this morning", "not yet, tonight".</summary>
    public static void RegisterPrompts(DialogSet set) =>
        set.Add(new ConfirmPrompt(SentPromptId, readText: text =>
            s_notYet.IsMatch(text) || s_later.IsMatch(text) ? false
            : SaysSent(text) || s_gone.IsMatch(text) ? true
            : null));

    private static readonly Regex s_gone = new(
        @"\b(?:emailed|posted|mailed|dropped|delivered|gone|done|did it|just did|went out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_later = new(
        @"\b(?:later|tonight|tomorrow|still (?:writing|editing|working)|about to|going to|will do)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>Whether the words that opened the flow say the note has gone ("sent the thank-you"), not "not sent" or a question.</summary>
    private static bool SaysSent(string? text) =>
        text is { Length: > 0 } said && !said.TrimEnd().EndsWith('?') && s_sent.IsMatch(said) && !s_notYet.IsMatch(said);

    /// <summary>The person a thank-you is said to be for ("sent my thank-you to maria"), or null when none is named.</summary>
    internal static string? NamedRecipient(string text)
    {
        Match match = s_recipient.Match(text);
        if (!match.Success)
        {
            return null;
        }

        string name = match.Groups["name"].Value.Trim().TrimEnd('.');
        string first = name.Split(' ')[0].ToLowerInvariant();
        return s_notNames.Contains(first) ? null : name;
    }

    private static readonly Regex s_recipient = new(
        @"\b(?:thank[\s-]?you(?:\s+(?:note|email|message|card))?|thanks|note)\s+(?:to|for)\s+(?<name>\p{L}[\p{L}'’.-]*(?:\s+(?!(?:yesterday|today|tonight|earlier|this|last)\b)\p{L}[\p{L}'’.-]*)?)(?:\s+(?:yesterday|today|tonight|earlier|this morning|this afternoon|last night))?\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Words after "to" that point at someone without naming them: "sent the thank-you to her", "to my contact".
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "my", "her", "him", "them", "the", "a", "an", "this", "that", "everyone", "everybody", "all", "both", "each", "our", "their", "his", "whoever", "yesterday", "today",
    };

    /// <summary>Whether <paramref name="said"/> is the contact's full name or their first name.</summary>
    private static bool Names(string said, string contactName)
    {
        string typed = TextNormalizer.Normalize(said);
        string full = TextNormalizer.Normalize(contactName);
        return typed == full || typed == full.Split(' ')[0] || full.StartsWith(typed + " ", StringComparison.Ordinal);
    }

    /// <summary>The answer to "not yet": when the next thank-you reminder really comes, or that none is left to come.</summary>
    internal static async ValueTask<string> NotYetAsync(CoachServices services, string userKey, string contactId, CancellationToken cancellationToken)
    {
        if (services.Reminders is not { } reminders)
        {
            return "Okay. A note within a day makes the best impression.";
        }

        IReadOnlyList<ScheduledReminder> upcoming = await reminders.ListUpcomingAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (upcoming.FirstOrDefault(r => r.Kind == ReminderKind.ThankYouNote && r.ContactId == contactId && r.Status == ReminderStatus.Pending) is { } next)
        {
            ReminderSettings settings = await reminders.GetSettingsAsync(userKey, cancellationToken).ConfigureAwait(false);
            return $"Okay, the reminder stays: I'll nudge you **{FollowThrough.Arrives(next.DueUtc, settings)}**. A short note soon makes the best impression.";
        }

        return "Okay. There's no thank-you reminder left to send (it's past the few days when a note lands best), but the draft stays here: type **thankyou** whenever you're ready.";
    }
}
