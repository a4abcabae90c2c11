using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// Broken, mistyped and forged requests for the three Slack URLs. Bodies meant to reach the handlers are signed with
/// the host's secret at <c>now</c>, so they test the parsers; the signature cases test the filter.
/// </summary>
public sealed class SlackCorpus(string secret, DateTimeOffset now, int seed)
{
    public const string Commands = "POST /api/slack/commands";
    public const string Events = "POST /api/slack/events";
    public const string Interactions = "POST /api/slack/interactions";
    private const string Form = "application/x-www-form-urlencoded";
    private const string Json = "application/json";

    private readonly Random _random = new(seed);
    private int _serial;

    public static string PathOf(string endpoint) => endpoint[5..].TrimStart('/');

    public IReadOnlyList<CorpusCase> Build()
    {
        var cases = new List<CorpusCase>();
        string command = SlackFixtures.Text("slash_command_signed.txt");
        string[] eventFixtures = ["event_message_im.json", "event_app_home_opened.json", "event_message_bot_modern.json", "url_verification.json"];
        string[] interactionFixtures = ["block_actions_home_tab.json", "view_submission_modal.json"];

        // Truncations, signed after the cut (they reach the parser) and with the whole body's signature (the filter).
        foreach (int cut in JsonMutations.CutOffsets(command, 20, _random))
        {
            cases.Add(SignedCase(Commands, "truncated form", $"slash command cut at {cut}", command[..cut], Form, CaseExpectation.NoServerError));
        }

        foreach (string fixture in eventFixtures)
        {
            string text = SlackFixtures.Text(fixture);
            foreach (int cut in JsonMutations.CutOffsets(text, 14, _random))
            {
                cases.Add(SignedCase(Events, "truncated JSON", $"{fixture} cut at {cut}", text[..cut], Json, CaseExpectation.Rejected));
            }
        }

        foreach (string fixture in interactionFixtures)
        {
            string form = Encoding.UTF8.GetString(SlackFixtures.AsInteractionForm(SlackFixtures.Text(fixture)));
            foreach (int cut in JsonMutations.CutOffsets(form, 14, _random))
            {
                cases.Add(SignedCase(Interactions, "truncated form", $"{fixture} as form cut at {cut}", form[..cut], Form, CaseExpectation.NoServerError));
            }
        }

        string blockActionsForm = SlackFixtures.Text("block_actions_home_tab.form.txt").TrimEnd();
        foreach (int cut in JsonMutations.CutOffsets(blockActionsForm, 10, _random))
        {
            cases.Add(SignedCase(Interactions, "truncated form", $"block_actions_home_tab.form.txt cut at {cut}", blockActionsForm[..cut], Form, CaseExpectation.NoServerError));
            cases.Add(Unsigned(Interactions, "forged signatures", $"block_actions_home_tab.form.txt cut at {cut}, whole body's signature", blockActionsForm[..cut], Form, Sign(blockActionsForm)));
        }

        // Wrong JSON types in every field of the event and interaction payloads.
        foreach (string fixture in eventFixtures)
        {
            JsonObject root = JsonNode.Parse(SlackFixtures.Text(fixture))!.AsObject();
            foreach ((string path, string kind, JsonObject mutated) in JsonMutations.WrongTypes(root))
            {
                if (path != "event_id" && mutated.ContainsKey("event_id"))
                {
                    mutated["event_id"] = NextEventId();
                }

                cases.Add(SignedCase(Events, "wrong JSON types", $"{fixture} {path} → {kind}", mutated.ToJsonString(), Json, CaseExpectation.NoServerError));
            }
        }

        foreach (string fixture in interactionFixtures)
        {
            JsonObject root = JsonNode.Parse(SlackFixtures.Text(fixture))!.AsObject();
            foreach ((string path, string kind, JsonObject mutated) in JsonMutations.WrongTypes(root))
            {
                cases.Add(SignedCase(Interactions, "wrong JSON types", $"{fixture} {path} → {kind}", InteractionForm(mutated), Form, CaseExpectation.NoServerError));
            }
        }

        // Missing ids and unknown types.
        JsonObject message = JsonNode.Parse(SlackFixtures.Text("event_message_im.json"))!.AsObject();
        foreach (string path in new[] { "team_id", "event_id", "event", "event.user", "event.channel", "event.channel_type", "event.type", "type", "event.text" })
        {
            JsonObject without = JsonMutations.Without(WithEventId(message), path);
            cases.Add(SignedCase(Events, "missing ids", $"event_message_im.json without {path}", without.ToJsonString(), Json, CaseExpectation.NoServerError));
        }

        foreach (string type in new[] { "reaction_added", "app_mention", "member_joined_channel", "tokens_revoked", "app_uninstalled", "", "MESSAGE", "💥" })
        {
            JsonObject unknown = WithEventId(message);
            unknown["event"]!["type"] = type;
            cases.Add(SignedCase(Events, "unknown event types", $"event type '{type}'", unknown.ToJsonString(), Json, CaseExpectation.NoServerError));
        }

        foreach (JsonNode? tokens in new JsonNode?[] { null, "bot", 42, new JsonArray("UBOT"), new JsonObject { ["bot"] = "UBOT" }, new JsonObject { ["oauth"] = new JsonArray("U1") } })
        {
            JsonObject revoked = WithEventId(message);
            revoked["event"] = new JsonObject { ["type"] = "tokens_revoked", ["tokens"] = tokens };
            cases.Add(SignedCase(Events, "app lifecycle", $"tokens_revoked with tokens {tokens?.ToJsonString() ?? "null"}", revoked.ToJsonString(), Json, CaseExpectation.NoServerError));
        }

        foreach (string type in new[] { "app_rate_limited", "event_callbackx", "", "URL_VERIFICATION" })
        {
            JsonObject unknown = WithEventId(message);
            unknown["type"] = type;
            cases.Add(SignedCase(Events, "unknown event types", $"envelope type '{type}'", unknown.ToJsonString(), Json, CaseExpectation.NoServerError));
        }

        JsonObject submission = JsonNode.Parse(SlackFixtures.Text("view_submission_modal.json"))!.AsObject();
        foreach (string type in new[] { "view_closed", "shortcut", "message_action", "block_suggestion", "interactive_message", "dialog_submission", "" })
        {
            JsonObject unknown = submission.DeepClone().AsObject();
            unknown["type"] = type;
            cases.Add(SignedCase(Interactions, "unknown event types", $"interaction type '{type}'", InteractionForm(unknown), Form, CaseExpectation.NoServerError));
        }

        foreach (string path in new[] { "user", "user.id", "user.team_id", "team", "view", "view.callback_id", "view.state", "type", "trigger_id" })
        {
            cases.Add(SignedCase(Interactions, "missing ids", $"view_submission_modal.json without {path}", InteractionForm(JsonMutations.Without(submission, path)), Form, CaseExpectation.NoServerError));
        }

        foreach (string field in new[] { "team_id", "user_id", "text", "response_url", "trigger_id", "command" })
        {
            string without = string.Join('&', command.Split('&').Where(p => !p.StartsWith(field + "=", StringComparison.Ordinal)));
            CaseExpectation expect = field is "team_id" or "user_id" ? CaseExpectation.Rejected : CaseExpectation.NoServerError;
            cases.Add(SignedCase(Commands, "missing ids", $"slash command without {field}", without, Form, expect));
        }

        cases.AddRange(FormGarbage(Commands));
        cases.AddRange(FormGarbage(Interactions));
        foreach (CorpusCase garbage in TeamsCorpus.Garbage(Events, PathOf(Events), Json))
        {
            // These two parse to an envelope of type "message", which Slack never sends: acknowledged and ignored like any unknown type.
            CaseExpectation expect = garbage.Name is "lone surrogate escape" or "duplicate keys" ? CaseExpectation.NoServerError : CaseExpectation.Rejected;
            cases.Add(SignedBytesCase(Events, garbage.Category, garbage.Name, garbage.Body!, Json, expect));
        }

        // Wrong content types: the signed bytes are what counts, whatever the header says.
        foreach (string contentType in new[] { "text/plain", "application/xml", Form, Json })
        {
            cases.Add(SignedCase(Events, "wrong content type", $"DM event as {contentType}", WithEventId(message).ToJsonString(), contentType == Json ? Form : contentType, CaseExpectation.NoServerError));
            cases.Add(SignedCase(Commands, "wrong content type", $"slash command as {contentType}", command, contentType == Form ? Json : contentType, CaseExpectation.NoServerError));
            cases.Add(SignedCase(Interactions, "wrong content type", $"view submission as {contentType}", InteractionForm(submission), contentType == Form ? Json : contentType, CaseExpectation.NoServerError));
        }

        foreach (string endpoint in new[] { Commands, Events, Interactions })
        {
            string body = endpoint == Commands ? command : endpoint == Events ? WithEventId(message).ToJsonString() : InteractionForm(submission);
            cases.AddRange(Signatures(endpoint, body, endpoint == Events ? Json : Form));
            cases.AddRange(Oversized(endpoint));
        }

        return cases;
    }

