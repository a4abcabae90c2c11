using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Storage;

/// <summary>Stops start-up with a message naming the setting when storage is misconfigured.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        bool hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        bool hasServiceUri = !string.IsNullOrWhiteSpace(options.TableServiceUri);
        if (hasConnectionString && hasServiceUri)
        {
            failures.Add("Set either Storage:ConnectionString or Storage:TableServiceUri, not both.");
        }

        if (hasConnectionString && !IsConnectionString(options.ConnectionString!))
        {
            // The parser's own message can quote the string, key included, so it is not repeated here.
            failures.Add("Storage:ConnectionString is malformed: give AccountName, AccountKey and TableEndpoint (or DefaultEndpointsProtocol and EndpointSuffix), or UseDevelopmentStorage=true.");
        }

        if (hasServiceUri && (!Uri.TryCreate(options.TableServiceUri, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)))
        {
            failures.Add("Storage:TableServiceUri must be an absolute https URL such as https://myaccount.table.core.windows.net/.");
        }

        if (string.IsNullOrEmpty(options.TablePrefix) || options.TablePrefix.Length > 20 || !char.IsAsciiLetter(options.TablePrefix[0]) || !options.TablePrefix.All(char.IsAsciiLetterOrDigit))
        {
            failures.Add("Storage:TablePrefix must be 1-20 letters and digits, starting with a letter.");
        }

        if (options.UsesEmbeddedAzurite && string.IsNullOrWhiteSpace(options.EmbeddedAzuriteDataPath))
        {
            failures.Add("Storage:EmbeddedAzuriteDataPath must name a folder when the bot starts its own Azurite.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Whether Azure.Data.Tables accepts the connection string (it parses it when the client is built, without a request).</summary>
    internal static bool IsConnectionString(string value)
    {
        try
        {
            _ = new TableServiceClient(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            return false;
        }
    }
}
