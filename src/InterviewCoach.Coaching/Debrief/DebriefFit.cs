namespace InterviewCoach.Coaching.Debrief;

/// <summary>Whether what the user heard matched their picture of the work.</summary>
public enum DebriefFit
{
    /// <summary>Not asked (debriefs saved before the question existed).</summary>
    Unknown,
    Fits,
    Partly,
    NotForMe,
}
