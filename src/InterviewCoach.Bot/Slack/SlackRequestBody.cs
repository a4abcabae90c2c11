using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The raw body of a Slack request. <see cref="SlackSignatureFilter"/> reads it, verifies its signature and only then
/// sets it on the request's features, where the endpoint takes it with <see cref="Of"/>: an endpoint never sees
/// unsigned bytes. Form bodies (slash commands, interactions) are parsed at most once, whoever asks first.
/// </summary>
internal sealed class SlackRequestBody(byte[] bytes)
{
    private Dictionary<string, StringValues>? _form;
    private bool _formParsed;

    public byte[] Bytes => bytes;

    /// <summary>The body's form fields, parsed on first use; null when it breaks FormReader's limits (more than 1,024 fields, oversized keys or values).</summary>
    public IReadOnlyDictionary<string, StringValues>? Form
    {
        get
        {
            if (!_formParsed)
            {
                _form = TryParseForm(bytes);
                _formParsed = true;
            }

            return _form;
        }
    }

    /// <summary>The verified body of the current request.</summary>
    /// <exception cref="InvalidOperationException">The endpoint is not behind <see cref="SlackSignatureFilter"/>.</exception>
    public static SlackRequestBody Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<SlackRequestBody>() ?? throw new InvalidOperationException("The Slack signature filter did not run for this endpoint.");
    }

    /// <summary>One form field's value, or empty when the body is not a form or lacks the field.</summary>
    public string Field(string name) =>
        Form is { } form && form.TryGetValue(name, out StringValues values) ? values.ToString() : string.Empty;

    private static Dictionary<string, StringValues>? TryParseForm(byte[] body)
    {
        try
        {
            return new FormReader(Encoding.UTF8.GetString(body)).ReadForm();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
