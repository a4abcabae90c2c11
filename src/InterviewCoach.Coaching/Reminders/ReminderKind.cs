namespace InterviewCoach.Coaching.Reminders;

/// <summary>What a reminder is about. Default timings for each live in <see cref="ReminderPolicyOptions"/>.</summary>
public enum ReminderKind
{
    /// <summary>Thank the contact: 24 h after the meeting, nudged again at 48 h unless marked done.</summary>
    ThankYouNote,

    /// <summary>Something the user promised during the meeting (an article, an introduction), from the debrief.</summary>
    PromisedItem,

    /// <summary>A voicemail was left: call back the next business day.</summary>
    VoicemailCallBack,

    /// <summary>3B of the 3B7 routine: no reply from contact A after 3 business days, ask a second contact at the same organisation.</summary>
    OutreachSecondContact,

    /// <summary>7B of the 3B7 routine: 7 business days after asking A, one follow-up to A.</summary>
    OutreachFollowUp,

    /// <summary>Meeting prep, the day before.</summary>
    MeetingPrepDayBefore,

    /// <summary>A short prep note an hour before the meeting.</summary>
    MeetingPrepHourBefore,

    /// <summary>The meeting time has passed: did you meet? Start the debrief.</summary>
    DebriefPrompt,

    /// <summary>Reach out to someone the contact referred you to.</summary>
    ReferralOutreach,

    /// <summary>Tell the person who referred you that you have met the referral.</summary>
    ReferrerUpdate,

    /// <summary>A progress update about three months after the last touch, for contacts who agreed to stay in touch.</summary>
    KeepInTouch,

    /// <summary>The search is done: tell the people who helped how it turned out.</summary>
    CloseTheLoop,

    /// <summary>A call at a time the contact, their receptionist or the user named ("call me back Thursday at 3").</summary>
    CallBack,

    /// <summary>The phone call that follows a written ask (email, letter, LinkedIn), as the ask itself promised.</summary>
    OutreachCall,

    /// <summary>Bring the LinkedIn profile up to date: the user said it isn't, before their first ask (S015).</summary>
    UpdateLinkedIn,

    /// <summary>Has the mutual contact made the introduction the user asked for? (S016)</summary>
    IntroductionCheck,

    /// <summary>Two or more conversations this week: compare their summaries side by side at the end of the week (S110).</summary>
    WeeklyReview,
}
