using System.Diagnostics.CodeAnalysis;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// The parts of an Azure Storage connection string the Table service needs: its endpoint and a Shared Key.
/// Accepts <c>UseDevelopmentStorage=true</c> (Azurite's well-known account on 127.0.0.1:10002).
/// </summary>
/// <remarks>Format: https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string</remarks>
public sealed record TableConnectionString(Uri TableEndpoint, string AccountName, string AccountKey)
{
    /// <summary>Azurite's well-known development account name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development account key (public, documented by Microsoft).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>A connection string for Azurite's development account on a given loopback table endpoint.</summary>
    public static TableConnectionString ForAzurite(int port) =>
        new(new Uri($"http://127.0.0.1:{port}/{DevelopmentAccountName}/"), DevelopmentAccountName, DevelopmentAccountKey);

    /// <summary>The connection string in the standard form, for tools that take one.</summary>
    public string ToConnectionString() =>
        $"DefaultEndpointsProtocol={TableEndpoint.Scheme};AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint}";

    /// <summary>Parses a connection string; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static TableConnectionString Parse(string? value) =>
        TryParse(value, out TableConnectionString? result, out string? error) ? result : throw new FormatException($"The storage connection string is malformed: {error}.");

    /// <summary>Parses a connection string, explaining what is wrong when it cannot.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out TableConnectionString? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "it is empty";
            return false;
        }

        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string segment in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = $"the segment '{segment.Split('=')[0]}' is not of the form Name=Value";
                return false;
            }

            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out string? development) && bool.TryParse(development, out bool useDevelopment) && useDevelopment)
        {
            Uri endpoint = new("http://127.0.0.1:10002/devstoreaccount1/");
            if (parts.TryGetValue("DevelopmentStorageProxyUri", out string? proxy) && Uri.TryCreate(proxy, UriKind.Absolute, out Uri? proxyUri))
            {
                endpoint = new Uri($"{proxyUri.Scheme}://{proxyUri.Host}:10002/devstoreaccount1/");
            }

            result = new TableConnectionString(endpoint, DevelopmentAccountName, DevelopmentAccountKey);
            error = null;
            return true;
        }

        if (!parts.TryGetValue("AccountName", out string? account) || account.Length == 0)
        {
            error = "AccountName is missing";
            return false;
        }

        if (!parts.TryGetValue("AccountKey", out string? key) || key.Length == 0)
        {
            error = "AccountKey is missing (use Storage:TableServiceUri for Azure AD / managed identity)";
            return false;
        }

        if (!IsBase64(key))
        {
            error = "AccountKey is not valid Base64";
            return false;
        }

        Uri? tableEndpoint;
        if (parts.TryGetValue("TableEndpoint", out string? explicitEndpoint))
        {
            if (!Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out tableEndpoint) || (tableEndpoint.Scheme != Uri.UriSchemeHttp && tableEndpoint.Scheme != Uri.UriSchemeHttps))
            {
                error = "TableEndpoint is not an absolute http(s) URL";
                return false;
            }
        }
        else
        {
            string protocol = parts.TryGetValue("DefaultEndpointsProtocol", out string? p) ? p : "https";
            string suffix = parts.TryGetValue("EndpointSuffix", out string? s) ? s : "core.windows.net";
            if (!Uri.TryCreate($"{protocol}://{account}.table.{suffix}/", UriKind.Absolute, out tableEndpoint))
            {
                error = "DefaultEndpointsProtocol, AccountName or EndpointSuffix do not form a valid URL";
                return false;
            }
        }

        result = new TableConnectionString(EnsureTrailingSlash(tableEndpoint), account, key);
        error = null;
        return true;
    }

    internal static Uri EnsureTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = stackalloc byte[256];
        return value.Length <= 340 && Convert.TryFromBase64String(value, buffer, out int written) && written > 0;
    }

    /// <summary>Keeps the key out of logs and exception messages.</summary>
    public override string ToString() => $"TableEndpoint={TableEndpoint}; AccountName={AccountName}; AccountKey=***";
}
