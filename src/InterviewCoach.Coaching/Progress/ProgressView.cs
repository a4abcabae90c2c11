using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Progress;

/// <summary>The progress card.</summary>
public static class ProgressView
{
    public static CardReply Card(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.TotalContacts == 0)
        {
            return new CardReply("Your progress")
            {
                Subtitle = "Nothing to count yet",
                Sections = [new CardSection { Markdown = "Add the first person you'd like to talk to, and I'll track every step from here." }],
            };
        }

        string week = report.ConversationsThisWeek >= report.WeeklyTarget
            ? "Target reached this week. Nicely done."
            : string.Create(CultureInfo.InvariantCulture, $"{report.WeeklyTarget - report.ConversationsThisWeek} more to reach this week's target.");
        var sections = new List<CardSection>
        {
            new()
            {
                Heading = "Contacts by stage",
                Items = report.ContactsByStage.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage.ToLabel()}: {s.Count}")).ToList(),
            },
        };
        if (report.ReferralTree.Count > 0)
        {
            sections.Add(new CardSection
            {
                Heading = "Who led to whom",
                Items = report.ReferralTree.Select(link => string.Concat(
                    new string(' ', link.Depth * 2),
                    link.Depth > 0 ? "↳ " : string.Empty,
                    link.Referrer,
                    " → ",
                    string.Join(", ", link.LedTo))).ToList(),
            });
        }

        if (report.StayingInTouch.Count > 0)
        {
            sections.Add(new CardSection
            {
                Heading = "Agreed to stay in touch",
                Items = report.StayingInTouch.Select(s => s.Overdue
                    ? $"{s.Name}: no update yet, one was due by {Debrief.DebriefView.Date(s.UpdateDue)}"
                    : $"{s.Name}: next update by {Debrief.DebriefView.Date(s.UpdateDue)}").ToList(),
            });
        }

        sections.Add(new CardSection { Markdown = week });
        if (report.MeetingsHeld > 0)
        {
            // S120: the count means more with what it buys.
            sections.Add(new CardSection
            {
                Heading = "Why the count matters",
                Markdown = string.Create(CultureInfo.InvariantCulture, $"{report.MeetingsHeld} conversation{(report.MeetingsHeld == 1 ? string.Empty : "s")} held: each one is practice for real job interviews. You get used to talking about yourself and asking good questions, and you learn the field's language, which builds confidence and helps you stand out when you apply."),
            });
        }
        return new CardReply("Your progress")
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"{report.TotalContacts} contact{(report.TotalContacts == 1 ? string.Empty : "s")}"),
            Facts =
            [
                new CardFact("This week", string.Create(CultureInfo.InvariantCulture, $"{report.ConversationsThisWeek} of {report.WeeklyTarget} conversations")),
                new CardFact("Conversations held", report.MeetingsHeld.ToString(CultureInfo.InvariantCulture)),
                new CardFact("Referrals gained", report.ReferralsGained.ToString(CultureInfo.InvariantCulture)),
                new CardFact("Thank-yous within 24 hours", string.Create(CultureInfo.InvariantCulture, $"{report.ThankYousOnTime} of {report.ThankYousDue}")),
            ],
            Sections = sections,
        };
    }
}
