using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// The sentence model's span and inference-time histogram, under one name for the trace source and the meter. The
/// model is shared by every host in a process, so these are too; they cost a null check while nothing listens.
/// </summary>
public static class UnderstandingTelemetry
{
    public const string Name = "InterviewCoach.Understanding";

    /// <summary>Seconds one call into the model took, tagged with how many texts it embedded (never the texts).</summary>
    public const string InferenceDuration = "coach.model.inference.duration";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter s_meter = new(Name);

    internal static readonly Histogram<double> Inference = s_meter.CreateHistogram<double>(
        InferenceDuration,
        unit: "s",
        description: "Time the sentence model took to embed a call's texts.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });
}
