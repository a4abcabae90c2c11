namespace InterviewCoach.Coaching.Debrief;

/// <summary>How the thank-you goes out (D10): email by default, since it can meet the 24-hour deadline; a card stands out.</summary>
public enum ThankYouMedium
{
    Email,
    HandwrittenCard,
}
