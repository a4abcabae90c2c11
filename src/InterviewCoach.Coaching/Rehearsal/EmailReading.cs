namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Everything the email checker decides about one email, read once and shared by the feedback.</summary>
internal sealed record EmailReading(EmailLabels Labels, string Body, int BodyWords, int ContactWords, int SenderWords, bool NamesNarrow, bool NamesBroad);
