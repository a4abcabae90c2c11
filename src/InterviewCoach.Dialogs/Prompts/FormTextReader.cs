using System.Text.Json.Serialization;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Reads a form's answer from typed text ("Maria Lopez, charge nurse at St Anne's"): field id to value, or null when
/// the text is not an answer to the form (a question, a command, a sentence), which leaves it to the usual refusal.
/// </summary>
public delegate IReadOnlyDictionary<string, string>? FormTextReader(FormReply form, string text);

[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class FormValuesJsonContext : JsonSerializerContext;
