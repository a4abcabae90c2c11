using System.Globalization;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Azurite's well-known development account (public, documented by Microsoft), as a connection string for an Azurite
/// on a loopback port other than 10002: <c>UseDevelopmentStorage=true</c> always means port 10002.
/// </summary>
internal static class AzuriteAccount
{
    public const string Name = "devstoreaccount1";

    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The connection string Azure.Data.Tables takes for an Azurite Table service on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ConnectionString(int port) => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={Name};AccountKey={Key};TableEndpoint=http://127.0.0.1:{port}/{Name};");
}
