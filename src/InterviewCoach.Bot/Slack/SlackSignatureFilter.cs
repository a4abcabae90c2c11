using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Runs before every Slack endpoint: reads the raw body (at most 1 MiB) and verifies its signature against it, so
/// nothing unsigned is parsed, queued or stored; the verified body goes on as the request's <see cref="SlackRequestBody"/>. A refusal is an empty 401, as Bolt answers; Slack's unsigned
/// <c>ssl_check=1</c> probe gets an empty 200 and goes no further.
/// </summary>
internal sealed partial class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSignatureFilter> logger) : IEndpointFilter
{
    public const int MaxBodyBytes = 1 << 20;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        HttpContext http = context.HttpContext;
        byte[]? bytes = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (bytes is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = new SlackRequestBody(bytes);

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
            bytes,
            time.GetUtcNow(),
            settings.SignatureTolerance);
        if (result != SlackSignatureResult.Valid)
        {
            Log.Refused(logger, http.Request.Path.Value ?? string.Empty, result);
            return TypedResults.Unauthorized();
        }

        // Handed on typed, and only once verified: the endpoint takes it with SlackRequestBody.Of.
        http.Features.Set(body);
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>A form post carrying <c>ssl_check=1</c> (Slack sends it with only a legacy token beside it).</summary>
    internal static bool IsSslCheck(HttpRequest request, SlackRequestBody body) =>
        body.Bytes.Length is > 0 and <= 4096
        && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
        && body.Field("ssl_check") == "1";

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
