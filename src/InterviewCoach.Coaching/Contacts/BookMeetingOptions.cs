namespace InterviewCoach.Coaching.Contacts;

/// <summary>What followed <c>book a meeting</c> or <c>meeting with</c>: a contact's name, then perhaps when ("Maria next Tuesday at 2pm").</summary>
internal sealed record BookMeetingOptions(string? Text)
{
    public static BookMeetingOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : new BookMeetingOptions(trimmed);
    }
}
