namespace InterviewCoach.Eval;

/// <summary>Accuracy and macro F1 (the unweighted mean of per-intent F1 over every intent in the gold labels or the predictions).</summary>
internal static class IntentScores
{
    public static (double Accuracy, double MacroF1) Compute(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        if (pairs.Count == 0)
        {
            return (0, 0);
        }

        double accuracy = pairs.Count(p => p.Gold == p.Predicted) / (double)pairs.Count;
        var labels = pairs.Select(p => p.Gold).Concat(pairs.Select(p => p.Predicted)).Distinct(StringComparer.Ordinal);
        double sum = 0;
        int count = 0;
        foreach (string label in labels)
        {
            int tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            int fp = pairs.Count(p => p.Gold != label && p.Predicted == label);
            int fn = pairs.Count(p => p.Gold == label && p.Predicted != label);
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            count++;
        }

        return (accuracy, sum / count);
    }
}
