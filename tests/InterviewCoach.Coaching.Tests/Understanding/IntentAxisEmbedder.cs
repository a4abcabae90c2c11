using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>
/// Puts every example of an intent on that intent's own axis, so a test can type a message exactly between two
/// intents: <c>between:ask.thank-you:ask.keep-in-touch</c> (a trailing <c>?</c> makes it read as a question). Any other text is orthogonal to every example.
/// </summary>
internal sealed class IntentAxisEmbedder : ISentenceEmbedder
{
    public const string Between = "between:";

    private readonly Dictionary<string, int> _axisOfExample = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _axisOfIntent = new(StringComparer.Ordinal);

    public IntentAxisEmbedder()
    {
        foreach ((string intent, string[] texts) in IntentExamples.All)
        {
            int axis = _axisOfIntent.Count;
            _axisOfIntent[intent] = axis;
            foreach (string text in texts)
            {
                _axisOfExample.TryAdd(text, axis);
            }
        }
    }

    public bool IsReady => true;

    public int Dimensions => 384;

    public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts) => [.. texts.Select(Vector)];

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        if (text.StartsWith(Between, StringComparison.Ordinal))
        {
            string[] intents = text[Between.Length..].TrimEnd('?').Split(':');
            foreach (string intent in intents)
            {
                vector[_axisOfIntent[intent]] = 1f / MathF.Sqrt(intents.Length);
            }
        }
        else if (_axisOfExample.TryGetValue(text, out int axis))
        {
            vector[axis] = 1f;
        }

        return vector;
    }
}
