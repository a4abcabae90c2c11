namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>One beat of a script: a coaching cue and the words to use.</summary>
public sealed record ScriptStep(string Cue, string Words);
