using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Runs before every Slack endpoint: reads the raw body (at most 1 MiB) and verifies its signature against it, so
/// nothing unsigned is parsed, queued or stored. A refusal is an empty 401, as Bolt answers; Slack's unsigned
/// <c>ssl_check=1</c> probe gets an empty 200 and goes no further.
/// </summary>
internal sealed partial class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSignatureFilter> logger) : IEndpointFilter
{
    public const int MaxBodyBytes = 1 << 20;
    private const string BodyKey = "InterviewCoach.Slack.Body";

    /// <summary>The verified raw body of the current request.</summary>
    public static byte[] Body(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[BodyKey] as byte[] ?? throw new InvalidOperationException("The Slack signature filter did not run for this endpoint.");
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        HttpContext http = context.HttpContext;
        byte[]? body = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (IsSslCheck(http.Request, body))
        {
            // Slack's certificate probe of a slash-command URL is unsigned; as Bolt does, answer 200 and dispatch nothing.
            Log.SslCheck(logger, http.Request.Path.Value ?? string.Empty);
            return TypedResults.Ok();
        }

        SlackOptions settings = options.Value;
        SlackSignatureResult result = SlackSignatureVerifier.Verify(
            settings.SigningSecret,
            http.Request.Headers[SlackSignatureVerifier.TimestampHeader].ToString(),
            http.Request.Headers[SlackSignatureVerifier.SignatureHeader].ToString(),
            body,
            time.GetUtcNow(),
            settings.SignatureTolerance);
        if (result != SlackSignatureResult.Valid)
        {
            Log.Refused(logger, http.Request.Path.Value ?? string.Empty, result);
            return TypedResults.Unauthorized();
        }

        http.Items[BodyKey] = body;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>A form post carrying <c>ssl_check=1</c> (Slack sends it with only a legacy token beside it).</summary>
    internal static bool IsSslCheck(HttpRequest request, byte[] body)
    {
        if (body.Length == 0 || body.Length > 4096 || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            return false;
        }

        try
        {
            Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form = new Microsoft.AspNetCore.WebUtilities.FormReader(System.Text.Encoding.UTF8.GetString(body)).ReadForm();
            return form.TryGetValue("ssl_check", out Microsoft.Extensions.Primitives.StringValues value) && value.ToString() == "1";
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack request to {Path} refused: {Reason}")]
        public static partial void Refused(ILogger logger, string path, SlackSignatureResult reason);

        [LoggerMessage(2, LogLevel.Debug, "Slack ssl_check on {Path} answered 200")]
        public static partial void SslCheck(ILogger logger, string path);
    }
}
