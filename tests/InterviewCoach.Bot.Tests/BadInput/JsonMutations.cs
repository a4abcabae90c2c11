using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>Walks a payload's JSON tree and yields copies with one value swapped for a value of the wrong type.</summary>
public static class JsonMutations
{
    /// <summary>Longer than any Table key or property allows, shorter than the 512 KiB activity limit.</summary>
    public static readonly string HugeString = new('x', 40_000);

    private static readonly (string Name, Func<JsonNode?, JsonNode?> Make)[] s_replacements =
    [
        ("number", _ => JsonValue.Create(-1.5e300)),
        ("array", _ => new JsonArray(1, "two", null)),
        ("object", _ => new JsonObject { ["unexpected"] = new JsonObject { ["deep"] = true } }),
        ("null", _ => null),
        ("huge string", _ => JsonValue.Create(HugeString)),
    ];

    /// <summary>Every node below the root (objects and arrays included) replaced by each wrong type in turn.</summary>
    public static IEnumerable<(string Path, string Kind, JsonObject Mutated)> WrongTypes(JsonObject root)
    {
        foreach (string path in Paths(root, string.Empty))
        {
            foreach ((string name, Func<JsonNode?, JsonNode?> make) in s_replacements)
            {
                JsonObject copy = root.DeepClone().AsObject();
                JsonNode? current = Find(copy, path);
                if (IsSameKind(current, name))
                {
                    continue;
                }

                Replace(copy, path, make(current));
                yield return (path, name, copy);
            }
        }
    }

    /// <summary>A copy without the value at <paramref name="path"/> (dotted, array indexes in brackets).</summary>
    public static JsonObject Without(JsonObject root, string path)
    {
        JsonObject copy = root.DeepClone().AsObject();
        (JsonNode parent, string last) = Parent(copy, path);
        if (parent is JsonObject obj)
        {
            obj.Remove(last);
        }

        return copy;
    }

    public static JsonObject With(JsonObject root, string path, JsonNode? value)
    {
        JsonObject copy = root.DeepClone().AsObject();
        Replace(copy, path, value);
        return copy;
    }

    /// <summary>Cut points strictly inside the text, spread over it plus a few seeded random ones: every cut is invalid JSON.</summary>
    public static IEnumerable<int> CutOffsets(string text, int count, Random random)
    {
        int end = text.TrimEnd().Length - 1;
        var offsets = new SortedSet<int> { 0, 1, end };
        for (int i = 1; i < count / 2; i++)
        {
            offsets.Add(end * i / (count / 2));
        }

        while (offsets.Count < count && offsets.Count < end)
        {
            offsets.Add(random.Next(1, end));
        }

        return offsets;
    }

    private static bool IsSameKind(JsonNode? node, string kind) => kind switch
    {
        "array" => node is JsonArray,
        "object" => false,
        "null" => node is null,
        _ => false,
    };

    private static IEnumerable<string> Paths(JsonNode node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    if (property.Key.AsSpan().IndexOfAny('.', '[') >= 0)
                    {
                        continue;
                    }

                    string path = prefix.Length == 0 ? property.Key : prefix + "." + property.Key;
                    yield return path;
                    if (property.Value is not null)
                    {
                        foreach (string child in Paths(property.Value, path))
                        {
                            yield return child;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    string path = $"{prefix}[{i}]";
                    yield return path;

                    // Items after the second are shaped like the first two: replacing them is enough, no need to descend.
                    if (i < 2 && array[i] is { } item)
                    {
                        foreach (string child in Paths(item, path))
                        {
                            yield return child;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? current = root;
        foreach (string segment in Segments(path))
        {
            current = segment.StartsWith('[') ? current?[int.Parse(segment[1..^1], System.Globalization.CultureInfo.InvariantCulture)] : current?[segment];
        }

        return current;
    }

    private static (JsonNode Parent, string Last) Parent(JsonNode root, string path)
    {
        List<string> segments = Segments(path);
        JsonNode parent = root;
        foreach (string segment in segments.Take(segments.Count - 1))
        {
            parent = (segment.StartsWith('[') ? parent[int.Parse(segment[1..^1], System.Globalization.CultureInfo.InvariantCulture)] : parent[segment])!;
        }

        return (parent, segments[^1]);
    }

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        (JsonNode parent, string last) = Parent(root, path);
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent.AsObject()[last] = value;
        }
    }

    private static List<string> Segments(string path)
    {
        var segments = new List<string>();
        foreach (string dotted in path.Split('.'))
        {
            int bracket = dotted.IndexOf('[', StringComparison.Ordinal);
            string head = bracket < 0 ? dotted : dotted[..bracket];
            if (head.Length > 0)
            {
                segments.Add(head);
            }

            while (bracket >= 0)
            {
                int close = dotted.IndexOf(']', bracket);
                segments.Add(dotted[bracket..(close + 1)]);
                bracket = dotted.IndexOf('[', close);
            }
        }

        return segments;
    }
}
