using Azure.Core;

namespace InterviewCoach.Bot.Storage;

/// <summary>Options for <see cref="TableServiceClient"/> and <see cref="TableClient"/>: retries, transport, diagnostics.</summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>The Table service REST version sent as <c>x-ms-version</c> (Azure AD needs 2019-02-02 or later).</summary>
    public string ServiceVersion { get; set; } = "2019-02-02";

    /// <summary>The clock used to date Shared Key requests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
