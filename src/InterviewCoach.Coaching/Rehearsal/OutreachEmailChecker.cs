using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Checks an email asking for an informational interview. Every rule judges the body, after the greeting, the
/// sign-off and signature and any quoted thread are removed; the findings are the decisions of
/// <see cref="EmailReader"/>, the labels the evaluation tool reports.
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

    /// <summary>The label decisions alone, as the evaluation tool reports them.</summary>
    public static EmailLabels Label(string? email, ISentenceEmbedder? embedder = null) => EmailReader.Read(email, embedder).Labels;

    public static EmailReport Check(string? email, CoachingProfile? profile = null, Contact? contact = null, ISentenceEmbedder? embedder = null)
    {
        EmailReading reading = EmailReader.Read(email, embedder);
        EmailLabels labels = reading.Labels;
        NormalizedText text = NormalizedText.From(reading.Body);
        int words = reading.BodyWords;
        bool hasWords = words > 0;
        int you = text.Words.Count(s_secondPerson.Contains);
        int me = text.Words.Count(s_firstPerson.Contains);
        double share = you + me == 0 ? 0 : (double)you / (you + me);

        var findings = new FindingList();
        findings.Add(
            CheckRuleIds.EmailLength, 10,
            labels.Under75Words,
            $"At {words} words it can be read at a glance.",
            hasWords
                ? $"At {words} words (greeting and signature aside) it's long for a first note; cut it to under {MaxWords}."
                : "There's nothing here to check yet.");
        findings.Add(
            CheckRuleIds.ConnectionFirst, 15,
            labels.ConnectionFirst,
            "You open with how you're connected, which is why they'll keep reading.",
            "Make your first sentence your connection: who suggested them, or where you share ground.");
        findings.Add(
            CheckRuleIds.AsksForAdvice, 10,
            CoachPhrases.AsksForAdvice.IsMatch(text),
            "You ask for their advice and knowledge.",
            "Say plainly that you're after their advice and what they know.");
        findings.Add(
            CheckRuleIds.NoJobAsk, 15,
            labels.AsksAdviceNotJobs,
            "You don't ask for a job, which keeps the door open.",
            hasWords
                ? "Take out any ask about jobs, openings or hiring; a stranger will say no to that, but yes to advice."
                : "There's nothing here to check yet.");
        findings.Add(
            CheckRuleIds.RequestIsQuestion, 15,
            labels.RequestIsQuestion,
            "Your request is a clear question, easy to answer.",
            "Put your request as a question that ends with a question mark, such as \"Would you be open to a short conversation?\"");
        findings.Add(
            CheckRuleIds.NamesNarrowAndBroad, 10,
            labels.InterestNarrowAndBroad,
            "You name your interest both precisely and broadly.",
            (reading.NamesNarrow, reading.NamesBroad) switch
            {
                (true, false) => "You name their team or organisation; add the wider field it belongs to, for example \"and where local government planning is heading more broadly\".",
                (false, true) => "You name the wider field; add their own team, role or organisation, for example \"your transport team at the city council\".",
                _ => "Name your interest precisely and then broadly, for example \"urban planning, and local government more broadly\".",
            });
        findings.Add(
            CheckRuleIds.AboutTheContact, 10,
            labels.MostlyAboutContact,
            "The email is more about them than about you.",
            "Most of it is about you; turn some \"I\" sentences into sentences about their work, path and advice.");
        findings.Add(
            CheckRuleIds.NoResumeAttached, 10,
            labels.NoResumeAttached,
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
            WordCount = words,
            SecondPersonCount = you,
            FirstPersonCount = me,
            AboutContactShare = Math.Round(share, 3),
            Score = findings.Score,
        };
    }
}
