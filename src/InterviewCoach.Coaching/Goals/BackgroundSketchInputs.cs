namespace InterviewCoach.Coaching.Goals;

/// <summary>What the user tells the coach about themselves, in their own words, for the short spoken sketch.</summary>
public sealed record BackgroundSketchInputs
{
    /// <summary>For example "a degree in economics" or "I studied economics at Leeds".</summary>
    public string? Education { get; init; }

    /// <summary>For example "three years running a café" or "I've worked in retail banking".</summary>
    public string? Experience { get; init; }

    /// <summary>Two or three strengths, such as "analysis" or "explaining complex ideas simply".</summary>
    public IReadOnlyList<string> Strengths { get; init; } = [];

    /// <summary>One example per strength, in the user's words (S047); empty for sketches built before evidence was asked for.</summary>
    public IReadOnlyList<StrengthEvidence> Evidence { get; init; } = [];

    /// <summary>For example "moving into public health" or "a master's in data science".</summary>
    public string? ConsideringNext { get; init; }
}
