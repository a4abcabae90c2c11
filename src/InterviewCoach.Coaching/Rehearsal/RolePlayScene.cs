using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The contact's side of a practice phone call (S030): which push-back a busy professional would give to what the
/// user just said, whether the user's answer dealt with it, and how the call ends. Deterministic, so the same
/// attempt gets the same call, and attempts can be compared.
/// </summary>
internal static class RolePlayScene
{
    /// <summary>The user speaks at most this many times; then the contact wraps up.</summary>
    public const int MaxTurns = 3;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex s_betterTime = new(
        @"\b(?:better time|good time to (?:call|ring|try)|when (?:would|is|might|will) (?:it )?(?:be )?(?:a )?(?:better|good|suit|work)|when suits|what time suits|when are you free|try (?:you )?(?:again|later|tomorrow))\b",
        Options);

    private static readonly Regex s_writes = new(@"\b(?:email|e-mail|mail|send|write|message)\b", Options);

    private static readonly Regex s_writeFollowThrough = new(
        @"\b(?:address|follow up|follow-up|followup|call you|ring you|phone you|give you a (?:call|ring)|in a few days|next week|later this week|tomorrow|today|this afternoon|monday|tuesday|wednesday|thursday|friday)\b",
        Options);

    private static readonly Regex s_slot = new(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this week|morning|afternoon|lunchtime|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}:\d{2}|o'clock|noon)\b",
        Options);

    /// <summary>The first push-back: aimed at the biggest gap in the opening.</summary>
    public static ContactReaction First(string opening, ISentenceEmbedder? embedder)
    {
        PitchLabels labels = PitchChecker.Label(opening, embedder);
        if (!labels.NamesReferrerOrSource)
        {
            return ContactReaction.WhoGaveYourName;
        }

        if (!labels.ChecksAvailability)
        {
            return ContactReaction.NotNow;
        }

        return labels.AsksForJob || !labels.StatesResearchPurpose || !labels.AsksSpecificShortTime
            ? ContactReaction.SendAnEmail
            : ContactReaction.SureWhen;
    }

    /// <summary>What comes after the user's answer to <paramref name="reaction"/>: another push-back, or null when the call ends.</summary>
    public static ContactReaction? Next(ContactReaction reaction, bool handled, IReadOnlyList<ContactReaction> sofar, int turns)
    {
        if (turns >= MaxTurns)
        {
            return null;
        }

        ContactReaction? next = (reaction, handled) switch
        {
            (ContactReaction.WhoGaveYourName, true) => ContactReaction.SureWhen,
            (ContactReaction.WhoGaveYourName, false) => ContactReaction.SendAnEmail,
            _ => null,
        };
        return next is { } n && !sofar.Contains(n) ? n : null;
    }

    /// <summary>What the contact says; the coach's own lines, never the guides'.</summary>
    public static string Line(ContactReaction reaction, Contact? contact) => reaction switch
    {
        ContactReaction.WhoGaveYourName => "Sorry, how did you get my name? I don't think we've met.",
        ContactReaction.NotNow => "I'm walking into a meeting in two minutes, so now really isn't good.",
        ContactReaction.SendAnEmail => contact?.Organisation is { Length: > 0 } org
            ? $"We get a lot of calls at {org}. Could you just send me an email about it?"
            : "I get a lot of these calls. Could you just send me an email about it?",
        _ => "Sure, I can probably find a little time. When were you thinking?",
    };

    /// <summary>How the contact ends the call, depending on how the last answer went.</summary>
    public static string Closing(ContactReaction last, bool handled) => (last, handled) switch
    {
        (ContactReaction.NotNow, true) => "Thanks. Try me then. Bye for now.",
        (ContactReaction.NotNow, false) => "Sorry, I really do have to go. Bye.",
        (ContactReaction.SendAnEmail, true) => "Fine, I'll look out for it. Bye.",
        (ContactReaction.SendAnEmail, false) => "OK, well, send me something and I'll see. Bye.",
        (ContactReaction.SureWhen, true) => "That works. Put it in my diary and I'll see you then.",
        (ContactReaction.SureWhen, false) => "Email me a couple of options and I'll pick one. Bye.",
        (_, true) => "Right, I see. Send me a note and we'll find a time.",
        _ => "I'm not sure I can help, sorry. Bye.",
    };

    /// <summary>Whether <paramref name="reply"/> dealt with <paramref name="reaction"/> the way a good caller would.</summary>
    public static bool Handled(ContactReaction reaction, string reply, Contact? contact, ISentenceEmbedder? embedder)
    {
        PitchReading reading = PitchReader.Read(reply, embedder);
        string folded = TextFolding.Fold(reply);
        return reaction switch
        {
            ContactReaction.WhoGaveYourName => reading.Labels.NamesReferrerOrSource
                || (contact?.ReferrerToMention is { } referrer && folded.Contains(TextFolding.Fold(referrer), StringComparison.Ordinal)),
            ContactReaction.NotNow => !reading.AsksContactToCall && (reading.OffersCallBack || s_betterTime.IsMatch(folded)),
            ContactReaction.SendAnEmail => !reading.Labels.AsksForJob && s_writes.IsMatch(folded) && s_writeFollowThrough.IsMatch(folded),
            _ => !reading.Labels.AsksForJob && (s_slot.IsMatch(folded) || reading.Labels.LeavesChoiceToContact),
        };
    }

    /// <summary>Praise or advice for one push-back, for the feedback card.</summary>
    public static CheckFinding Finding(ContactReaction reaction, bool handled) => reaction switch
    {
        ContactReaction.WhoGaveYourName => new(RuleId(reaction), handled,
            handled ? "Asked how you got their name, you told them straight away." : "When they ask how you got their name, give the person or the place (a directory, an article, an event) in one line."),
        ContactReaction.NotNow => new(RuleId(reaction), handled,
            handled ? "When it wasn't a good moment, you offered to call back and kept the next call in your hands." : "When it isn't a good moment, don't push on: ask when suits them better and offer to call back then, rather than asking them to call you."),
        ContactReaction.SendAnEmail => new(RuleId(reaction), handled,
            handled ? "Asked to email instead, you agreed, and you said when you'd follow up." : "If they'd rather have an email, agree, check the address and say you'll ring in a few days to follow up."),
        _ => new(RuleId(reaction), handled,
            handled ? "Once they said yes, you pinned down a time or let them choose one." : "When they say yes, settle it there and then: suggest a day and time, or ask which day suits them."),
    };

    private static string RuleId(ContactReaction reaction) => reaction switch
    {
        ContactReaction.WhoGaveYourName => "roleplay.who-gave-name",
        ContactReaction.NotNow => "roleplay.not-now",
        ContactReaction.SendAnEmail => "roleplay.send-email",
        _ => "roleplay.sure-when",
    };
}
