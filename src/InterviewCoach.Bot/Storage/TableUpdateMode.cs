namespace InterviewCoach.Bot.Storage;

/// <summary>How a write treats properties already stored: merge keeps the ones not sent, replace drops them.</summary>
public enum TableUpdateMode
{
    Merge,
    Replace,
}
