namespace InterviewCoach.Coaching.Text;

/// <summary>One sentence of the user's text as they wrote it (tidied), and whether it ended with a question mark.</summary>
internal sealed record SpokenSentence(string Text, bool IsQuestion);
