namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>What the host answered one case: the status, or the transport error when there was no answer.</summary>
public sealed record CorpusResult(CorpusCase Case, int Status, string? Error)
{
    public bool IsRefusal => Status is >= 400 and < 500;
}
