namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// A button that answers a question. <see cref="Value"/> is stable across deploys and locales; when the user
/// presses the button the adapter sends it back as described on <see cref="ButtonPayload"/>.
/// </summary>
public sealed record ChoiceButton(string Title, string Value);
