using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewCoach.Load.Hosting;

/// <summary>A minimal Kestrel app on 127.0.0.1 for the fake channel services: no logging, routes added by the caller.</summary>
public static class LoopbackServer
{
    /// <summary>Builds (not starts) an app listening on <paramref name="port"/> (0 = any free port), plus an HTTPS port when a certificate is given.</summary>
    public static WebApplication Create(int port, X509Certificate2? certificate = null, int httpsPort = 0)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            if (certificate is not null)
            {
                options.Listen(IPAddress.Loopback, httpsPort, listen => listen.UseHttps(certificate));
            }

            options.Limits.MaxConcurrentConnections = null;
            options.AddServerHeader = false;
        });
        return builder.Build();
    }

    /// <summary>The bound addresses after start (http first).</summary>
    public static IReadOnlyList<Uri> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Urls.Select(u => new Uri(u.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal))).OrderBy(u => u.Scheme == Uri.UriSchemeHttps ? 1 : 0)];
    }
}
