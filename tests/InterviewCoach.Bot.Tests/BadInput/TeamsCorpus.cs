using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Teams;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// Broken and hostile bodies for <c>POST /api/messages</c> in local mode, built from every Teams / Emulator fixture
/// with its serviceUrl aimed at a loopback connector so that a body the host accepts really runs a turn.
/// </summary>
public static class TeamsCorpus
{
    public const string Endpoint = "POST /api/messages";
    public const string Path = "api/messages";
    private const string Json = "application/json";

    public static IReadOnlyList<CorpusCase> Build(string connectorBaseUrl, int seed)
    {
        var random = new Random(seed);
        var cases = new List<CorpusCase>();
        int serial = 0;
        string NextId() => "bad-" + (++serial).ToString("D5", CultureInfo.InvariantCulture);

        foreach (string fixture in TeamsFixtures.Names)
        {
            JsonObject activity = TeamsFixtures.LoadFor(fixture, connectorBaseUrl);
            string text = activity.ToJsonString();

            foreach (int cut in JsonMutations.CutOffsets(text, 16, random))
            {
                cases.Add(CorpusCase.Post(Endpoint, "truncated JSON", $"{fixture} cut at {cut}", Path, text[..cut], Json, CaseExpectation.Rejected));
            }

            foreach (string contentType in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml" })
            {
                JsonObject unique = Fresh(activity, NextId());
                cases.Add(CorpusCase.Post(Endpoint, "wrong content type", $"{fixture} as {contentType}", Path, unique.ToJsonString(), contentType, CaseExpectation.NoServerError));
            }

            cases.Add(CorpusCase.Post(Endpoint, "wrong content type", $"{fixture} without a content type", Path, Fresh(activity, NextId()).ToJsonString(), null, CaseExpectation.NoServerError));

            foreach ((string path, string kind, JsonObject mutated) in JsonMutations.WrongTypes(activity))
            {
                if (path != "id")
                {
                    mutated["id"] = NextId();
                }

                cases.Add(CorpusCase.Post(Endpoint, "wrong JSON types", $"{fixture} {path} → {kind}", Path, mutated.ToJsonString(), Json, Expectation(fixture, path, kind)));
            }

            foreach (string path in new[] { "id", "type", "channelId", "serviceUrl", "from", "from.id", "conversation", "conversation.id", "recipient", "recipient.id", "channelData" })
            {
                if (!Has(activity, path))
                {
                    continue;
                }

                JsonObject without = JsonMutations.Without(Fresh(activity, NextId()), path);
                CaseExpectation expect = path is "type" or "channelId" or "serviceUrl" ? CaseExpectation.Rejected : CaseExpectation.NoServerError;
                cases.Add(CorpusCase.Post(Endpoint, "missing ids", $"{fixture} without {path}", Path, without.ToJsonString(), Json, expect));
            }
        }

        JsonObject message = TeamsFixtures.LoadFor("teams-message-personal.json", connectorBaseUrl);
        foreach (string type in new[] { "typing", "endOfConversation", "messageReaction", "messageUpdate", "messageDelete", "event", "trace", "handoff", "suggestion", "MESSAGE", "message ", "💥", "contactRelationUpdate" })
        {
            JsonObject unknown = Fresh(message, NextId());
            unknown["type"] = type;
            cases.Add(CorpusCase.Post(Endpoint, "unknown activity types", $"type {type}", Path, unknown.ToJsonString(), Json, CaseExpectation.NoServerError));
        }

        foreach (string type in new[] { "", " " })
        {
            JsonObject blank = Fresh(message, NextId());
            blank["type"] = type;
            cases.Add(CorpusCase.Post(Endpoint, "unknown activity types", $"type '{type}'", Path, blank.ToJsonString(), Json, CaseExpectation.Rejected));
        }

        JsonObject invoke = TeamsFixtures.LoadFor("teams-invoke-adaptivecard-action-personal.json", connectorBaseUrl);
        foreach (string name in new[] { "composeExtension/query", "task/fetch", "signin/verifyState", "healthCheck", "", "adaptiveCard/Action" })
        {
            JsonObject unknown = Fresh(invoke, NextId());
            unknown["name"] = name;
            cases.Add(CorpusCase.Post(Endpoint, "unknown activity types", $"invoke named '{name}'", Path, unknown.ToJsonString(), Json, CaseExpectation.NotImplementedInvoke));
        }

        foreach (string action in new[] { "upgrade", "", "ADD", "add-upgrade" })
        {
            JsonObject install = Fresh(TeamsFixtures.LoadFor("teams-installationupdate-add-team.json", connectorBaseUrl), NextId());
            install["action"] = action;
            cases.Add(CorpusCase.Post(Endpoint, "unknown activity types", $"installationUpdate action '{action}'", Path, install.ToJsonString(), Json, CaseExpectation.NoServerError));
        }

        foreach ((string name, JsonNode? value) in FileConsentAnswers())
        {
            JsonObject consent = Fresh(invoke, NextId());
            consent["name"] = "fileConsent/invoke";
            consent["value"] = value;
            cases.Add(CorpusCase.Post(Endpoint, "forged file consent", name, Path, consent.ToJsonString(), Json, CaseExpectation.Rejected));
        }

        // Well formed, but for a file nobody offered: answered (the user is told it is not waiting), nothing uploaded.
        JsonObject unknownFile = Fresh(invoke, NextId());
        unknownFile["name"] = "fileConsent/invoke";
        unknownFile["value"] = new JsonObject { ["type"] = "fileUpload", ["action"] = "decline", ["context"] = new JsonObject { ["fileId"] = "never-offered" } };
        cases.Add(CorpusCase.Post(Endpoint, "forged file consent", "decline of a file never offered", Path, unknownFile.ToJsonString(), Json, CaseExpectation.NoServerError));

        cases.AddRange(Garbage(Endpoint, Path, Json));
        cases.AddRange(Oversized(Endpoint, Path, Fresh(message, NextId())));
        return cases;
    }

    /// <summary>Malformed <c>fileConsent/invoke</c> values, and upload URLs that are not Microsoft's: each must be a 4xx.</summary>
    private static IEnumerable<(string Name, JsonNode? Value)> FileConsentAnswers()
    {
        static JsonObject Accept(JsonNode? uploadUrl) => new()
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = new JsonObject { ["fileId"] = "f1" },
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/u/export.json",
                ["name"] = "export.json",
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = "u1",
                ["fileType"] = "json",
            },
        };

