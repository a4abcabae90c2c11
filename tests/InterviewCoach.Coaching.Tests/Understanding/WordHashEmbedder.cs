using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>
/// A stand-in for the sentence model in flow tests: each word hashed into one of 384 dimensions, so texts sharing
/// words are close and texts sharing none are orthogonal. Deterministic and instant; switch it off with <see cref="IsReady"/>.
/// </summary>
internal sealed class WordHashEmbedder : ISentenceEmbedder
{
    public bool IsReady { get; set; } = true;

    public int Dimensions => 384;

    /// <summary>How many texts were embedded, to check what never reaches the model.</summary>
    public int Calls { get; private set; }

    public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts)
    {
        if (!IsReady)
        {
            return null;
        }

        Calls += texts.Count;
        return [.. texts.Select(Vector)];
    }

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (string word in System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), "[^a-z']+"))
        {
            if (word.Length > 0)
            {
                vector[(int)((uint)StableHash(word) % (uint)Dimensions)] += 1f;
            }
        }

        float norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : [.. vector.Select(v => v / norm)];
    }

    private static int StableHash(string word)
    {
        unchecked
        {
            int hash = (int)2166136261;
            foreach (char c in word)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
