using System.Text.Json.Serialization;
using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// The questions the user plans to ask one contact (or anyone, for a generic list), in priority order. The referral
/// question is kept apart so that it is always asked last. Stored as kind <c>questions</c>, one per contact.
/// </summary>
public sealed record QuestionList
{
    /// <summary>The record id of the generic list (contact lists use the contact id).</summary>
    public const string GenericId = "generic";

    public required string Id { get; init; }

    public string? ContactId { get; init; }

    public string? ContactName { get; init; }

    public string? Organisation { get; init; }

    /// <summary>The field the questions name, from the user's goals when the list was made.</summary>
    public string? Field { get; init; }

    public MeetingFormat Format { get; init; }

    /// <summary>How long the conversation is planned to last.</summary>
    public int MeetingMinutes { get; init; }

    /// <summary>The questions before the referral question, most important first.</summary>
    public IReadOnlyList<PlannedQuestion> Questions { get; init; } = [];

    /// <summary>Always asked last: who else to talk to, and may I mention you.</summary>
    public required string ReferralQuestion { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The goals this list should serve, most important first (S059); empty on lists saved before goals were kept.</summary>
    public IReadOnlyList<InterviewPurposes> Goals { get; init; } = [];

    /// <summary>What the user wants from this meeting, in their words (S004), when it was set.</summary>
    public string? MeetingGoal { get; init; }

    /// <summary>Whose list this one was copied from (S057); it is not ready until <see cref="Tailored"/>.</summary>
    public string? CopiedFrom { get; init; }

    /// <summary>True once a question was added or changed after copying, so the list fits its new person.</summary>
    public bool Tailored { get; init; }

    /// <summary>Every question to ask, the referral question last.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> AllTexts => [.. Questions.Select(q => q.Text), ReferralQuestion];

    /// <summary>A copied list nobody has changed for its new person yet.</summary>
    [JsonIgnore]
    public bool NeedsTailoring => CopiedFrom is not null && !Tailored;

    [JsonIgnore]
    public int TotalCount => Questions.Count + 1;

    /// <summary>About <see cref="QuestionListRules.MinutesPerQuestion"/> minutes per question.</summary>
    [JsonIgnore]
    public int EstimatedMinutes => TotalCount * QuestionListRules.MinutesPerQuestion;

    [JsonIgnore]
    public bool Overruns => EstimatedMinutes > MeetingMinutes;

    /// <summary>"Questions for Maria Lopez", or "Questions for any conversation".</summary>
    [JsonIgnore]
    public string Title => ContactName is { Length: > 0 } name ? $"Questions for {name}" : "Questions for any conversation";
}
