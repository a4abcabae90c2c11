using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Questions;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// What to follow up after a conversation, and when: the thank-you within 24 hours, promised items within two
/// days, each referral within three, an update in about two months, and closing the loop when the search ends.
/// </summary>
public static class FollowUpPolicy
{
    public static readonly TimeSpan ThankYouWithin = TimeSpan.FromHours(24);
    public static readonly TimeSpan PromisedItemsWithin = TimeSpan.FromDays(2);
    public static readonly TimeSpan ReferralWithin = TimeSpan.FromDays(3);
    public static readonly TimeSpan ProgressUpdateAfter = TimeSpan.FromDays(60);

    public static IReadOnlyList<PlannedFollowUp> Plan(Contact contact, DebriefRecord debrief, IReadOnlyList<Contact> createdReferrals, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(debrief);
        ArgumentNullException.ThrowIfNull(createdReferrals);
        string name = new QuestionContext(null, null, contact.Name).AddressName ?? contact.Name;
        var plan = new List<PlannedFollowUp>
        {
            new(FollowUpKind.ThankYou, $"Send {name} your thank-you note", now + ThankYouWithin, contact.Id),
        };
        plan.AddRange(debrief.PromisedItems.Select(item => new PlannedFollowUp(FollowUpKind.PromisedItem, $"Send {name} {ThankYouNote.Item(item)}", now + PromisedItemsWithin, contact.Id)));
        plan.AddRange(createdReferrals.Select(referral => new PlannedFollowUp(FollowUpKind.Referral, $"Get in touch with {referral.Name} ({name} suggested them)", now + ReferralWithin, referral.Id)));
        plan.Add(new PlannedFollowUp(FollowUpKind.ProgressUpdate, $"Let {name} know how you're getting on", now + ProgressUpdateAfter, contact.Id));
        plan.Add(new PlannedFollowUp(FollowUpKind.CloseTheLoop, $"Tell {name} how your search ended", null, contact.Id));
        return plan;
    }
}
