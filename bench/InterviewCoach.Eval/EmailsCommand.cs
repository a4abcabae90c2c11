using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>emails</c>: whole pasted emails in (greeting, body, signature), the seven email labels out. <c>--score file.jsonl</c> compares with
/// a labelled file (items with <c>labels</c>) and prints per-label macro F1; <c>--misses</c> lists disagreements.
/// </summary>
internal static class EmailsCommand
{
    public static readonly string[] Labels =
    [
        "under_75_words", "connection_first", "asks_advice_not_jobs", "request_is_question", "interest_narrow_and_broad",
        "mostly_about_contact", "no_resume_attached",
    ];

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        LabelledTextCommand.Run("emails", Labels, Decide, args, input, output, error);

    public static Dictionary<string, bool> Decide(string text, ISentenceEmbedder? model)
    {
        EmailReading reading = EmailReader.Read(text, model);
        EmailLabels l = reading.Labels;
        if (Environment.GetEnvironmentVariable("EMAILS_EXPLAIN") == "1")
        {
            // For diagnosing the narrow-and-broad label: which half the reader found.
            Console.Error.WriteLine($"narrow={reading.NamesNarrow} broad={reading.NamesBroad} contact={reading.ContactWords} sender={reading.SenderWords} | {text.ReplaceLineEndings(" ")[..Math.Min(90, text.Length)]}");
            if (model is { IsReady: true })
            {
                var phrases = FieldPhrases.Candidates(InterviewCoach.Coaching.Text.SentenceSplitter.SplitUnits(reading.Body).Select(u => u.Text));
                EmailReader.Explain(text, model).ForEach(Console.Error.WriteLine);
                Console.Error.WriteLine("   fields: " + string.Join("; ", FieldPhrases.Scores(phrases, model).Select(p => $"{p.Phrase} {p.Field:0.00}/{p.Other:0.00}")));
            }
        }

        return new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["under_75_words"] = l.Under75Words,
            ["connection_first"] = l.ConnectionFirst,
            ["asks_advice_not_jobs"] = l.AsksAdviceNotJobs,
            ["request_is_question"] = l.RequestIsQuestion,
            ["interest_narrow_and_broad"] = l.InterestNarrowAndBroad,
            ["mostly_about_contact"] = l.MostlyAboutContact,
            ["no_resume_attached"] = l.NoResumeAttached,
        };
    }
}
