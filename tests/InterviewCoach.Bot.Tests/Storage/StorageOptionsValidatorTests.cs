using InterviewCoach.Bot.Storage;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Storage;

/// <summary>Start-up refuses a storage setting Azure.Data.Tables cannot use, naming the setting and never echoing the key.</summary>
public sealed class StorageOptionsValidatorTests
{
    private static readonly string s_key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=coachprod;AccountKey={key};EndpointSuffix=core.windows.net")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};TableEndpoint=http://127.0.0.1:12345/devstoreaccount1;")]
    public void ConnectionStringsThePackageParsesAreAccepted(string value)
    {
        ValidateOptionsResult result = Validate(new StorageOptions { ConnectionString = value.Replace("{key}", s_key, StringComparison.Ordinal) });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void AzuritesOwnConnectionStringIsAccepted()
    {
        Assert.True(Validate(new StorageOptions { ConnectionString = AzuriteAccount.ConnectionString(12345) }).Succeeded);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("AccountKey={key}")]
    [InlineData("AccountName=x;AccountKey={key};TableEndpoint=not a url")]
    public void AMalformedConnectionStringStopsStartUpWithoutEchoingTheKey(string value)
    {
        ValidateOptionsResult result = Validate(new StorageOptions { ConnectionString = value.Replace("{key}", s_key, StringComparison.Ordinal) });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString is malformed", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(s_key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionStringAndServiceUriTogetherAreRefused()
    {
        ValidateOptionsResult result = Validate(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", TableServiceUri = "https://a.table.core.windows.net/" });

        Assert.Contains("not both", result.FailureMessage, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(StorageOptions options) => new StorageOptionsValidator().Validate(null, options);
}
