using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// Ids that flow into Table keys and OData filters: separators, quotes, escapes, control characters, the victim's own
/// id wrapped in filter syntax, and ids longer than a key may be. Every request asks for the sender's data.
/// </summary>
public static class InjectionCorpus
{
    public const string Category = "ids with key and filter syntax";

    public static IReadOnlyList<string> HostileIds { get; } = Build();

    public static string Describe(string id)
    {
        var builder = new StringBuilder();
        foreach (char c in id.Length > 40 ? id[..40] : id)
        {
            builder.Append(c < ' ' || c == '\u007f' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return "'" + builder + (id.Length > 40 ? $"…' ({id.Length} chars)" : "'");
    }

    /// <summary>Teams (local mode) activities whose user, conversation, tenant and activity ids are each hostile.</summary>
    public static IEnumerable<CorpusCase> Teams(string connectorBaseUrl, string victimUserId, string command)
    {
        JsonObject message = TeamsFixtures.LoadFor("emulator-message.json", connectorBaseUrl);
        message["text"] = command;
        int serial = 0;
        foreach (string id in IdsAround(victimUserId))
        {
            string n = (++serial).ToString(CultureInfo.InvariantCulture);
            yield return Case("from.id", id, With(message, "inj-u" + n, a => a["from"]!["id"] = id));
            yield return Case("conversation.id", id, With(message, "inj-c" + n, a => a["conversation"]!["id"] = id));
            yield return Case("channelData.tenant.id", id, With(message, "inj-t" + n, a => a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = id } }));
            yield return Case("id", id, With(message, id, a => a["from"]!["id"] = "inj-activity-" + n));
            yield return Case("recipient.id", id, With(message, "inj-r" + n, a => a["recipient"]!["id"] = id));
        }

        static CorpusCase Case(string field, string id, JsonObject activity) =>
            CorpusCase.Post(TeamsCorpus.Endpoint, Category, $"{field} {Describe(id)}", TeamsCorpus.Path, activity.ToJsonString(), "application/json", CaseExpectation.NoServerError);
    }

    /// <summary>Slack commands, DMs and button presses whose team, user and event ids are each hostile.</summary>
    public static IEnumerable<CorpusCase> Slack(SlackCorpus signer, string victimTeam, string victimUser, string command)
    {
        int serial = 0;
        IEnumerable<(string Field, string Team, string User, bool Press)> senders =
        [
            .. HostileIds.Select(id => ("user_id", victimTeam, id, true)),
            .. HostileIds.Select(id => ("team_id", id, victimUser, false)),
            .. Wraps(victimUser).Select(id => ("user_id", victimTeam, id, true)),
            .. Wraps(victimTeam).Select(id => ("team_id", id, victimUser, false)),
        ];
        foreach ((string field, string team, string user, bool press) in senders)
        {
            string n = (++serial).ToString(CultureInfo.InvariantCulture);
            string id = field == "user_id" ? user : team;
            string form = $"team_id={Uri.EscapeDataString(team)}&user_id={Uri.EscapeDataString(user)}&channel_id=C1&command=%2Fcoach&text={Uri.EscapeDataString(command)}";
            yield return signer.SignedCase(SlackCorpus.Commands, Category, $"{field} {Describe(id)}", form, "application/x-www-form-urlencoded", CaseExpectation.NoServerError);
            yield return signer.SignedCase(SlackCorpus.Events, Category, $"{field} {Describe(id)}", SlackTestHost.DirectMessage(team, user, command, "EvInj" + n), "application/json", CaseExpectation.NoServerError);
            if (press)
            {
                string payload = SlackPayloads.BlockAction(team, user, "coach.command.inj", command);
                yield return signer.SignedCase(SlackCorpus.Interactions, Category, $"{field} {Describe(id)}", "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded", CaseExpectation.NoServerError);
            }
        }

        foreach (string id in HostileIds)
        {
            string dm = SlackTestHost.DirectMessage(victimTeam, "UInjEvent" + (++serial).ToString(CultureInfo.InvariantCulture), command, id);
            yield return signer.SignedCase(SlackCorpus.Events, Category, $"event_id {Describe(id)}", dm, "application/json", CaseExpectation.NoServerError);
        }
    }

    private static JsonObject With(JsonObject template, string activityId, Action<JsonObject> change)
    {
        JsonObject copy = template.DeepClone().AsObject();
        copy["id"] = activityId;
        change(copy);
        return copy;
    }

    /// <summary>The hostile ids, plus the victim's id with each of them around it.</summary>
    private static IEnumerable<string> IdsAround(string victim) => HostileIds.Concat(Wraps(victim));

    /// <summary>The victim's id with key and filter syntax around it.</summary>
    private static IEnumerable<string> Wraps(string victim) =>
        new[] { "{0}/", "{0}'", "{0}' or PartitionKey ne '", "{0}%", "{0}%7C", "{0}|", " {0}", "{0}\u0000", "{0}\\", "{0}#", "{0}?x=1", "{0}' or '1' eq '1", "%{0}", "{0}%2F..%2F" }
            .Select(wrap => string.Format(CultureInfo.InvariantCulture, wrap, victim));

    private static List<string> Build() =>
    [
        "a/b", "a#b", "a?b", "o'brien", "a%2Fb", "100%", "a\\b", "a\tb\nc", "a\u0000b", "a\u0001\u001f\u007f\u0085b",
        "' or 1 eq 1 or '", "x' or PartitionKey ne 'x", "'", "''", "%27", "%00", "..", "../..", "/", "\\", "#", "?", "%",
        "a|b", "|", "msteams|none|x", "\ud83e\uddd1\u200d\ud83d\udcbb", "\ud800", "\udfff", "a\u202eb", "\ufeffbom",
        "$filter=PartitionKey ne ''", "()", "(PartitionKey='x',RowKey='y')", "a&b=c", "a b", "  ", "\u3000", "<script>",
        new string('l', 300), new string('L', 600), new string('%', 300), new string('/', 700), string.Concat(Enumerable.Repeat("\ud83d\ude00", 400)),
    ];
}
