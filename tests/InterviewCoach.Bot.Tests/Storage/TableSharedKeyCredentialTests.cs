using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Tests.Storage;

public sealed class TableSharedKeyCredentialTests
{
    private static readonly TableSharedKeyCredential s_azurite = new(TableConnectionString.DevelopmentAccountName, TableConnectionString.DevelopmentAccountKey);

    // Signatures produced by Microsoft's @azure/data-tables 13.3.2 for these requests (captured from its pipeline),
    // which signs Shared Key Lite: "{x-ms-date}\n/{account}{encoded path}".
    [Theory]
    [InlineData(
        "Sat, 21 Nov 2026 21:02:51 GMT\n/devstoreaccount1/devstoreaccount1/coachDialogState(PartitionKey='pk',RowKey='rk')",
        "Yj7MvgGTCtJ5GxveRVy5iN03fzqufO0uO95HHWmeJRQ=")]
    [InlineData(
        "Sat, 21 Nov 2026 21:02:51 GMT\n/devstoreaccount1/devstoreaccount1/coachDialogState(PartitionKey='msteams%7Ct1%7C29%3Aabc',RowKey='dialog')",
        "uPgRd7ydXvUNL6oDr3JUvA6ibWXNXqX6pwkt4eRHtW8=")]
    public void SignatureMatchesTheAzureSdkForAKnownRequest(string stringToSign, string expected)
    {
        Assert.Equal(expected, s_azurite.ComputeSignature(stringToSign));
    }

    [Fact]
    public void StringToSignHasTheTableServiceLayout()
    {
        string stringToSign = s_azurite.BuildStringToSign(
            "PUT", null, "application/json", "Sat, 21 Nov 2026 21:02:51 GMT", "/devstoreaccount1/coachDialogState(PartitionKey='msteams%7Ct1',RowKey='dialog')", null);

        Assert.Equal(
            "PUT\n\napplication/json\nSat, 21 Nov 2026 21:02:51 GMT\n/devstoreaccount1/devstoreaccount1/coachDialogState(PartitionKey='msteams%7Ct1',RowKey='dialog')",
            stringToSign);
    }

    [Fact]
    public void TheCompQueryParameterIsPartOfTheCanonicalResource()
    {
        string stringToSign = s_azurite.BuildStringToSign("GET", null, null, "d", "/devstoreaccount1/", "properties");

        Assert.EndsWith("/devstoreaccount1/devstoreaccount1/?comp=properties", stringToSign, StringComparison.Ordinal);
    }
}
