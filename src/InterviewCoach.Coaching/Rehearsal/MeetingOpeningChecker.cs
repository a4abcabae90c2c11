using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Checks the first words of the conversation itself: thanks, purpose, and that it is not about a job.</summary>
public static class MeetingOpeningChecker
{
    public static PitchReport Check(string? opening, CoachingProfile? profile = null, Contact? contact = null)
    {
        NormalizedText text = NormalizedText.From(opening);
        bool hasWords = text.WordCount > 0;

        var findings = new FindingList();
        findings.Add(
            CheckRuleIds.ThanksThem, 25,
            CoachPhrases.Thanks.HasAffirmed(text),
            "You open by thanking them.",
            "Begin by thanking them for making the time.");
        findings.Add(
            CheckRuleIds.RestatesPurpose, 25,
            CoachPhrases.ResearchPurpose.IsMatch(text),
            "You remind them why you're there.",
            "Remind them of your purpose: you're researching the field and want their perspective.");
        findings.Add(
            CheckRuleIds.SaysNotAJob, 25,
            CoachPhrases.JobMention.HasNegated(text),
            "You make clear you're not there for a job.",
            "Say outright that a job isn't what you came for.");
        findings.Add(
            CheckRuleIds.NoJobAsk, 25,
            hasWords && !CoachPhrases.JobAsk.HasAffirmed(text),
            "Nothing in it asks for a job.",
            hasWords ? "Leave out any ask about jobs, openings or your résumé." : "There's nothing here to check yet.");

        return SpokenPieceReport.Build(findings, text, opening, profile, contact, AskScriptBuilder.MeetingOpening);
    }
}
