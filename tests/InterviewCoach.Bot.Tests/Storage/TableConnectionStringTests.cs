using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Tests.Storage;

public sealed class TableConnectionStringTests
{
    [Fact]
    public void DevelopmentStorageMeansAzuritesWellKnownAccount()
    {
        TableConnectionString parsed = TableConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1/"), parsed.TableEndpoint);
        Assert.Equal("devstoreaccount1", parsed.AccountName);
    }

    [Fact]
    public void AnAzureConnectionStringBuildsTheTableEndpointFromTheAccount()
    {
        TableConnectionString parsed = TableConnectionString.Parse("DefaultEndpointsProtocol=https;AccountName=coachprod;AccountKey=" + Convert.ToBase64String(new byte[32]) + ";EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://coachprod.table.core.windows.net/"), parsed.TableEndpoint);
    }

    [Fact]
    public void AzuritesOwnConnectionStringKeepsItsPathStyleEndpoint()
    {
        TableConnectionString parsed = TableConnectionString.Parse(TableConnectionString.ForAzurite(12345).ToConnectionString());

        Assert.Equal(new Uri("http://127.0.0.1:12345/devstoreaccount1/"), parsed.TableEndpoint);
        Assert.Equal(TableConnectionString.DevelopmentAccountKey, parsed.AccountKey);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("AccountKey=abc=", "AccountName")]
    [InlineData("AccountName=x", "AccountKey is missing")]
    [InlineData("AccountName=x;AccountKey=not base64!", "Base64")]
    [InlineData("AccountName=x;AccountKey=AAAA;TableEndpoint=ftp://x", "TableEndpoint")]
    [InlineData("garbage", "Name=Value")]
    public void AMalformedConnectionStringSaysWhatIsWrong(string value, string expected)
    {
        Assert.False(TableConnectionString.TryParse(value, out _, out string? error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheKeyNeverAppearsInToString()
    {
        TableConnectionString parsed = TableConnectionString.ForAzurite(1);

        Assert.DoesNotContain(parsed.AccountKey, parsed.ToString(), StringComparison.Ordinal);
    }
}
