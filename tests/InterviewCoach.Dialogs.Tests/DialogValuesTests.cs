using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Serialization;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Tests;

public sealed class DialogValuesTests
{
    [Fact]
    public void SetGetRemoveAndDefaults()
    {
        var values = new DialogValues();
        values.Set("n", 3);
        Assert.True(values.Contains("n"));
        Assert.Equal(3, values.Get<int>("n"));
        Assert.True(values.TryGet("n", out int n) && n == 3);
        Assert.Equal(7, values.GetOrDefault("missing", 7));
        Assert.Throws<KeyNotFoundException>(() => values.Get<int>("missing"));
        Assert.True(values.Remove("n"));
        Assert.False(values.Remove("n"));
        Assert.Equal(0, values.Count);
    }

    [Fact]
    public void AnIntStaysAnIntThroughThePersistedState()
    {
        var values = new DialogValues();
        values.Set("n", int.MaxValue);
        values.Set("when", new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(-3)));
        var state = new DialogState { Stack = [new DialogInstance { Id = "d", Version = "1", Values = values }] };

        string json = DialogJson.Serialize(state);
        DialogValues restored = DialogJson.Deserialize(json)!.Stack[0].Values!;

        Assert.Equal(int.MaxValue, restored.Get<int>("n"));
        Assert.Equal(TimeSpan.FromHours(-3), restored.Get<DateTimeOffset>("when").Offset);
        Assert.Equal(json, DialogJson.Serialize(DialogJson.Deserialize(json)!));
    }

    [Fact]
    public void EngineRecordsRoundTripAsValues()
    {
        var values = new DialogValues();
        values.Set("choice", new Choice("listen", "Écoute") { Synonyms = ["ecoute"] });
        values.Set("when", new DateTimeResolution(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(2)), true));
        values.Set("tags", new List<string> { "a", "b" });
        var state = new DialogState { Stack = [new DialogInstance { Id = "d", Version = "1", Values = values }] };

        DialogValues restored = DialogJson.Deserialize(DialogJson.Serialize(state))!.Stack[0].Values!;

        Assert.Equal("Écoute", restored.Get<Choice>("choice").Title);
        Assert.Equal(["ecoute"], restored.Get<Choice>("choice").Synonyms);
        Assert.True(restored.Get<DateTimeResolution>("when").HasTime);
        Assert.Equal(["a", "b"], restored.Get<List<string>>("tags"));
    }

    [Fact]
    public void StringsWithEscapesSurviveTheRawCopy()
    {
        var values = new DialogValues();
        values.Set("text", "quote \" backslash \\ newline \n emoji 🎉 arabic مرحبا");
        var state = new DialogState { Stack = [new DialogInstance { Id = "d", Version = "1", Values = values }] };
        string json = DialogJson.Serialize(state);
        DialogValues restored = DialogJson.Deserialize(json)!.Stack[0].Values!;
        Assert.Equal("quote \" backslash \\ newline \n emoji 🎉 arabic مرحبا", restored.Get<string>("text"));
        Assert.Equal(json, DialogJson.Serialize(DialogJson.Deserialize(json)!));
    }

    [Fact]
    public void ChangesAreTracked()
    {
        var values = new DialogValues();
        Assert.False(values.Changed);
        values.Set("a", "b");
        Assert.True(values.Changed);
    }
}
