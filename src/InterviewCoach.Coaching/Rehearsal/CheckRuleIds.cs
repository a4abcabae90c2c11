namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Stable ids of the checkers' rules. They are stored with practice attempts, so never rename one.</summary>
public static class CheckRuleIds
{
    public const string IntroducesSelf = "introduces-self";
    public const string SaysHowFound = "says-how-found";
    public const string ChecksTime = "checks-time";
    public const string StatesResearchPurpose = "states-research-purpose";
    public const string SaysNotAJob = "says-not-a-job";
    public const string AsksShortTime = "asks-short-time";
    public const string LeavesChoiceToThem = "leaves-choice-to-them";
    public const string NoJobAsk = "no-job-ask";
    public const string SpeakingLength = "speaking-length";
    public const string FewFillers = "few-fillers";
    public const string AcknowledgesBusy = "acknowledges-busy";
    public const string KeepsTheCallBack = "keeps-the-call-back";

    public const string EmailLength = "email-length";
    public const string ConnectionFirst = "connection-first";
    public const string AsksForAdvice = "asks-for-advice";
    public const string RequestIsQuestion = "request-is-question";
    public const string NamesNarrowAndBroad = "names-narrow-and-broad";
    public const string AboutTheContact = "about-the-contact";
    public const string NoResumeAttached = "no-resume-attached";
    public const string PromisesFollowUp = "promises-follow-up";

    public const string ThanksThem = "thanks-them";
    public const string RestatesPurpose = "restates-purpose";
    public const string AsksWhoElse = "asks-who-else";
    public const string AsksToMentionThem = "asks-to-mention-them";

    public const string GivesNumber = "gives-number";
    public const string SaysWhenCallingBack = "says-when-calling-back";
}
