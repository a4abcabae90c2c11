using System.Globalization;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// What the user took away from one conversation, stored as kind <c>debrief</c>. Ids start with the meeting date,
/// so listing a user's debriefs (ordered by id) lists them by date.
/// </summary>
public sealed record DebriefRecord
{
    public required string Id { get; init; }

    public required string ContactId { get; init; }

    public required string ContactName { get; init; }

    /// <summary>The day of the conversation, in the user's time zone.</summary>
    public DateOnly MetOn { get; init; }

    /// <summary>The user's own notes from the conversation, pasted or typed as they were (never quoted in a draft).</summary>
    public string? Notes { get; init; }

    public string Learned { get; init; } = string.Empty;

    /// <summary>How much the conversation changed the user's view of the field: 1 (not at all) to 5 (completely).</summary>
    public int ViewChange { get; init; }

    public string? ViewChangeWhy { get; init; }

    /// <summary>Whether what the user heard matched what they expected of the work.</summary>
    public DebriefFit Fit { get; init; }

    public string? Advice { get; init; }

    /// <summary>What the conversation showed about the user's strengths and what they would need to work on.</summary>
    public string? StrengthsAndGaps { get; init; }

    /// <summary>Job titles, terms and issues that were new to the user.</summary>
    public string? NewTerms { get; init; }

    /// <summary>Employers or organisations the contact mentioned that the user wants to look into, one per item.</summary>
    public IReadOnlyList<string> Employers { get; init; } = [];

    /// <summary>Whether the contact agreed that the user may stay in touch (keep-in-touch reminders follow only a yes).</summary>
    public bool StayInTouch { get; init; }

    /// <summary>Whether the contact asked for the résumé or offered to review it (only then does the thank-you mention it).</summary>
    public bool ResumeRequested { get; init; }

    public ThankYouMedium ThankYouMedium { get; init; }

    public IReadOnlyList<DebriefReferral> Referrals { get; init; } = [];

    public IReadOnlyList<string> PromisedItems { get; init; } = [];

    public string? NextSteps { get; init; }

    public SelfReview Review { get; init; } = new();

    /// <summary>The coach's one tip for next time, from the self-review.</summary>
    public string Tip { get; init; } = string.Empty;

    public string ThankYouDraft { get; init; } = string.Empty;

    /// <summary>When the user said the thank-you note went out.</summary>
    public DateTimeOffset? ThankYouSentAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A new id: the meeting date, the time of saving and the contact, so ids sort by date.</summary>
    public static string NewId(DateOnly metOn, DateTimeOffset createdAt, string contactId)
    {
        ArgumentNullException.ThrowIfNull(contactId);
        string contact = contactId.Length > 8 ? contactId[..8] : contactId;
        return string.Create(CultureInfo.InvariantCulture, $"{metOn:yyyyMMdd}-{createdAt.UtcDateTime:HHmmssfff}-{contact}");
    }
}
