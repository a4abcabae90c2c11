using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Serialization;

/// <summary>
/// Reads and writes the persisted state by hand. The generic serializer allocates a frame per nesting level on
/// every read, which was most of a turn's allocations; this keeps a turn well under its allocation budget.
/// The JSON shape is the plain camel-case one the generic serializer would produce, and unknown properties are
/// skipped so that a newer build's state is still readable.
/// </summary>
internal sealed class DialogStateConverter : JsonConverter<DialogState>
{
    public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        int schema = 0;
        var stack = new List<DialogInstance>();
        var recent = new List<string>();
        var facts = new List<string>();
        while (NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "schema":
                    schema = reader.GetInt32();
                    break;
                case "stack":
                    Expect(ref reader, JsonTokenType.StartArray);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        stack.Add(ReadInstance(ref reader, options));
                    }

                    ResolveWaitingQuestions(stack);
                    break;
                case "recent":
                    Expect(ref reader, JsonTokenType.StartArray);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        recent.Add(reader.GetString() ?? string.Empty);
                    }

                    break;
                case "facts":
                    Expect(ref reader, JsonTokenType.StartArray);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        facts.Add(reader.GetString() ?? string.Empty);
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new DialogState { Schema = schema, Stack = stack, RecentInputs = recent, Facts = facts };
    }

    public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schema", value.Schema);
        writer.WriteStartArray("stack");
        for (int i = 0; i < value.Stack.Count; i++)
        {
            WriteInstance(writer, value.Stack[i], i + 1 < value.Stack.Count ? value.Stack[i + 1] : null, options);
        }

        writer.WriteEndArray();
        if (value.RecentInputs.Count > 0)
        {
            writer.WriteStartArray("recent");
            foreach (string input in value.RecentInputs)
            {
                writer.WriteStringValue(input);
            }

            writer.WriteEndArray();
        }

        if (value.Facts.Count > 0)
        {
            writer.WriteStartArray("facts");
            foreach (string fact in value.Facts)
            {
                writer.WriteStringValue(fact);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static DialogInstance ReadInstance(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? id = null;
        string? version = null;
        JsonElement? dialogOptions = null;
        int step = 0;
        int attempts = 0;
        PromptOptions? prompt = null;
        DialogValues? values = null;
        bool saved = false;
        List<AskedQuestion>? asked = null;
        bool savedPast = false;
        while (NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "id":
                    id = reader.GetString();
                    break;
                case "version":
                    version = reader.GetString();
                    break;
                case "options":
                    dialogOptions = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);
                    break;
                case "step":
                    step = reader.GetInt32();
                    break;
                case "attempts":
                    attempts = reader.GetInt32();
                    break;
                case "prompt":
                    prompt = reader.TokenType == JsonTokenType.Null ? null : ReadPromptOptions(ref reader, options);
                    break;
                case "values":
                    values = reader.TokenType == JsonTokenType.Null ? null : DialogValuesConverter.ReadValues(ref reader);
                    break;
                case "saved":
                    saved = reader.GetBoolean();
                    break;
                case "asked":
                    asked = reader.TokenType == JsonTokenType.Null ? null : ReadAsked(ref reader, options);
                    break;
                case "savedPast":
                    savedPast = reader.GetBoolean();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new DialogInstance
        {
            Id = id ?? throw new JsonException("A dialog instance has no id."),
            Version = version ?? throw new JsonException("A dialog instance has no version."),
            Options = dialogOptions,
            Step = step,
            Attempts = attempts,
            Prompt = prompt,
            Values = values,
            Saved = saved,
            Asked = asked,
            SavedPastQuestions = savedPast,
        };
    }

    private static List<AskedQuestion> ReadAsked(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var asked = new List<AskedQuestion>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            int step = 0;
            string? id = null;
            PromptOptions? prompt = null;
            while (NextProperty(ref reader, out string name))
            {
                switch (name)
                {
                    case "step":
                        step = reader.GetInt32();
                        break;
                    case "id":
                        id = reader.GetString();
                        break;
                    case "prompt":
                        prompt = reader.TokenType == JsonTokenType.Null ? null : ReadPromptOptions(ref reader, options);
                        break;
                    case "waiting":
                        prompt = reader.GetBoolean() ? s_waitingPrompt : prompt;
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            // An entry this build cannot read is dropped: going back is a convenience, never worth failing a turn over.
            if (id is not null && prompt is not null)
            {
                asked.Add(new AskedQuestion(step, id, prompt));
            }
        }

        return asked;
    }

    /// <summary>
    /// A waterfall's newest asked question is usually the one its prompt above it is waiting on, with the same options:
    /// stored once, on the prompt (<c>"waiting": true</c> in the list), since every turn of a flow writes and reads it.
    /// </summary>
    private static readonly PromptOptions s_waitingPrompt = new();

    /// <summary>Points each <c>"waiting"</c> entry at the options of the prompt above its waterfall (dropped if that prompt is gone).</summary>
    private static void ResolveWaitingQuestions(List<DialogInstance> stack)
    {
        for (int i = 0; i < stack.Count; i++)
        {
            if (stack[i].Asked is not { Count: > 0 } asked)
            {
                continue;
            }

            for (int j = asked.Count - 1; j >= 0; j--)
            {
                if (!ReferenceEquals(asked[j].Prompt, s_waitingPrompt))
                {
                    continue;
                }

                DialogInstance? next = i + 1 < stack.Count ? stack[i + 1] : null;
                if (next is { Prompt: { } waiting } && string.Equals(next.Id, asked[j].PromptId, StringComparison.Ordinal))
                {
                    asked[j] = asked[j] with { Prompt = waiting };
                }
                else
                {
                    asked.RemoveAt(j);
                }
            }
        }
    }

    private static void WriteInstance(Utf8JsonWriter writer, DialogInstance instance, DialogInstance? next, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", instance.Id);
        writer.WriteString("version", instance.Version);
        if (instance.Options is { } dialogOptions)
        {
            writer.WritePropertyName("options");
            dialogOptions.WriteTo(writer);
        }

        if (instance.Step != 0)
        {
            writer.WriteNumber("step", instance.Step);
        }

        if (instance.Attempts != 0)
        {
            writer.WriteNumber("attempts", instance.Attempts);
        }

        if (instance.Prompt is { } prompt)
        {
            writer.WritePropertyName("prompt");
            WritePromptOptions(writer, prompt, options);
        }

        if (instance.Values is { } values)
        {
            writer.WritePropertyName("values");
            DialogValuesConverter.WriteValues(writer, values);
        }

        if (instance.Saved)
        {
            writer.WriteBoolean("saved", true);
        }

        if (instance.SavedPastQuestions)
        {
            writer.WriteBoolean("savedPast", true);
        }

        if (instance.Asked is { Count: > 0 } asked)
        {
            writer.WriteStartArray("asked");
            foreach (AskedQuestion question in asked)
            {
                writer.WriteStartObject();
                writer.WriteNumber("step", question.Step);
                writer.WriteString("id", question.PromptId);
                if (next is not null && ReferenceEquals(question.Prompt, next.Prompt) && string.Equals(question.PromptId, next.Id, StringComparison.Ordinal))
                {
                    writer.WriteBoolean("waiting", true);
                }
                else
                {
                    writer.WritePropertyName("prompt");
                    WritePromptOptions(writer, question.Prompt, options);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static PromptOptions ReadPromptOptions(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? text = null;
        string? retry = null;
        string? help = null;
        string? giveUp = null;
        string? questionChoice = null;
        string? pastedChoice = null;
        string? questionRetry = null;
        int maxAttempts = new PromptOptions().MaxAttempts;
        List<Choice>? choices = null;
        decimal? min = null;
        decimal? max = null;
        bool wholeNumber = false;
        bool rangeTakesLower = false;
        Replies.FormReply? form = null;
        while (NextProperty(ref reader, out string name))
        {
            bool isNull = reader.TokenType == JsonTokenType.Null;
            switch (name)
            {
                case "prompt":
                    text = reader.GetString();
                    break;
                case "retryPrompt":
                    retry = reader.GetString();
                    break;
                case "help":
                    help = reader.GetString();
                    break;
                case "giveUpMessage":
                    giveUp = reader.GetString();
                    break;
                case "questionChoice":
                    questionChoice = reader.GetString();
                    break;
                case "pastedChoice":
                    pastedChoice = reader.GetString();
                    break;
                case "questionRetry":
                    questionRetry = reader.GetString();
                    break;
                case "maxAttempts":
                    maxAttempts = reader.GetInt32();
                    break;
                case "choices":
                    choices = isNull ? null : ReadChoices(ref reader);
                    break;
                case "min":
                    min = isNull ? null : reader.GetDecimal();
                    break;
                case "max":
                    max = isNull ? null : reader.GetDecimal();
                    break;
                case "wholeNumber":
                    wholeNumber = reader.GetBoolean();
                    break;
                case "rangeTakesLower":
                    rangeTakesLower = reader.GetBoolean();
                    break;
                case "form":
                    form = JsonSerializer.Deserialize(ref reader, DialogJsonContext.Default.FormReply);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new PromptOptions
        {
            Prompt = text,
            RetryPrompt = retry,
            Help = help,
            GiveUpMessage = giveUp,
            QuestionChoice = questionChoice,
            PastedChoice = pastedChoice,
            QuestionRetry = questionRetry,
            MaxAttempts = maxAttempts,
            Choices = choices,
            Min = min,
            Max = max,
            WholeNumber = wholeNumber,
            RangeTakesLower = rangeTakesLower,
            Form = form,
        };
    }

    private static void WritePromptOptions(Utf8JsonWriter writer, PromptOptions prompt, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteIfSet(writer, "prompt", prompt.Prompt);
        WriteIfSet(writer, "retryPrompt", prompt.RetryPrompt);
        WriteIfSet(writer, "help", prompt.Help);
        WriteIfSet(writer, "giveUpMessage", prompt.GiveUpMessage);
        WriteIfSet(writer, "questionChoice", prompt.QuestionChoice);
        WriteIfSet(writer, "pastedChoice", prompt.PastedChoice);
        WriteIfSet(writer, "questionRetry", prompt.QuestionRetry);
        writer.WriteNumber("maxAttempts", prompt.MaxAttempts);
        if (prompt.Choices is { } choices)
        {
            writer.WriteStartArray("choices");
            foreach (Choice choice in choices)
            {
                writer.WriteStartObject();
                writer.WriteString("value", choice.Value);
                writer.WriteString("title", choice.Title);
                if (choice.Synonyms.Count > 0)
                {
                    writer.WriteStartArray("synonyms");
                    foreach (string synonym in choice.Synonyms)
                    {
                        writer.WriteStringValue(synonym);
                    }

                    writer.WriteEndArray();
                }

                WriteIfSet(writer, "about", choice.About);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (prompt.Min is { } min)
        {
            writer.WriteNumber("min", min);
        }

        if (prompt.Max is { } max)
        {
            writer.WriteNumber("max", max);
        }

        if (prompt.WholeNumber)
        {
            writer.WriteBoolean("wholeNumber", true);
        }

        if (prompt.RangeTakesLower)
        {
            writer.WriteBoolean("rangeTakesLower", true);
        }

        if (prompt.Form is { } form)
        {
            writer.WritePropertyName("form");
            JsonSerializer.Serialize(writer, form, DialogJsonContext.Default.FormReply);
        }

        writer.WriteEndObject();
    }

    private static List<Choice> ReadChoices(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var choices = new List<Choice>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            string value = string.Empty;
            string title = string.Empty;
            List<string>? synonyms = null;
            string? about = null;
            while (NextProperty(ref reader, out string name))
            {
                switch (name)
                {
                    case "value":
                        value = reader.GetString() ?? string.Empty;
                        break;
                    case "title":
                        title = reader.GetString() ?? string.Empty;
                        break;
                    case "synonyms":
                        Expect(ref reader, JsonTokenType.StartArray);
                        synonyms = [];
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            synonyms.Add(reader.GetString() ?? string.Empty);
                        }

                        break;
                    case "about":
                        about = reader.GetString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            choices.Add(new Choice(value, title) { Synonyms = synonyms ?? [], About = about });
        }

        return choices;
    }

    /// <summary>Moves to the next property's value; false at the end of the object.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected a property name but found {reader.TokenType}.");
        }

        name = PropertyName(ref reader);
        reader.Read();
        return true;
    }

    /// <summary>The property names the engine writes, without allocating a string for each.</summary>
    private static string PropertyName(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> span = reader.HasValueSequence || reader.ValueIsEscaped ? default : reader.ValueSpan;
        return span switch
        {
            _ when span.SequenceEqual("id"u8) => "id",
            _ when span.SequenceEqual("version"u8) => "version",
            _ when span.SequenceEqual("options"u8) => "options",
            _ when span.SequenceEqual("step"u8) => "step",
            _ when span.SequenceEqual("attempts"u8) => "attempts",
            _ when span.SequenceEqual("prompt"u8) => "prompt",
            _ when span.SequenceEqual("values"u8) => "values",
            _ when span.SequenceEqual("saved"u8) => "saved",
            _ when span.SequenceEqual("asked"u8) => "asked",
            _ when span.SequenceEqual("schema"u8) => "schema",
            _ when span.SequenceEqual("stack"u8) => "stack",
            _ when span.SequenceEqual("recent"u8) => "recent",
            _ when span.SequenceEqual("maxAttempts"u8) => "maxAttempts",
            _ when span.SequenceEqual("choices"u8) => "choices",
            _ when span.SequenceEqual("value"u8) => "value",
            _ when span.SequenceEqual("title"u8) => "title",
            _ => reader.GetString()!,
        };
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} but found {reader.TokenType}.");
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
