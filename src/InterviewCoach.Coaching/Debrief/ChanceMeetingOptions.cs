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

    private static readonly string[] s_placeLeads = ["at ", "in ", "on ", "during ", "while "];

    // "someone", "a nurse": not a name to file a contact under, so the flow asks for one.
    private static readonly string[] s_notNames = ["someone", "somebody", "a person", "a guy", "a woman", "a man", "people", "this person", "a stranger"];

    /// <summary>
    /// Reads "with Priya Shah at a conference", "at a conference", "in the coffee queue": a name after "with", a place
    /// after "at", "in", "on" or "during". Null when neither is there, so the flow asks both.
    /// </summary>
    public static ChanceMeetingOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        (string rest, string? day) = PastDay.Detach(text.Trim().TrimEnd('.', '!', '?').Trim());
        string? name = null;
        if (rest.StartsWith("with ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[5..].TrimStart();
            int placeAt = FirstPlaceLead(rest);
            string who = (placeAt < 0 ? rest : rest[..placeAt]).Trim().TrimEnd(',');
            rest = placeAt < 0 ? string.Empty : rest[placeAt..].TrimStart();
            name = IsName(who) ? who : null;
        }

        string? place = FirstPlaceLead(rest) == 0 && rest.Length <= CoachPrompts.MaxShortLength ? rest : null;
        return name is null && place is null && day is null ? null : new ChanceMeetingOptions(name, place) { Day = day };
    }

    private static bool IsName(string who) =>
        who.Length is > 0 and <= CoachPrompts.MaxShortLength
        && !s_notNames.Any(n => who.StartsWith(n, StringComparison.OrdinalIgnoreCase))
        && !who.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
        && !who.StartsWith("an ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the first " at ", " in "... begins (a lead at the very start counts), or -1.</summary>
    private static int FirstPlaceLead(string text)
    {
        int first = -1;
        foreach (string lead in s_placeLeads)
        {
            int at = text.StartsWith(lead, StringComparison.OrdinalIgnoreCase) ? 0 : text.IndexOf(" " + lead, StringComparison.OrdinalIgnoreCase);
            int start = at <= 0 ? at : at + 1;
            if (start >= 0 && (first < 0 || start < first))
            {
                first = start;
            }
        }

        return first;
    }
}
