namespace InterviewCoach.Coaching;

/// <summary>
/// Options for the question, prep and debrief flows when something already knows the contact (a reminder's button,
/// a contact card). Begun without options, each flow asks which contact it is about.
/// </summary>
/// <param name="ContactId">The contact's id, or null for a generic question list.</param>
public sealed record ContactFlowOptions(string? ContactId);