    public CorpusCase SignedCase(string endpoint, string category, string name, string body, string contentType, CaseExpectation expect) =>
        SignedBytesCase(endpoint, category, name, Encoding.UTF8.GetBytes(body), contentType, expect);

    public static string InteractionForm(JsonObject payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    private CorpusCase SignedBytesCase(string endpoint, string category, string name, byte[] body, string contentType, CaseExpectation expect)
    {
        string timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new CorpusCase(endpoint, category, name, HttpMethod.Post, PathOf(endpoint), body, contentType, expect)
        {
            Headers = Headers(timestamp, SlackSignatureVerifier.Sign(secret, timestamp, body)),
        };
    }

    private static CorpusCase Unsigned(string endpoint, string category, string name, string body, string contentType, (string Timestamp, string Signature) forged) =>
        new(endpoint, category, name, HttpMethod.Post, PathOf(endpoint), Encoding.UTF8.GetBytes(body), contentType, CaseExpectation.Unauthorized)
        {
            Headers = Headers(forged.Timestamp, forged.Signature),
        };

    private (string Timestamp, string Signature) Sign(string body, long? at = null, string? withSecret = null)
    {
        string timestamp = (at ?? now.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        return (timestamp, SlackSignatureVerifier.Sign(withSecret ?? secret, timestamp, Encoding.UTF8.GetBytes(body)));
    }

    private IEnumerable<CorpusCase> Signatures(string endpoint, string body, string contentType)
    {
        const string category = "forged signatures";
        long seconds = now.ToUnixTimeSeconds();
        (string ts, string good) = Sign(body);
        string other = body + " ";
        (string Name, IReadOnlyDictionary<string, string> Headers)[] variants =
        [
            ("no signature headers", new Dictionary<string, string>()),
            ("timestamp only", new Dictionary<string, string> { [SlackSignatureVerifier.TimestampHeader] = ts }),
            ("signature only", new Dictionary<string, string> { [SlackSignatureVerifier.SignatureHeader] = good }),
            ("wrong secret", Headers(Sign(body, withSecret: "not-the-secret"))),
            ("empty secret's signature", Headers(ts, "v0=" + new string('0', 64))),
            ("stale by 15 minutes, correctly signed", Headers(Sign(body, seconds - 900))),
            ("future by 15 minutes, correctly signed", Headers(Sign(body, seconds + 900))),
            ("replayed: the fixture's real signature from 2018", Headers("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")),
            ("replayed: another body's signature", Headers(Sign(other))),
            ("replayed: signature of this body at another timestamp", Headers(ts, Sign(body, seconds - 1).Signature)),
            ("v1 prefix", Headers(ts, "v1=" + good[3..])),
            ("no prefix", Headers(ts, good[3..])),
            ("truncated signature", Headers(ts, good[..^1])),
            ("signature with a flipped digit", Headers(ts, good[..^1] + (good[^1] == '0' ? '1' : '0'))),
            ("signature padded", Headers(ts, good + "00")),
            ("non-hex signature", Headers(ts, "v0=" + new string('z', 64))),
            ("timestamp in milliseconds", Headers(Sign(body, seconds * 1000))),
            ("negative timestamp", Headers(Sign(body, -seconds))),
            ("timestamp zero", Headers(Sign(body, 0))),
            ("non-numeric timestamp", Headers("soon", good)),
            ("timestamp with an inner space", Headers(ts[..4] + " " + ts[4..], good)),
            ("timestamp with a plus sign", Headers("+" + ts, good)),
            ("huge timestamp", Headers("99999999999999999999999", good)),
            ("signature of the empty body", Headers(Sign(string.Empty))),
            ("Bearer token instead", new Dictionary<string, string> { ["Authorization"] = "Bearer xoxb-test-token" }),
        ];
        foreach ((string name, IReadOnlyDictionary<string, string> headers) in variants)
        {
            yield return new CorpusCase(endpoint, category, name, HttpMethod.Post, PathOf(endpoint), Encoding.UTF8.GetBytes(body), contentType, CaseExpectation.Unauthorized) { Headers = headers };
        }
    }

    private IEnumerable<CorpusCase> Oversized(string endpoint)
    {
        string body = "text=" + new string('a', (1 << 20) + 10);
        (string ts, string signature) = Sign(body);
        foreach (bool chunked in new[] { false, true })
        {
            yield return new CorpusCase(endpoint, "over 1 MB", $"signed {body.Length:N0} bytes{(chunked ? " chunked" : string.Empty)}", HttpMethod.Post, PathOf(endpoint), Encoding.UTF8.GetBytes(body), Form, CaseExpectation.TooLarge)
            {
                Headers = Headers(ts, signature),
                Chunked = chunked,
            };
            yield return new CorpusCase(endpoint, "over 1 MB", $"unsigned {body.Length:N0} bytes{(chunked ? " chunked" : string.Empty)}", HttpMethod.Post, PathOf(endpoint), Encoding.UTF8.GetBytes(body), Form, CaseExpectation.TooLarge)
            {
                Chunked = chunked,
            };
        }
    }

    private IEnumerable<CorpusCase> FormGarbage(string endpoint)
    {
        string[] bodies =
        [
            string.Empty, "&&&", "=", "payload", "payload=", "payload=%", "payload=%ZZ", "payload=%7B", "payload=null", "payload=42", "payload=%5B%5D",
            "team_id=&user_id=", "team_id=T1&team_id=T2&user_id=U1&user_id=U2", "%00=%00", "a=" + new string('&', 5000),
        ];
        foreach (string body in bodies)
        {
            yield return SignedCase(endpoint, body.Length == 0 ? "empty body" : "malformed form", $"form '{(body.Length > 24 ? body[..24] + "…" : body)}'", body, Form, CaseExpectation.NoServerError);
        }
    }

    private JsonObject WithEventId(JsonObject root)
    {
        JsonObject copy = root.DeepClone().AsObject();
        copy["event_id"] = NextEventId();
        return copy;
    }

    private string NextEventId() => "EvBad" + Interlocked.Increment(ref _serial).ToString("D5", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Headers((string Timestamp, string Signature) signed) => Headers(signed.Timestamp, signed.Signature);

    private static Dictionary<string, string> Headers(string timestamp, string signature) => new()
    {
        [SlackSignatureVerifier.TimestampHeader] = timestamp,
        [SlackSignatureVerifier.SignatureHeader] = signature,
    };
}
