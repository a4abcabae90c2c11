namespace InterviewCoach.Coaching;

/// <summary>Marker for the coaching assembly.</summary>
internal static class CoachingAssembly;
