namespace InterviewCoach.Load.Load;

public enum TurnOutcome
{
    Ok,

    /// <summary>No HTTP answer or no reply within the turn timeout.</summary>
    Timeout,

    /// <summary>The HTTP answer was not 2xx, or the connection failed.</summary>
    HttpError,

    /// <summary>The replies did not contain what the script expects at this step: the conversation is abandoned.</summary>
    FlowMismatch,
}
