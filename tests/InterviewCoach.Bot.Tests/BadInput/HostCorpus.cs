using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Teams;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>The dev chat connector and page, <c>/healthz</c>, and wrong methods and paths on every endpoint.</summary>
public static class HostCorpus
{
    public const string DevChatPost = "POST /devchat/connector/…/activities";
    public const string DevChatRead = "GET /devchat/conversations/…/activities";
    public const string Health = "GET /healthz";
    public const string Page = "GET /";
    public const string Other = "other paths and methods";

    public static IReadOnlyList<CorpusCase> Build(int seed)
    {
        var random = new Random(seed);
        var cases = new List<CorpusCase>();
        string connector = "devchat/connector/v3/conversations/dev-1/activities";
        JsonObject reply = TeamsFixtures.Load("teams-outbound-message-adaptivecard.json");
        string text = reply.ToJsonString();
        foreach (int cut in JsonMutations.CutOffsets(text, 10, random))
        {
            cases.Add(CorpusCase.Post(DevChatPost, "truncated JSON", $"outbound card cut at {cut}", connector, text[..cut], "application/json", CaseExpectation.Rejected));
        }

        foreach (CorpusCase garbage in TeamsCorpus.Garbage(DevChatPost, connector, "application/json"))
        {
            // "{}" and duplicate keys are JSON objects, which the stand-in connector stores as it would any reply.
            cases.Add(garbage.Name is "empty object" or "duplicate keys" ? garbage with { Expect = CaseExpectation.NoServerError } : garbage);
        }

        foreach (CorpusCase big in TeamsCorpus.Oversized(DevChatPost, connector + "/1", reply))
        {
            cases.Add(big);
        }

        foreach (string id in InjectionCorpus.HostileIds.Take(12))
        {
            cases.Add(CorpusCase.Post(DevChatPost, "ids in paths", $"conversation id {InjectionCorpus.Describe(id)}", $"devchat/connector/v3/conversations/{Uri.EscapeDataString(id)}/activities", "{\"type\":\"message\",\"text\":\"hi\"}", "application/json", CaseExpectation.NoServerError));
            cases.Add(Get(DevChatRead, "ids in paths", $"conversation id {InjectionCorpus.Describe(id)}", $"devchat/conversations/{Uri.EscapeDataString(id)}/activities"));
        }

        foreach (string after in new[] { "-1", "-2147483648", "2147483647", "99999999999", "abc", "1e3", "", "0x10", "1&after=2", "%00" })
        {
            CaseExpectation expect = after is "99999999999" or "abc" or "1e3" or "0x10" or "%00" or "1&after=2" ? CaseExpectation.Rejected : CaseExpectation.NoServerError;
            cases.Add(Get(DevChatRead, "malformed query", $"after={after}", $"devchat/conversations/dev-1/activities?after={after}") with { Expect = expect });
        }

        foreach (string query in new[] { string.Empty, "?verbose=true", "?%ZZ", "?" + new string('a', 8000) })
        {
            cases.Add(Get(Health, "malformed query", $"query '{(query.Length > 20 ? query[..20] + "…" : query)}'", "healthz" + query));
            cases.Add(Get(Page, "malformed query", $"query '{(query.Length > 20 ? query[..20] + "…" : query)}'", query.Length == 0 ? string.Empty : "/" + query));
        }

        (string Endpoint, string Path)[] endpoints =
        [
            (TeamsCorpus.Endpoint, TeamsCorpus.Path), (SlackCorpus.Commands, "api/slack/commands"), (SlackCorpus.Events, "api/slack/events"),
            (SlackCorpus.Interactions, "api/slack/interactions"), (DevChatPost, connector), (Health, "healthz"), (DevChatRead, "devchat/conversations/dev-1/activities"),
        ];
        foreach ((string endpoint, string path) in endpoints)
        {
            HttpMethod[] wrong = endpoint.StartsWith("GET", StringComparison.Ordinal)
                ? [HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch]
                : [HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch];
            foreach (HttpMethod method in wrong)
            {
                cases.Add(new CorpusCase(endpoint, "wrong method", method.Method, method, path, method == HttpMethod.Get || method == HttpMethod.Delete ? null : "{}"u8.ToArray(), "application/json", CaseExpectation.Rejected));
            }
        }

        foreach (string path in new[] { "api/messages/", "api/messages/x", "api//messages", "api/slack", "api/slack/commands/../events", "%2e%2e/%2e%2e/etc/passwd", "devchat/connector/v3/conversations//activities", "api/messages%00", "devchat/index.html/..%2F..%2Fappsettings.json", "../appsettings.json", "appsettings.json" })
        {
            cases.Add(CorpusCase.Post(Other, "wrong paths", path, path, "{}", "application/json", CaseExpectation.Rejected));
        }

        return cases;
    }

    private static CorpusCase Get(string endpoint, string category, string name, string path) =>
        new(endpoint, category, name, HttpMethod.Get, path, null, null, CaseExpectation.NoServerError);
}
