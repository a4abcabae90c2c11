using System.Collections;
using System.Reflection;
using System.Text.Json;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Serialization;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Tests;

/// <summary>
/// The stored state is written by a hand-made converter, so a property added to <see cref="DialogInstance"/>,
/// <see cref="PromptOptions"/> or anything they hold would compile and then vanish after one turn. These tests fill
/// every property by reflection with a value that is not its default and require it back after a save and a load.
/// </summary>
public sealed class DialogStateRoundTripTests
{
    [Fact]
    public void Every_property_of_a_saved_dialog_comes_back_after_a_load()
    {
        var instance = (DialogInstance)Fill(typeof(DialogInstance), "instance");
        var state = new DialogState { Schema = 7, Stack = [instance], RecentInputs = ["fingerprint"], Facts = ["noProfile"] };

        DialogState restored = DialogJson.Deserialize(DialogJson.Serialize(state))!;

        Assert.Equal(7, restored.Schema);
        Assert.Equal(["fingerprint"], restored.RecentInputs);
        Assert.Equal(["noProfile"], restored.Facts);
        AssertSame(instance, restored.Stack.Single(), "instance");
    }

    [Fact]
    public void The_question_a_prompt_is_waiting_on_is_stored_once_and_comes_back_in_the_go_back_history()
    {
        var older = new PromptOptions { Prompt = "Your name?" };
        var waiting = new PromptOptions { Prompt = "Where are you right now?", Choices = [new Choice("exploring", "Still exploring"), new Choice("set", "Set on a direction")] };
        var flow = new DialogInstance { Id = "goals", Version = "1", Step = 2, Asked = [new AskedQuestion(0, "text", older), new AskedQuestion(2, "choice", waiting)] };
        var prompt = new DialogInstance { Id = "choice", Version = "1", Prompt = waiting };
        var state = new DialogState { Stack = [flow, prompt] };

        string json = DialogJson.Serialize(state);
        DialogState restored = DialogJson.Deserialize(json)!;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "Where are you right now"));
        Assert.Equal(["Your name?", "Where are you right now?"], restored.Stack[0].Asked!.Select(q => q.Prompt.Prompt));
        Assert.Equal(["Still exploring", "Set on a direction"], restored.Stack[0].Asked![1].Prompt.Choices!.Select(c => c.Title));
        Assert.Same(restored.Stack[1].Prompt, restored.Stack[0].Asked![1].Prompt);
        Assert.Equal(json, DialogJson.Serialize(restored));
    }

    [Fact]
    public void A_history_entry_marked_waiting_whose_prompt_is_gone_is_dropped_not_failed_on()
    {
        DialogState restored = DialogJson.Deserialize(
            """{"schema":1,"stack":[{"id":"goals","version":"1","asked":[{"step":0,"id":"text","prompt":{"prompt":"Your name?"}},{"step":2,"id":"choice","waiting":true}]}]}""")!;

        Assert.Equal(["Your name?"], restored.Stack[0].Asked!.Select(q => q.Prompt.Prompt));
    }

    [Fact]
    public void A_state_saved_before_facts_existed_loads_with_none_and_none_are_written_when_there_are_none()
    {
        DialogState old = DialogJson.Deserialize("""{"schema":1,"stack":[],"recent":["x"]}""")!;

        Assert.Empty(old.Facts);
        Assert.DoesNotContain("facts", DialogJson.Serialize(old), StringComparison.Ordinal);
    }

    [Fact]
    public void The_filler_reaches_every_property_so_the_round_trip_test_cannot_pass_by_missing_one()
    {
        var instance = (DialogInstance)Fill(typeof(DialogInstance), "instance");

        // A property left at its default would round-trip trivially; every stored one must have been set.
        foreach (PropertyInfo property in StoredProperties(typeof(DialogInstance)))
        {
            Assert.False(IsDefault(property.GetValue(instance)), $"instance.{property.Name} was left at its default");
        }

        PromptOptions prompt = instance.Prompt!;
        foreach (PropertyInfo property in StoredProperties(typeof(PromptOptions)))
        {
            Assert.False(IsDefault(property.GetValue(prompt)), $"prompt.{property.Name} was left at its default");
        }
    }

    private static IEnumerable<PropertyInfo> StoredProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not { Condition: System.Text.Json.Serialization.JsonIgnoreCondition.Always })
            .Where(p => p.CanWrite || type.GetConstructors().Any(c => c.GetParameters().Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase))));

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        bool b => !b,
        int i => i == 0,
        decimal d => d == 0,
        ICollection c => c.Count == 0,
        _ => false,
    };

    /// <summary>A value of <paramref name="type"/> whose every stored property differs from its default.</summary>
    private static object Fill(Type type, string path)
    {
        Type? nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            return Fill(nullable, path);
        }

        if (type == typeof(string))
        {
            return path;
        }

        if (type == typeof(int))
        {
            return 2 + (path.Length % 5);
        }

        if (type == typeof(decimal))
        {
            return 1.5m + path.Length;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type.IsEnum)
        {
            Array values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1)!;
        }

        if (type == typeof(JsonElement))
        {
            return JsonDocument.Parse($$"""{"at":"{{path}}","n":3}""").RootElement.Clone();
        }

        if (type == typeof(DialogValues))
        {
            var values = new DialogValues();
            values.Set("name", path);
            values.Set("count", 4);
            return values;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is { } generic
            && (generic == typeof(IReadOnlyList<>) || generic == typeof(List<>) || generic == typeof(IList<>)))
        {
            Type item = type.GetGenericArguments()[0];
            Array array = Array.CreateInstance(item, 1);
            array.SetValue(Fill(item, path + "[0]"), 0);
            return generic == typeof(List<>) ? Activator.CreateInstance(type, array)! : array;
        }

        ConstructorInfo constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        object?[] arguments = [.. constructor.GetParameters().Select(p => Fill(p.ParameterType, path + "." + p.Name))];
        object result = constructor.Invoke(arguments);
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            bool fromConstructor = constructor.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (!fromConstructor && property.CanWrite && property.GetIndexParameters().Length == 0)
            {
                property.SetValue(result, Fill(property.PropertyType, path + "." + property.Name));
            }
        }

        return result;
    }

    private static void AssertSame(object? expected, object? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected nothing, got {actual}");
                return;
            case string or int or decimal or bool or Enum:
                Assert.True(Equals(expected, actual), $"{path}: saved {expected}, loaded {actual ?? "nothing"}");
                return;
            case JsonElement element:
                Assert.True(actual is JsonElement loaded && loaded.GetRawText() == element.GetRawText(), $"{path}: JSON differs after a load");
                return;
            case DialogValues values:
                var loadedValues = Assert.IsType<DialogValues>(actual);
                Assert.Equal(values.Get<string>("name"), loadedValues.Get<string>("name"));
                Assert.Equal(values.Get<int>("count"), loadedValues.Get<int>("count"));
                return;
            case IEnumerable sequence:
                object?[] saved = [.. sequence.Cast<object?>()];
                object?[] loadedItems = actual is IEnumerable l ? [.. l.Cast<object?>()] : [];
                Assert.True(saved.Length == loadedItems.Length, $"{path}: {saved.Length} items saved, {loadedItems.Length} loaded");
                for (int i = 0; i < saved.Length; i++)
                {
                    AssertSame(saved[i], loadedItems[i], $"{path}[{i}]");
                }

                return;
        }

        Assert.True(actual is not null, $"{path}: lost after a load");
        foreach (PropertyInfo property in StoredProperties(expected.GetType()))
        {
            AssertSame(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
