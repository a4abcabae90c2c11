namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// Every default reminder timing, in one place. Bound from configuration section <see cref="SectionName"/>, so a
/// deployment can change any of them (<c>Reminders__Policy__ThankYouAfter=12:00:00</c>).
/// </summary>
public sealed record ReminderPolicyOptions
{
    public const string SectionName = "Reminders:Policy";

    /// <summary>Thank-you note, after the meeting.</summary>
    public TimeSpan ThankYouAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Second thank-you nudge, after the meeting, unless the first was marked done.</summary>
    public TimeSpan ThankYouSecondNudgeAfter { get; init; } = TimeSpan.FromHours(48);

    /// <summary>After this long since the meeting there are no more thank-you nudges (the draft stays available).</summary>
    public TimeSpan ThankYouLastNudgeBefore { get; init; } = TimeSpan.FromHours(72);

    /// <summary>A promise from the debrief with no date of its own, after the debrief.</summary>
    public TimeSpan PromisedItemAfter { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Voicemail left: call back this many business days later.</summary>
    public int VoicemailCallBackBusinessDays { get; init; } = 1;

    /// <summary>3B: business days without a reply before asking a second contact at the organisation.</summary>
    public int OutreachSecondContactBusinessDays { get; init; } = 3;

    /// <summary>7B: business days after the first ask before the one follow-up.</summary>
    public int OutreachFollowUpBusinessDays { get; init; } = 7;

    /// <summary>A written ask promises a call "next week": business days after sending before that call.</summary>
    public int OutreachCallBusinessDays { get; init; } = 5;

    /// <summary>Meeting prep: this many local calendar days before, at the meeting's local time.</summary>
    public int MeetingPrepDaysBefore { get; init; } = 1;

    /// <summary>The short prep note, before the meeting.</summary>
    public TimeSpan MeetingPrepShortBefore { get; init; } = TimeSpan.FromHours(1);

    /// <summary>"Did you meet?", after the meeting's planned end.</summary>
    public TimeSpan DebriefPromptAfter { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How early to arrive, for the "be there by" time in the prep message (0-15 minutes).</summary>
    public TimeSpan ArriveEarly { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Reach out to each referral, after the debrief.</summary>
    public TimeSpan ReferralOutreachAfter { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Tell the referrer you met their referral, after that meeting.</summary>
    public TimeSpan ReferrerUpdateAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Progress update to a contact who agreed to stay in touch, after the last logged touch.</summary>
    public TimeSpan KeepInTouchAfter { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Close the loop with each helper, after the search is marked done.</summary>
    public TimeSpan CloseTheLoopAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The to-do to update the LinkedIn profile, after the user says it isn't current (S015).</summary>
    public TimeSpan LinkedInUpdateAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Asking whether the mutual contact made the introduction: business days after the request was sent (S016).</summary>
    public int IntroductionCheckBusinessDays { get; init; } = 5;

    /// <summary>The weekly review of a week with two or more conversations comes on this day of that week (Monday-based), local time.</summary>
    public DayOfWeek WeeklyReviewDay { get; init; } = DayOfWeek.Friday;

    /// <summary>The local time of day of the weekly review.</summary>
    public TimeSpan WeeklyReviewTime { get; init; } = TimeSpan.FromHours(16);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        Positive(ThankYouAfter, nameof(ThankYouAfter));
        Positive(ThankYouSecondNudgeAfter - ThankYouAfter, nameof(ThankYouSecondNudgeAfter) + " (after " + nameof(ThankYouAfter) + ")");
        Positive(ThankYouLastNudgeBefore - ThankYouSecondNudgeAfter, nameof(ThankYouLastNudgeBefore) + " (after " + nameof(ThankYouSecondNudgeAfter) + ")");
        Positive(PromisedItemAfter, nameof(PromisedItemAfter));
        Positive(MeetingPrepShortBefore, nameof(MeetingPrepShortBefore));
        Positive(DebriefPromptAfter, nameof(DebriefPromptAfter));
        Positive(ReferralOutreachAfter, nameof(ReferralOutreachAfter));
        Positive(ReferrerUpdateAfter, nameof(ReferrerUpdateAfter));
        Positive(KeepInTouchAfter, nameof(KeepInTouchAfter));
        Positive(LinkedInUpdateAfter, nameof(LinkedInUpdateAfter));
        if (ArriveEarly < TimeSpan.Zero || ArriveEarly > TimeSpan.FromMinutes(15))
        {
            throw new ArgumentException($"{SectionName}:{nameof(ArriveEarly)} must be between 0 and 15 minutes.");
        }

        if (WeeklyReviewTime < TimeSpan.Zero || WeeklyReviewTime >= TimeSpan.FromDays(1) || !Enum.IsDefined(WeeklyReviewDay))
        {
            throw new ArgumentException($"{SectionName}:{nameof(WeeklyReviewTime)} must be a time of day, and {nameof(WeeklyReviewDay)} a day of the week.");
        }

        if (CloseTheLoopAfter < TimeSpan.Zero)
        {
            throw new ArgumentException($"{SectionName}:{nameof(CloseTheLoopAfter)} cannot be negative.");
        }

        if (VoicemailCallBackBusinessDays < 1 || OutreachSecondContactBusinessDays < 1 || OutreachFollowUpBusinessDays <= OutreachSecondContactBusinessDays || MeetingPrepDaysBefore < 1 || OutreachCallBusinessDays < 1 || IntroductionCheckBusinessDays < 1)
        {
            throw new ArgumentException($"{SectionName}: business-day and prep-day counts must be at least 1, and the follow-up must come after the second-contact step.");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{SectionName}:{name} must be positive.");
        }
    }
}