        yield return ("no value", null);
        yield return ("value is a string", "accept");
        yield return ("no action", new JsonObject { ["context"] = new JsonObject { ["fileId"] = "f1" } });
        yield return ("unknown action", new JsonObject { ["action"] = "maybe", ["context"] = new JsonObject { ["fileId"] = "f1" } });
        yield return ("no context", new JsonObject { ["action"] = "decline" });
        yield return ("fileId is a number", new JsonObject { ["action"] = "decline", ["context"] = new JsonObject { ["fileId"] = 7 } });
        yield return ("fileId of 65 characters", new JsonObject { ["action"] = "decline", ["context"] = new JsonObject { ["fileId"] = new string('f', 65) } });
        yield return ("accept without uploadInfo", new JsonObject { ["action"] = "accept", ["context"] = new JsonObject { ["fileId"] = "f1" } });
        yield return ("upload URL on another host", Accept("https://evil.example.com/upload"));
        yield return ("upload URL look-alike host", Accept("https://contoso.sharepoint.com.evil.example/upload"));
        yield return ("upload URL over http", Accept("http://contoso-my.sharepoint.com/upload"));
        yield return ("upload URL with credentials", Accept("https://user:pass@contoso-my.sharepoint.com/upload"));
        yield return ("upload URL is javascript", Accept("javascript:alert(1)"));
        yield return ("upload URL is a file path", Accept("file:///etc/passwd"));
        yield return ("upload URL is relative", Accept("/upload/session"));
        yield return ("upload URL is a number", Accept(42));
    }

    /// <summary>Bodies that are not an activity at all, for any JSON endpoint.</summary>
    public static IEnumerable<CorpusCase> Garbage(string endpoint, string path, string contentType)
    {
        (string Name, byte[] Body)[] bodies =
        [
            ("empty body", []),
            ("whitespace", "  \r\n\t "u8.ToArray()),
            ("JSON null", "null"u8.ToArray()),
            ("JSON array", "[]"u8.ToArray()),
            ("JSON number", "42"u8.ToArray()),
            ("JSON string", "\"message\""u8.ToArray()),
            ("JSON true", "true"u8.ToArray()),
            ("empty object", "{}"u8.ToArray()),
            ("byte order mark only", [0xEF, 0xBB, 0xBF]),
            ("invalid UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
            ("NUL bytes", new byte[64]),
            ("two objects", "{\"type\":\"message\"}{\"type\":\"message\"}"u8.ToArray()),
            ("trailing comma", "{\"type\":\"message\",}"u8.ToArray()),
            ("single quotes", "{'type':'message'}"u8.ToArray()),
            ("comment", "{/* hi */\"type\":\"message\"}"u8.ToArray()),
            ("nested 10,000 deep", Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000))),
            ("object nested 5,000 deep", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000))),
            ("form body", "type=message&text=hi"u8.ToArray()),
            ("XML", "<activity type=\"message\"/>"u8.ToArray()),
            ("lone surrogate escape", "{\"type\":\"message\",\"text\":\"\\ud800\"}"u8.ToArray()),
            ("duplicate keys", "{\"type\":\"message\",\"type\":\"invoke\"}"u8.ToArray()),
        ];
        foreach ((string name, byte[] body) in bodies)
        {
            yield return new CorpusCase(endpoint, name is "empty body" ? "empty body" : "malformed JSON", name, HttpMethod.Post, path, body, contentType, CaseExpectation.Rejected);
        }
    }

    /// <summary>Bodies over the limit, announced by Content-Length and sent chunked without one.</summary>
    public static IEnumerable<CorpusCase> Oversized(string endpoint, string path, JsonObject valid)
    {
        foreach (int size in new[] { (1 << 20) + 1, 3 << 20 })
        {
            JsonObject big = valid.DeepClone().AsObject();
            big["text"] = new string('a', size);
            byte[] body = Encoding.UTF8.GetBytes(big.ToJsonString());
            yield return new CorpusCase(endpoint, "over 1 MB", $"{body.Length:N0} bytes with Content-Length", HttpMethod.Post, path, body, "application/json", CaseExpectation.TooLarge);
            yield return new CorpusCase(endpoint, "over 1 MB", $"{body.Length:N0} bytes chunked", HttpMethod.Post, path, body, "application/json", CaseExpectation.TooLarge) { Chunked = true };
        }
    }

    public static JsonObject Fresh(JsonObject activity, string id)
    {
        JsonObject copy = activity.DeepClone().AsObject();
        copy["id"] = id;
        return copy;
    }

    private static CaseExpectation Expectation(string fixture, string path, string kind) =>
        fixture.Contains("invoke", StringComparison.Ordinal) && path == "name" && kind == "null" ? CaseExpectation.NotImplementedInvoke
        : path == "serviceUrl" || (kind != "huge string" && path is "type" or "channelId")
            ? CaseExpectation.Rejected
            : CaseExpectation.NoServerError;

    private static bool Has(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (string segment in path.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(segment, out JsonNode? next) ? next : null;
            if (node is null)
            {
                return false;
            }
        }

        return true;
    }
}
