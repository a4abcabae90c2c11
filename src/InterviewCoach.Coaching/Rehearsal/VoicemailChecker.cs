using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Checks a voicemail: name, number, how you got theirs, when you will call again, and no job talk, all within
/// half a minute. The rewrite names the next business day after <c>now</c>.
/// </summary>
public static class VoicemailChecker
{
    public const int MinSeconds = 10;
    public const int MaxSeconds = 30;

    // Seven or more digits, allowing the spaces, dashes, dots and brackets people type in phone numbers.
    private static readonly Regex s_phone = new(
        @"\+?\d[\d\s().-]{5,}\d", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    public static PitchReport Check(string? voicemail, DateTimeOffset now, CoachingProfile? profile = null, Contact? contact = null, ISentenceEmbedder? embedder = null)
    {
        NormalizedText text = NormalizedText.From(voicemail);
        PitchReading reading = PitchReader.Read(voicemail, embedder);
        bool hasWords = text.WordCount > 0;
        int seconds = SpeakingPace.EstimateSeconds(text.WordCount);
        string? number = FindPhoneNumber(voicemail);

        var findings = new FindingList();
        findings.Add(
            CheckRuleIds.IntroducesSelf, 20,
            reading.Labels.IntroducesSelf,
            "You say who's calling.",
            "Start with your name: \"Hello, this is Sam Lee.\"");
        findings.Add(
            CheckRuleIds.GivesNumber, 20,
            number is not null,
            "You leave your number.",
            "Leave your number, slowly, and say it twice.");
        findings.Add(
            CheckRuleIds.SaysHowFound, 20,
            reading.Labels.NamesReferrerOrSource || contact?.Connection == ConnectionKind.KnowThem,
            "You say how you got their name, which makes a call back more likely.",
            "Mention who passed on their name, or how you found them.");
        findings.Add(
            CheckRuleIds.SaysWhenCallingBack, 20,
            reading.OffersCallBack || CoachPhrases.CallingBackWhen.HasAffirmed(text),
            "You say when you'll try again, so the next move stays with you.",
            "Say when you'll call again, such as \"I'll try you again on Monday\".");
        findings.Add(
            CheckRuleIds.NoJobAsk, 15,
            hasWords && !reading.Labels.AsksForJob,
            "Nothing in it asks for a job.",
            hasWords ? "Leave out any ask about jobs, openings or your résumé." : "There's nothing here to check yet.");
        if (reading.AsksContactToCall)
        {
            findings.Add(
                CheckRuleIds.KeepsTheCallBack, 10,
                passed: false,
                "You keep the next call in your hands.",
                "Don't ask them to call you back: busy people rarely do. Say you'll try them again, and when.");
        }
        findings.Add(
            CheckRuleIds.SpeakingLength, 5,
            seconds is >= MinSeconds and <= MaxSeconds,
            $"At about {seconds} seconds it's easy to listen to.",
            seconds < MinSeconds
                ? $"At about {seconds} seconds it's too thin; give your name, number and reason."
                : $"At about {seconds} seconds it's long for a voicemail; keep it under {MaxSeconds}.");

        ScriptFacts facts = ScriptFacts.From(profile, contact, field: null).FillFrom(DetailExtractor.Extract(voicemail));
        if (facts.UserPhone is null && number is not null)
        {
            facts = facts with { UserPhone = number };
        }

        return new PitchReport
        {
            Findings = findings.Findings,
            Strengths = findings.Strengths,
            Missing = findings.Missing,
            Rewrite = findings.AllPassed ? TextFolding.Tidy(voicemail) : AskScriptBuilder.Voicemail(facts, now).Text,
            WordCount = text.WordCount,
            EstimatedSeconds = seconds,
            FillerCount = reading.Fillers,
            Score = findings.Score,
        };
    }

    private static string? FindPhoneNumber(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            foreach (Match match in s_phone.Matches(text))
            {
                if (match.Value.Count(char.IsDigit) >= 7)
                {
                    return match.Value.Trim();
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Treat an unreadable paste as having no number rather than failing the check.
        }

        return null;
    }
}
