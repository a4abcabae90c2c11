using System.Reflection;
using System.Text.Json;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>The held-aside pitch batches stay out of the development set and of the model's example sentences.</summary>
public sealed class PitchHeldAsideTests
{
    [Theory]
    [InlineData("pitches.heldout.jsonl")]
    [InlineData("pitches.heldout2.jsonl")]
    [InlineData("pitches.heldout3.jsonl")]
    [InlineData("pitches.heldout4.jsonl")]
    [InlineData("pitches.heldout5.jsonl")]
    [InlineData("pitches.heldout6.jsonl")]
    [InlineData("pitches.heldout7.jsonl")]
    [InlineData("pitches.heldout8.jsonl")]
    [InlineData("pitches.heldout9.jsonl")]
    public void AHeldAsideBatchIsNeitherDevelopmentNorExamples(string file)
    {
        HashSet<string> development = [.. Texts("pitches.dev.jsonl").Select(Key)];
        HashSet<string> ids = [.. Ids("pitches.dev.jsonl")];
        HashSet<string> examples = [.. typeof(AskPrototypes)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(MeaningPrototypes))
            .SelectMany(f => ((MeaningPrototypes)f.GetValue(null)!).Examples)
            .Select(Key)];
        Assert.NotEmpty(examples);

        List<string> heldAside = Texts(file);
        Assert.True(heldAside.Count >= 30, $"{file}: {heldAside.Count} items");
        Assert.DoesNotContain(heldAside, t => development.Contains(Key(t)));
        Assert.DoesNotContain(heldAside, t => examples.Contains(Key(t)));
        // No longer sentence of a held-aside pitch is a model example either; short stock sentences ("Could you
        // call me back when you're free?") are said by everyone.
        string[] shared = [.. heldAside.SelectMany(t => SentenceSplitter.Split(t)).Select(s => Key(s.Text))
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10 && examples.Contains(s))];
        Assert.True(shared.Length == 0, string.Join(" | ", shared));
        Assert.DoesNotContain(Ids(file), ids.Contains);
    }

    private static string Key(string text) => TextFolding.Fold(text).Trim();

    private static List<string> Texts(string file) => [.. Lines(file).Select(e => e.GetProperty("text").GetString()!)];

    private static IEnumerable<string> Ids(string file) => Lines(file).Select(e => e.GetProperty("id").GetString()!);

    private static IEnumerable<JsonElement> Lines(string file) =>
        File.ReadAllLines(DataFile(file)).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<JsonElement>(l));

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
}
