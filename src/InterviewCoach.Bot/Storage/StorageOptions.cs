namespace InterviewCoach.Bot.Storage;

/// <summary>Where the bot keeps its state. With neither endpoint set, the host starts Azurite from the repo's node_modules.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>An Azure Storage connection string with a Shared Key, or <c>UseDevelopmentStorage=true</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service URL when authenticating with Azure AD / managed identity instead of a key.</summary>
    public string? TableServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity for <see cref="TableServiceUri"/>; empty uses the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix of every table name, so several deployments can share one account.</summary>
    public string TablePrefix { get; set; } = "coach";

    /// <summary>Where the embedded Azurite keeps its data; relative paths are under the repository root.</summary>
    public string EmbeddedAzuriteDataPath { get; set; } = ".azurite";

    public bool UsesEmbeddedAzurite => string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(TableServiceUri);
}
