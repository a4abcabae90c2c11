using System.Globalization;
using System.Text;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>How debriefs are shown: a dated summary card, and the list of earlier debriefs with a contact.</summary>
public static class DebriefView
{
    public static CardReply Summary(DebriefRecord debrief)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        var sections = new List<CardSection>
        {
            new() { Heading = "What you learned", Markdown = debrief.Learned },
        };
        if (debrief.ViewChangeWhy is { } why)
        {
            sections.Add(new CardSection { Heading = "How your view changed", Markdown = why });
        }

        if (debrief.Advice is { } advice)
        {
            sections.Add(new CardSection { Heading = "Advice", Markdown = advice });
        }

        if (debrief.StrengthsAndGaps is { } strengths)
        {
            sections.Add(new CardSection { Heading = "Your strengths and what to work on", Markdown = strengths });
        }

        if (debrief.NewTerms is { } terms)
        {
            sections.Add(new CardSection { Heading = "New titles and terms", Markdown = terms });
        }

        if (debrief.Employers.Count > 0)
        {
            sections.Add(new CardSection { Heading = "Employers to look into", Items = debrief.Employers });
        }

        if (debrief.Referrals.Count > 0)
        {
            sections.Add(new CardSection
            {
                Heading = "People to talk to next",
                Items = debrief.Referrals.Select(Describe).ToList(),
            });
        }

        if (debrief.PromisedItems.Count > 0)
        {
            sections.Add(new CardSection { Heading = "You promised to send", Items = debrief.PromisedItems });
        }

        if (debrief.NextSteps is { } next)
        {
            sections.Add(new CardSection { Heading = "Next steps", Markdown = next });
        }

        sections.Add(new CardSection { Heading = "Tip for next time", Markdown = debrief.Tip });
        if (debrief.Notes is { } notes)
        {
            sections.Add(new CardSection { Heading = "Your notes", Markdown = notes });
        }

        var facts = new List<CardFact>();
        if (debrief.ViewChange is >= 1 and <= 5)
        {
            facts.Add(new CardFact("View of the field changed", string.Create(CultureInfo.InvariantCulture, $"{debrief.ViewChange} of 5")));
        }

        if (debrief.Fit != DebriefFit.Unknown)
        {
            facts.Add(new CardFact("Matched what you expected", debrief.Fit switch
            {
                DebriefFit.Fits => "Yes",
                DebriefFit.Partly => "Partly",
                _ => "No, not for you",
            }));
        }

        facts.Add(new CardFact("Agreed to stay in touch", debrief.StayInTouch ? "Yes" : "No"));
        facts.Add(new CardFact("Self-review", string.Create(CultureInfo.InvariantCulture, $"{ReviewScore(debrief.Review)} of 5 habits")));
        return new CardReply($"Debrief: {debrief.ContactName}")
        {
            Subtitle = Date(debrief.MetOn),
            Facts = facts,
            Sections = sections,
        };
    }

    /// <summary>Earlier debriefs with one contact, newest first, one line each.</summary>
    public static string History(string contactName, IReadOnlyList<DebriefRecord> debriefs)
    {
        ArgumentNullException.ThrowIfNull(debriefs);
        var text = new StringBuilder($"Your earlier debriefs with {contactName}:");
        foreach (DebriefRecord debrief in debriefs.OrderByDescending(d => d.Id, StringComparer.Ordinal))
        {
            string learned = debrief.Learned.Length > 80 ? string.Concat(debrief.Learned.AsSpan(0, 77).TrimEnd(), "...") : debrief.Learned;
            text.Append("\n- **").Append(Date(debrief.MetOn)).Append("**: ").Append(learned);
        }

        return text.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static int ReviewScore(SelfReview review) =>
        new[] { review.KeptToTime, review.AskedOpenQuestions, review.AskedForReferrals, review.AvoidedAskingForJob, review.TookNotes }.Count(b => b);

    private static string Describe(DebriefReferral referral)
    {
        var text = new StringBuilder(referral.Name);
        string? detail = (referral.Role is { } typed ? FieldCasing.Cased(typed) : null, referral.Organisation) switch
        {
            ({ } role, { } organisation) => $"{role}, {organisation}",
            ({ } role, null) => role,
            (null, { } organisation) => organisation,
            _ => null,
        };
        if (detail is not null)
        {
            text.Append(" (").Append(detail).Append(')');
        }

        text.Append(referral.MayUseName ? ": you may mention who sent you" : ": ask before mentioning who sent you");
        return text.ToString();
    }
}
