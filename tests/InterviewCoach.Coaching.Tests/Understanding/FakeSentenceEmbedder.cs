using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests;

/// <summary>
/// A stand-in for the sentence model: letter-count vectors, normalised, so identical wording is identical and
/// shared words are close. Counts how many texts it embedded so tests can see what is cached.
/// </summary>
internal sealed class FakeSentenceEmbedder(bool ready) : ISentenceEmbedder
{
    private int _embedded;

    public bool IsReady => ready;

    public int Dimensions => 32;

    public int TextsEmbedded => Volatile.Read(ref _embedded);

    public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts)
    {
        if (!ready)
        {
            return null;
        }

        Interlocked.Add(ref _embedded, texts.Count);
        return texts.Select(Vector).ToList();
    }

    private static float[] Vector(string text)
    {
        var vector = new float[32];
        foreach (char c in text.ToLowerInvariant())
        {
            vector[c % 32] += 1;
        }

        float length = MathF.Sqrt(vector.Sum(v => v * v));
        if (length == 0)
        {
            vector[0] = 1;
            return vector;
        }

        return vector.Select(v => v / length).ToArray();
    }
}
