namespace InterviewCoach.Coaching.Contacts;

/// <summary>What followed <c>emailed</c>, <c>wrote to</c> or <c>messaged</c>: a contact's name (or id), if anything.</summary>
internal sealed record AskSentOptions(string? Text)
{
    public static AskSentOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : new AskSentOptions(trimmed);
    }
}
