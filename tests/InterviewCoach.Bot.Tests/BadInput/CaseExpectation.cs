namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>What the host must answer a corpus case with. Whatever it is, never a 5xx unless named here.</summary>
public enum CaseExpectation
{
    /// <summary>Any answer below 500: the request may be handled or refused.</summary>
    NoServerError,

    /// <summary>A 4xx, and no table changes.</summary>
    Rejected,

    /// <summary>Exactly 401, and no table changes.</summary>
    Unauthorized,

    /// <summary>Exactly 413, and no table changes.</summary>
    TooLarge,

    /// <summary>
    /// Exactly 501: Bot Framework's answer to an invoke the bot does not implement (Bot Builder's ActivityHandler
    /// does the same and Teams reads it as "not supported"); the one 5xx the protocol asks for.
    /// </summary>
    NotImplementedInvoke,
}
