using System.Text.Json.Serialization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Progress;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching;

/// <summary>
/// Source-generated JSON metadata for every persisted coaching record. Enums are written by name so stored
/// data survives reordering; property names are camelCase.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CoachingProfile))]
[JsonSerializable(typeof(BackgroundSketch))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(IReadOnlyList<Contact>))]
[JsonSerializable(typeof(PracticeAttempt))]
[JsonSerializable(typeof(IReadOnlyList<PracticeAttempt>))]
[JsonSerializable(typeof(QuestionList))]
[JsonSerializable(typeof(DebriefRecord))]
[JsonSerializable(typeof(WelcomeRecord))]
[JsonSerializable(typeof(TargetEmployer))]
public sealed partial class CoachingJsonContext : JsonSerializerContext;
