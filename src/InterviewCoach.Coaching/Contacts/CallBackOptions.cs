namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// How <c>call back</c> was begun: <see cref="Text"/> is what followed the command ("Sam Thursday 3pm", "tomorrow
/// morning"); <see cref="ContactId"/> once the contact is known; <see cref="Retry"/> says why the last answer was asked again.
/// </summary>
internal sealed record CallBackOptions(string? Text, string? ContactId = null, string? Retry = null)
{
    public static CallBackOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : Contacts.ContactId.IsValid(trimmed) ? new CallBackOptions(null, trimmed) : new CallBackOptions(trimmed);
    }
}
