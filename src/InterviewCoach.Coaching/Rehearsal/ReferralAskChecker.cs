using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Checks the ask near the end of a conversation: who else to talk to, and whether their name may be used.</summary>
public static class ReferralAskChecker
{
    public static PitchReport Check(string? ask, CoachingProfile? profile = null, Contact? contact = null)
    {
        NormalizedText text = NormalizedText.From(ask);
        bool hasWords = text.WordCount > 0;

        var findings = new FindingList();
        findings.Add(
            CheckRuleIds.ThanksThem, 20,
            CoachPhrases.Thanks.HasAffirmed(text),
            "You thank them before asking for more.",
            "Thank them for their time before you ask for anything else.");
        findings.Add(
            CheckRuleIds.AsksWhoElse, 35,
            CoachPhrases.AsksWhoElse.IsMatch(text),
            "You ask who else you could learn from.",
            "Ask who else they'd suggest you speak with.");
        findings.Add(
            CheckRuleIds.AsksToMentionThem, 30,
            CoachPhrases.AsksToMention.HasAffirmed(text),
            "You ask whether you may mention them, which makes the next call much warmer.",
            "Ask whether you may say they sent you; their name is your introduction.");
        findings.Add(
            CheckRuleIds.NoJobAsk, 15,
            hasWords && !CoachPhrases.JobAsk.HasAffirmed(text),
            "Nothing in it asks for a job.",
            hasWords ? "Leave out any ask about jobs, openings or your résumé." : "There's nothing here to check yet.");

        return SpokenPieceReport.Build(findings, text, ask, profile, contact, AskScriptBuilder.ReferralAsk);
    }
}
