using System.Globalization;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks for free text. Answers longer than <see cref="PromptOptions.Max"/> (default <see cref="DefaultMaxLength"/>)
/// or shorter than <see cref="PromptOptions.Min"/> characters are refused with a message saying so. With
/// <c>ownWords</c> the answer is the user's own words whatever they say (notes, a pasted draft): nothing in it is
/// handed over as a request.
/// </summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null, bool ownWords = false) : Prompt<string>(id, validator)
{
    public const int DefaultMaxLength = 2000;

    private static readonly System.Buffers.SearchValues<char> s_unwanted = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    protected override bool AlwaysAnswerable(PromptOptions options) => true;

    protected override bool HandsOverRequests => !ownWords;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        string text = WithoutControlCharacters(AnswerText(dc.Input)).Trim();
        if (text.Length == 0)
        {
            return new PromptRecognition<string>(false, default);
        }

        int max = (int)Math.Clamp(options.Max ?? DefaultMaxLength, 1, int.MaxValue);
        if (text.Length > max)
        {
            return new PromptRecognition<string>(false, default, string.Format(
                CultureInfo.InvariantCulture, dc.Messages.TextTooLong, text.Length, max));
        }

        int min = (int)Math.Clamp(options.Min ?? 1, 1, int.MaxValue);
        if (text.Length < min)
        {
            return new PromptRecognition<string>(false, default, string.Format(CultureInfo.InvariantCulture, dc.Messages.TextTooShort, min));
        }

        return new PromptRecognition<string>(true, text);
    }

    /// <summary>Drops control and bidi-override characters (kept: line breaks and tabs) so they never reach storage or other users.</summary>
    private static string WithoutControlCharacters(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.AsSpan().ContainsAny(s_unwanted))
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!s_unwanted.Contains(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>Suggested answers (<see cref="PromptOptions.Choices"/>) become buttons; a press answers with the choice's value.</summary>
    protected override Replies.Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<Replies.FormFieldError>? fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices is { Count: > 0 } suggestions
            ? new Replies.ChoiceReply(text, [.. suggestions.Select(c => new Replies.ChoiceButton(c.Title, c.Value))])
            : new Replies.TextReply(text);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.TextRetry;
    }
}
