using System.Globalization;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Cards for scripts, email checks and practice feedback.</summary>
internal static class RehearsalCards
{
    public static string ScriptTitle(PracticeKind kind, string? contactName) => kind switch
    {
        PracticeKind.PhoneAsk => contactName is null ? "Your phone script" : $"Your phone script for {contactName}",
        PracticeKind.Voicemail => contactName is null ? "If you get voicemail" : $"If {contactName}'s voicemail picks up",
        PracticeKind.Email => contactName is null ? "Your email asking for a conversation" : $"Your email to {contactName}",
        PracticeKind.MeetingOpening => "Your first minute in the meeting",
        PracticeKind.ReferralAsk => "Asking who else to talk to",
        _ => kind.ToLabel(),
    };

    public static CardReply Script(ScriptDraft draft, string? contactName)
    {
        var sections = new List<CardSection>();
        bool written = draft.Kind == PracticeKind.Email || draft.IsWritten;
        if (written)
        {
            sections.Add(new CardSection { Heading = "Ready to copy", Markdown = draft.Text });
        }

        sections.AddRange(draft.Steps
            .Where(s => !written)
            .Select(s => new CardSection { Heading = s.Cue, Markdown = s.Words }));
        sections.AddRange(draft.FollowUps.Select(s => new CardSection { Heading = s.Cue, Markdown = s.Words }));
        return new CardReply(draft.Title ?? ScriptTitle(draft.Kind, contactName))
        {
            Subtitle = draft.Subject is { } subject ? $"Subject: {subject}" : "Say it in your own words; the cues matter more than the exact lines.",
            Sections = sections,
        };
    }

    /// <summary>How an email (a draft or the user's own) measures up against the outreach rules.</summary>
    public static CardReply EmailCheck(EmailReport report, string title) => new(title)
    {
        Subtitle = string.Create(CultureInfo.InvariantCulture, $"{report.WordCount} words, {report.Score}/100 on the outreach checks"),
        Sections =
        [
            new CardSection { Heading = "Passes", Items = report.Strengths },
            .. report.Missing.Count > 0 ? [new CardSection { Heading = "To fix", Items = report.Missing }] : Array.Empty<CardSection>(),
        ],
    };

    public static CardReply Feedback(PracticeKind kind, ICheckReport report, IReadOnlyList<PracticeAttempt> history)
    {
        // Several rules can fail for one reason ("there's nothing here to check yet"): the advice is said once.
        var good = report.Findings.Where(f => f.Passed).Select(f => f.Message).Distinct(StringComparer.Ordinal).ToList();
        var missing = report.Findings.Where(f => !f.Passed).Select(f => f.Message).Distinct(StringComparer.Ordinal).ToList();
        var sections = new List<CardSection>
        {
            new() { Heading = "What worked", Items = good.Count > 0 ? good : ["You made a start, and that's the hardest part."] },
        };
        if (missing.Count > 0)
        {
            sections.Add(new CardSection { Heading = "What's missing", Items = missing });
            sections.Add(new CardSection { Heading = "One way to say it", Markdown = report.Rewrite });
        }

        sections.Add(new CardSection { Heading = "Your progress", Markdown = Progress(history) });
        return new CardReply(string.Create(CultureInfo.InvariantCulture, $"{kind.ToLabel()}: {report.Score}/100"))
        {
            Subtitle = missing.Count == 0 ? "Everything I check for is there. Now say it out loud until it flows." : null,
            Sections = sections,
        };
    }

    /// <summary>Scores of the attempts so far, oldest first, e.g. "40 → 65 → 90 (best 90, 3 tries)".</summary>
    public static string Progress(IReadOnlyList<PracticeAttempt> history)
    {
        if (history.Count <= 1)
        {
            return "First try saved. Practise again any time and I'll show how your score moves.";
        }

        IEnumerable<PracticeAttempt> recent = history.Skip(Math.Max(0, history.Count - 6));
        string trail = string.Join(" → ", recent.Select(a => a.Score.ToString(CultureInfo.InvariantCulture)));
        int best = history.Max(a => a.Score);
        int change = history[^1].Score - history[^2].Score;
        string trend = change switch
        {
            > 0 => string.Create(CultureInfo.InvariantCulture, $"Up {change} on last time."),
            < 0 => "A little down on last time; check what's missing and try again.",
            _ => "Same as last time.",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{trail} (best {best}, {history.Count} tries). {trend}");
    }
}
