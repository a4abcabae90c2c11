using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>The real sentence model, loaded synchronously before a command reads its first item.</summary>
internal static class EvalModel
{
    public static ISentenceEmbedder? Load(TextWriter error)
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        if (model.Load())
        {
            return model;
        }

        error.WriteLine($"sentence model failed to load, judging with exact rules only: {model.LoadFailure?.Message}");
        return null;
    }
}
