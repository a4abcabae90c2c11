using System.Globalization;
using System.Text;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>S110: this week's dated debrief summaries side by side, so several conversations can be compared.</summary>
public static class WeeklyReview
{
    /// <summary>A review is offered from this many debriefs in one week.</summary>
    public const int MinDebriefs = 2;

    /// <summary>The debriefs of conversations held from Monday to today (in the user's zone), oldest first.</summary>
    public static IReadOnlyList<DebriefRecord> ThisWeek(IReadOnlyList<DebriefRecord> all, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(all);
        DateOnly today = DateOnly.FromDateTime(now.DateTime);
        DateOnly monday = Monday(today);
        return all.Where(d => d.MetOn >= monday && d.MetOn <= today).OrderBy(d => d.MetOn).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Once a week holds <see cref="MinDebriefs"/> or more conversations: says so (<paramref name="how"/> names the button or
    /// word that opens the review now) and schedules the end-of-week review through the reminder policy.
    /// </summary>
    internal static async ValueTask OfferAsync(DialogContext dc, CoachServices services, IReadOnlyList<DebriefRecord> all, string how, CancellationToken cancellationToken)
    {
        int count = ThisWeek(all, dc.Now).Count;
        if (count < MinDebriefs)
        {
            return;
        }

        dc.Send(string.Create(CultureInfo.InvariantCulture, $"That's {count} conversations this week: {how} to compare what you learned side by side."));
        FollowThroughResult? review = await FollowThrough.RaiseAsync(services, dc.Input.UserKey, new WeekOfConversations(services.Time.GetUtcNow(), count), cancellationToken).ConfigureAwait(false);
        if (review is { Scheduled: [{ } reminder, ..] })
        {
            dc.Send($"I'll also send you the review at the end of the week, **{FollowThrough.Arrives(reminder, review.Settings)}**.");
        }
    }

    public static CardReply Card(IReadOnlyList<DebriefRecord> week, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(week);
        DateOnly monday = Monday(DateOnly.FromDateTime(now.DateTime));
        return new CardReply(string.Create(CultureInfo.InvariantCulture, $"Your week: {week.Count} conversation{(week.Count == 1 ? string.Empty : "s")}"))
        {
            Subtitle = $"{DebriefView.Date(monday)} to {DebriefView.Date(monday.AddDays(6))}",
            Sections = [.. week.Select(d => new CardSection { Heading = $"{DebriefView.Date(d.MetOn)}: {d.ContactName}", Markdown = Summary(d) })],
        };
    }

    private static string Summary(DebriefRecord debrief)
    {
        var text = new StringBuilder();
        text.Append("**Learned:** ").Append(Short(debrief.Learned));
        if (debrief.Fit != DebriefFit.Unknown)
        {
            text.Append("\n\n**Fit:** ").Append(debrief.Fit switch
            {
                DebriefFit.Fits => "matched what you expected",
                DebriefFit.Partly => "partly what you expected",
                _ => "not for you",
            });
        }

        if (debrief.Advice is { } advice)
        {
            text.Append("\n\n**Advice:** ").Append(Short(advice));
        }

        if (debrief.Referrals.Count > 0)
        {
            text.Append("\n\n**Suggested:** ").Append(string.Join(", ", debrief.Referrals.Select(r => r.Name)));
        }

        return text.ToString();
    }

    private static string Short(string text) => text.Length > 160 ? string.Concat(text.AsSpan(0, 157).TrimEnd(), "...") : text;

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
