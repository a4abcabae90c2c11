using System.Globalization;
using System.Text.Json.Nodes;

namespace InterviewCoach.Eval;

/// <summary>Scores yes/no labels of many items against a labelled file and prints per-label and overall macro F1.</summary>
internal sealed class LabelTable(IReadOnlyList<string> labels)
{
    private readonly Dictionary<string, BinaryScore> _scores = labels.ToDictionary(l => l, _ => new BinaryScore(), StringComparer.Ordinal);

    public void Add(string id, JsonObject expected, IReadOnlyDictionary<string, bool> actual, TextWriter errors)
    {
        foreach (string label in labels)
        {
            bool truth = JsonLines.Flag(expected, label);
            bool answer = actual[label];
            _scores[label].Add(truth, answer);
            if (truth != answer)
            {
                errors.WriteLine($"  miss {id} {label}: expected {truth.ToString().ToLowerInvariant()}");
            }
        }
    }

    public void Print(TextWriter output, string title)
    {
        output.WriteLine($"{title}: {_scores.Values.First().Count} items");
        foreach (string label in labels)
        {
            output.WriteLine(_scores[label].Describe(label));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"macro F1 (mean of labels)",-28} {_scores.Values.Average(s => s.MacroF1):0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"lowest label macro F1",-28} {_scores.Values.Min(s => s.MacroF1):0.000}"));
    }
}
