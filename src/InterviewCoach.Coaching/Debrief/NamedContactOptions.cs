namespace InterviewCoach.Coaching.Debrief;

/// <summary>The contact named after a command (<c>not pursuing Ana</c>, <c>share a resource Maria</c>): an id from a button or a name typed, so the flow can skip "which one?".</summary>
public sealed record NamedContactOptions(string Who)
{
    public static NamedContactOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string who = text.Trim().TrimEnd('.', '!');
        return who.Length is > 0 and <= CoachPrompts.MaxShortLength ? new NamedContactOptions(who) : null;
    }
}
