namespace InterviewCoach.Coaching.Debrief;

/// <summary>What the words after <c>log a chat</c> already said: who it was and where ("with Priya Shah at a conference").</summary>
/// <param name="Name">The person's name, when typed.</param>
/// <param name="Place">Where the conversation happened ("at a conference"), when typed.</param>
public sealed record ChanceMeetingOptions(string? Name, string? Place)
{
    /// <summary>Whether the flow has already said why an unplanned chat counts (so asking again for the name doesn't repeat it).</summary>
    public bool Taught { get; init; }

    /// <summary>The day typed with the command ("yesterday", "last Thursday"), read against today when the chat is saved.</summary>
    public string? Day { get; init; }

    /// <summary>Where the person works, when said before their name was ("someone from Monzo").</summary>
    public string? Organisation { get; init; }

    /// <summary>What the user learned, when the message that named the person went on to say it ("she said to learn SQL").</summary>
    public string? Learned { get; init; }

    /// <summary>
    /// A whole story typed where no flow was waiting ("I met a nurse manager at a conference yesterday, she said I could
    /// email her"): read exactly as if it had been typed at the flow's first question.
    /// </summary>
    public string? Story { get; init; }

    /// <summary>
    /// Reads "with Priya Shah at a conference", "at a meetup yesterday, priya from monzo", "with someone in the coffee
    /// queue" (see <see cref="ChanceMeetingSentence"/>). Null when the words say none of who, where or when, so the flow asks.
    /// </summary>
    public static ChanceMeetingOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        (string who, string? learned) = ChanceMeetingSentence.SplitLearned(text);
        ChanceMeetingSentence said = ChanceMeetingSentence.Read(who);
        string? place = said.Place is { Length: <= CoachPrompts.MaxShortLength } p ? p : null;
        string? name = said.Name is { Length: <= CoachPrompts.MaxShortLength } n ? n : null;
        return name is null && place is null && said.Day is null && said.Organisation is null
            ? null
            : new ChanceMeetingOptions(name, place) { Day = said.Day, Organisation = said.Organisation, Learned = learned };
    }
}
