namespace InterviewCoach.Dialogs.Replies;

/// <summary>A label/value pair shown on a card (Teams FactSet, Slack section fields).</summary>
public sealed record CardFact(string Label, string Value);
