using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoach.Eval;

/// <summary>Reads JSONL items and writes JSONL answers; blank lines are skipped, a bad line is reported and skipped.</summary>
internal static class JsonLines
{
    public static IEnumerable<JsonObject> Read(TextReader input, TextWriter error)
    {
        int number = 0;
        for (string? line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonObject? item = null;
            try
            {
                item = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException ex)
            {
                error.WriteLine($"line {number}: not JSON ({ex.Message}); skipped");
            }

            if (item is not null)
            {
                yield return item;
            }
        }
    }

    public static IEnumerable<JsonObject> ReadFile(string path, TextWriter error)
    {
        using var reader = new StreamReader(path);
        foreach (JsonObject item in Read(reader, error))
        {
            yield return item;
        }
    }

    public static string Text(JsonObject item, string name) => item[name] is JsonValue value && value.TryGetValue(out string? text) ? text : string.Empty;

    public static bool Flag(JsonObject item, string name) => item[name] is JsonValue value && value.TryGetValue(out bool flag) && flag;

    public static void Write(TextWriter output, JsonObject answer) => output.WriteLine(answer.ToJsonString());

    /// <summary>Finds "--score file" among the arguments.</summary>
    public static string? ScoreFile(string[] args)
    {
        int at = Array.IndexOf(args, "--score");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
