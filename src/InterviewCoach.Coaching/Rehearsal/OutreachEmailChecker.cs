using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Checks an email asking for an informational interview. Word counts include the greeting and sign-off.
/// <para>
/// "About the contact" is estimated from pronouns: second-person words (you, your, yours, yourself and their
/// contractions) against first-person ones (I, me, my, mine, myself and theirs). It passes when more than half of
/// those words point at the reader. Pronouns are a cheap, explainable proxy for whose story the email tells.
/// </para>
/// </summary>
public static class OutreachEmailChecker
{
    /// <summary>An email must stay under this many words.</summary>
    public const int MaxWords = 75;

    private static readonly HashSet<string> s_secondPerson =
        ["you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll"];

    private static readonly HashSet<string> s_firstPerson =
        ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"];

    public static EmailReport Check(string? email, CoachingProfile? profile = null, Contact? contact = null)
    {
        NormalizedText text = NormalizedText.From(email);
        bool hasWords = text.WordCount > 0;
        int you = text.Words.Count(s_secondPerson.Contains);
        int me = text.Words.Count(s_firstPerson.Contains);
        double share = you + me == 0 ? 0 : (double)you / (you + me);

        var findings = new FindingList();
        findings.Add(
            CheckRuleIds.EmailLength, 10,
            hasWords && text.WordCount < MaxWords,
            $"At {text.WordCount} words it can be read at a glance.",
            hasWords
                ? $"At {text.WordCount} words it's long for a first note; cut it to under {MaxWords}."
                : "There's nothing here to check yet.");
        findings.Add(
            CheckRuleIds.ConnectionFirst, 15,
            OpeningSentences(text).Any(CoachPhrases.HowFound.IsMatch),
            "You open with how you're connected, which is why they'll keep reading.",
            "Open with your connection: who suggested them, or where you share ground.");
        findings.Add(
            CheckRuleIds.AsksForAdvice, 10,
            CoachPhrases.AsksForAdvice.IsMatch(text),
            "You ask for their advice and knowledge.",
            "Say plainly that you're after their advice and what they know.");
        findings.Add(
            CheckRuleIds.NoJobAsk, 15,
            hasWords && !CoachPhrases.JobAsk.HasAffirmed(text),
            "You don't ask for a job, which keeps the door open.",
            hasWords
                ? "Take out any ask about jobs, openings or hiring; a stranger will say no to that, but yes to advice."
                : "There's nothing here to check yet.");
        findings.Add(
            CheckRuleIds.RequestIsQuestion, 15,
            text.Sentences.Any(s => s.IsQuestion && CoachPhrases.Request.IsMatch(s.Text)),
            "Your request is a clear question, easy to answer.",
            "Put your request as a question that ends with a question mark, such as \"Would you be open to a short conversation?\"");
        findings.Add(
            CheckRuleIds.NamesNarrowAndBroad, 10,
            text.Sentences.Any(s => CoachPhrases.NarrowAndBroad.IsMatch(s.Text)),
            "You name your interest both precisely and broadly.",
            "Name your interest precisely and then broadly, for example \"urban planning, and local government more broadly\".");
        findings.Add(
            CheckRuleIds.AboutTheContact, 10,
            share > 0.5,
            "The email is more about them than about you.",
            $"Only {you} of {you + me} pronouns point at them; turn some \"I\" sentences into \"you\" sentences.");
        findings.Add(
            CheckRuleIds.NoResumeAttached, 10,
            hasWords && !CoachPhrases.ResumeAttached.HasAffirmed(text),
            "No résumé attached, so it doesn't read as an application.",
            hasWords
                ? "Leave the résumé out; attached to a first note it reads as a job application."
                : "There's nothing here to check yet.");
        findings.Add(
            CheckRuleIds.PromisesFollowUp, 5,
            CoachPhrases.FollowUp.HasAffirmed(text),
            "You say you'll follow up, so the next move is yours.",
            "Finish by saying when you'll follow up, such as \"I'll phone you next week\"; don't wait for a reply.");

        return new EmailReport
        {
            Findings = findings.Findings,
            Strengths = findings.Strengths,
            Missing = findings.Missing,
            Rewrite = findings.AllPassed
                ? (email ?? string.Empty).Trim()
                : AskScriptBuilder.Email(ScriptFacts.From(profile, contact, field: null).FillFrom(DetailExtractor.Extract(email))).Text,
            WordCount = text.WordCount,
            SecondPersonCount = you,
            FirstPersonCount = me,
            AboutContactShare = Math.Round(share, 3),
            Score = findings.Score,
        };
    }

    // The connection must come first: the first body sentence, or the second after a pleasantry like "I hope you're well".
    private static IEnumerable<string> OpeningSentences(NormalizedText text)
    {
        IEnumerable<NormalizedSentence> body = text.Sentences;
        NormalizedSentence? first = text.Sentences.Count > 0 ? text.Sentences[0] : null;
        if (first is not null && first.WordCount <= 5 && CoachPhrases.Greeting.IsMatch(first.Text))
        {
            body = body.Skip(1);
        }

        List<NormalizedSentence> opening = body.Take(2).ToList();
        if (opening.Count == 0)
        {
            yield break;
        }

        yield return opening[0].Text;
        if (opening.Count > 1 && CoachPhrases.Pleasantry.IsMatch(opening[0].Text))
        {
            yield return opening[1].Text;
        }
    }
}
