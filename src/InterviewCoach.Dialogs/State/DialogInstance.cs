using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.State;

/// <summary>
/// One dialog on a conversation's stack, persisted between turns as a typed record (never a loose dictionary:
/// Bot Builder issue #871 turned an Int32 into an Int64 that way).
/// </summary>
public sealed record DialogInstance
{
    /// <summary>The id of the registered <see cref="Dialog"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The <see cref="Dialog.Version"/> that created the instance; checked on every resume.</summary>
    public required string Version { get; init; }

    /// <summary>The options the dialog was begun with, serialised (see <see cref="WaterfallStepContext.GetOptions{TOptions}"/>).</summary>
    public JsonElement? Options { get; set; }

    /// <summary>A waterfall's current step index.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Step { get; set; }

    /// <summary>How many answers a prompt has refused so far.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Attempts { get; set; }

    /// <summary>A prompt's question, retry text, choices and limits.</summary>
    public PromptOptions? Prompt { get; set; }

    /// <summary>Values the dialog keeps across turns (a waterfall's step values).</summary>
    public DialogValues? Values { get; set; }

    /// <summary>True once the dialog has saved everything in <see cref="Values"/> (so cancel need not confirm).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Saved { get; set; }

    /// <summary>
    /// A waterfall's latest questions, oldest first (at most <see cref="WaterfallDialog.AskedCapacity"/>), for "go back".
    /// Cleared when the dialog saves (see <see cref="SavedPastQuestions"/>).
    /// </summary>
    public List<AskedQuestion>? Asked { get; set; }

    /// <summary>True once the dialog has saved: "go back" stops at the first question asked after it, since stepping past it would save twice.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool SavedPastQuestions { get; set; }

    /// <summary>The typed options object while the instance is in memory during the turn that began it.</summary>
    [JsonIgnore]
    internal object? OptionsObject { get; set; }
}
