using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Progress;

/// <summary>Works out a <see cref="ProgressReport"/> from the user's goals, contacts and debriefs. Pure.</summary>
public static class ProgressCalculator
{
    // The policy's default first thank-you reminder: a note is "late" from then on.
    private static readonly TimeSpan s_thankYouWithin = new ReminderPolicyOptions().ThankYouAfter;

    private static readonly ContactStage[] s_talked = [ContactStage.Met, ContactStage.Thanked, ContactStage.KeepingInTouch];

    /// <param name="profile">The user's goals (the weekly target), or null for the default target.</param>
    /// <param name="contacts">Every contact of the user.</param>
    /// <param name="debriefs">Every debrief of the user.</param>
    /// <param name="now">The current time in the user's time zone; the week starts on Monday there.</param>
    /// <param name="keepInTouchAfter">How long after the last touch an update is due (D15); the policy's default when null.</param>
    /// <param name="updateNudges">The day each contact's keep-in-touch reminder is due, by contact id, so the card and the reminder agree; others are worked out from the last touch.</param>
    public static ProgressReport Calculate(
        CoachingProfile? profile, IReadOnlyList<Contact> contacts, IReadOnlyList<DebriefRecord> debriefs, DateTimeOffset now, TimeSpan? keepInTouchAfter = null,
        IReadOnlyDictionary<string, DateOnly>? updateNudges = null)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(debriefs);
        DateOnly today = DateOnly.FromDateTime(now.DateTime);
        DateOnly monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        HashSet<string> debriefed = debriefs.Select(d => d.ContactId).ToHashSet(StringComparer.Ordinal);

        // A contact marked as talked to without a debrief still counts once, on the day of their meeting.
        List<DateOnly> conversations = debriefs.Select(d => d.MetOn)
            .Concat(contacts
                .Where(c => s_talked.Contains(c.Stage) && !debriefed.Contains(c.Id))
                .Select(c => DateOnly.FromDateTime((c.Meeting?.StartsAt ?? c.UpdatedAt).ToOffset(now.Offset).DateTime)))
            .ToList();
        var byId = contacts.ToDictionary(c => c.Id, StringComparer.Ordinal);

        return new ProgressReport
        {
            ContactsByStage = Enum.GetValues<ContactStage>()
                .Select(stage => new StageCount(stage, contacts.Count(c => c.Stage == stage)))
                .Where(s => s.Count > 0)
                .ToList(),
            TotalContacts = contacts.Count,
            ConversationsThisWeek = conversations.Count(d => d >= monday && d <= today),
            WeeklyTarget = profile?.WeeklyTarget ?? new CoachingProfile().WeeklyTarget,
            MeetingsHeld = conversations.Count,
            ReferralsGained = contacts.Count(c => c.ReferredByContactId is { } by && byId.ContainsKey(by)),
            ThankYousDue = debriefs.Count,
            ThankYousOnTime = debriefs.Count(d => d.ThankYouSentAt is { } sent && sent <= Deadline(d, byId.GetValueOrDefault(d.ContactId))),
            StayingInTouch = StayingInTouch(contacts, debriefs, today, keepInTouchAfter ?? new ReminderPolicyOptions().KeepInTouchAfter, updateNudges),
            ReferralTree = Tree(contacts),
        };
    }

    /// <summary>
    /// S116: contacts whose latest debrief says they agreed to stay in touch, or who were moved to "staying in touch";
    /// an update is due one interval after the last touch (the meeting, or the move to that stage).
    /// </summary>
    private static List<StayInTouchStatus> StayingInTouch(
        IReadOnlyList<Contact> contacts, IReadOnlyList<DebriefRecord> debriefs, DateOnly today, TimeSpan interval, IReadOnlyDictionary<string, DateOnly>? updateNudges)
    {
        var byId = contacts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var latest = debriefs.GroupBy(d => d.ContactId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(d => d.MetOn)!, StringComparer.Ordinal);
        var statuses = new List<StayInTouchStatus>();
        foreach (Contact contact in contacts)
        {
            DebriefRecord? last = latest.GetValueOrDefault(contact.Id);
            bool agreed = contact.Stage == ContactStage.KeepingInTouch || last is { StayInTouch: true };
            if (!agreed || contact.Stage == ContactStage.Declined)
            {
                continue;
            }

            DateOnly touched = last?.MetOn ?? DateOnly.MinValue;
            if (contact.Stage == ContactStage.KeepingInTouch && DateOnly.FromDateTime(contact.UpdatedAt.UtcDateTime) > touched)
            {
                touched = DateOnly.FromDateTime(contact.UpdatedAt.UtcDateTime);
            }

            // A touch logged later (an update sent, a resource shared) moved the reminder; it is the date the user was told.
            DateOnly due = updateNudges is not null && updateNudges.TryGetValue(contact.Id, out DateOnly nudge)
                ? nudge
                : touched.AddDays((int)Math.Ceiling(interval.TotalDays));
            statuses.Add(new StayInTouchStatus(contact.Name, due, due <= today));
        }

        return [.. statuses.OrderByDescending(s => s.Overdue).ThenBy(s => s.UpdateDue).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>24 hours after the meeting ended, or after the end of the meeting day when its time is unknown.</summary>
    private static DateTimeOffset Deadline(DebriefRecord debrief, Contact? contact)
    {
        if (contact?.Meeting is { } meeting && DateOnly.FromDateTime(meeting.StartsAt.DateTime) == debrief.MetOn)
        {
            return meeting.StartsAt.AddMinutes(meeting.DurationMinutes) + s_thankYouWithin;
        }

        DateTimeOffset endOfDay = new(debrief.MetOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return endOfDay + s_thankYouWithin;
    }

    private static List<ReferralLink> Tree(IReadOnlyList<Contact> contacts)
    {
        var byId = contacts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        ILookup<string, Contact> children = contacts
            .Where(c => c.ReferredByContactId is { } by && byId.ContainsKey(by))
            .ToLookup(c => c.ReferredByContactId!, StringComparer.Ordinal);
        var links = new List<ReferralLink>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        // Roots: people outside the list who passed on names, then contacts nobody in the list referred.
        foreach (IGrouping<string, Contact> outside in contacts
            .Where(c => c.ReferrerToMention is not null && (c.ReferredByContactId is null || !byId.ContainsKey(c.ReferredByContactId)))
            .GroupBy(c => c.ReferrerToMention!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            links.Add(new ReferralLink(outside.Key, null, 0, outside.OrderBy(c => c.CreatedAt).Select(c => c.Name).ToList()));
            foreach (Contact contact in outside.OrderBy(c => c.CreatedAt))
            {
                Walk(contact, 1);
            }
        }

        foreach (Contact root in contacts.Where(c => c.ReferredByContactId is null || !byId.ContainsKey(c.ReferredByContactId)).OrderBy(c => c.CreatedAt))
        {
            Walk(root, 0);
        }

        return links;

        void Walk(Contact contact, int depth)
        {
            if (!visited.Add(contact.Id))
            {
                return;
            }

            List<Contact> led = children[contact.Id].OrderBy(c => c.CreatedAt).ToList();
            if (led.Count == 0)
            {
                return;
            }

            links.Add(new ReferralLink(contact.Name, contact.Id, depth, led.Select(c => c.Name).ToList()));
            foreach (Contact child in led)
            {
                Walk(child, depth + 1);
            }
        }
    }
}
