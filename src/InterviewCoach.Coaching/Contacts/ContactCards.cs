using System.Globalization;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>Cards for one contact: a short one for lists and a full one for the contact's own page.</summary>
internal static class ContactCards
{
    public const string View = "view";
    public const string Edit = "edit";
    public const string Stage = "stage";
    public const string Delete = "delete";
    public const string Voicemail = "voicemail";
    public const string Rehearse = "rehearse";

    public static CardReply Summary(Contact contact, int number) => new(string.Create(CultureInfo.InvariantCulture, $"{number}. {contact.Name}"))
    {
        Subtitle = Position(contact, lineStart: true),
        Facts = [new CardFact("Stage", contact.Stage.ToLabel()), .. MeetingFact(contact)],
        Actions =
        [
            new ChoiceButton("View", CardActionPrompt.Target(View, contact.Id)),
            new ChoiceButton("Edit", CardActionPrompt.Target(Edit, contact.Id)),
            new ChoiceButton("Stage", CardActionPrompt.Target(Stage, contact.Id)),
            new ChoiceButton("Delete", CardActionPrompt.Target(Delete, contact.Id)),
        ],
    };

    public static CardReply Detail(Contact contact, string? title = null)
    {
        var facts = new List<CardFact>
        {
            new("Stage", contact.Stage.ToLabel()),
            new("How you're connected", Connection(contact)),
            contact.AskedVia == AskedVia.NotRecorded
                ? new("Best way to ask", contact.PreferredChannel.ToLabel())
                : new("How you asked", contact.AskedVia.ToLabel()),
        };
        if (contact.Location is { Length: > 0 } location)
        {
            facts.Add(new CardFact("Based in", contact.LongDistance ? $"{location} (too far to meet: a 10-15 minute call)" : location));
        }
        else if (contact.LongDistance)
        {
            facts.Add(new CardFact("Distance", "Too far to meet: a 10-15 minute call"));
        }

        facts.AddRange(MeetingFact(contact));
        if (contact.WhyThem is { Length: > 0 } why)
        {
            facts.Add(new CardFact("Why them", why));
        }

        if (contact.Meeting?.Place is { Length: > 0 } place)
        {
            facts.Add(new CardFact("Where", place));
        }

        if (contact.Meeting?.Directions is { Length: > 0 } directions)
        {
            facts.Add(new CardFact("Directions", directions));
        }

        if (contact.Email is { Length: > 0 } email)
        {
            facts.Add(new CardFact("Email", email));
        }

        if (contact.Phone is { Length: > 0 } phone)
        {
            facts.Add(new CardFact("Phone", phone));
        }

        return new CardReply(title ?? contact.Name)
        {
            Subtitle = title is null ? Position(contact, lineStart: true) : $"{contact.Name}{(Position(contact, lineStart: false) is { } position ? ", " + position : string.Empty)}",
            Facts = facts,
            Sections = contact.Notes is { Length: > 0 } notes ? [new CardSection { Heading = "Notes", Markdown = notes }] : [],
            Actions = title is null ? DetailActions(contact) : [],
        };
    }

    public static string Connection(Contact contact) => contact.Connection switch
    {
        ConnectionKind.ReferredBy when contact.ReferredByName is { Length: > 0 } referrer => $"Referred by {referrer}",
        _ when contact.ConnectionNote is { Length: > 0 } note => $"{contact.Connection.ToLabel()} ({note})",
        _ => contact.Connection.ToLabel(),
    };

    /// <summary>When the meeting is, in the meeting's own time zone.</summary>
    public static string When(MeetingDetails meeting)
    {
        DateTimeOffset local = TimeZoneInfo.TryFindSystemTimeZoneById(meeting.TimeZoneId, out TimeZoneInfo? zone)
            ? TimeZoneInfo.ConvertTime(meeting.StartsAt, zone)
            : meeting.StartsAt;
        return string.Create(CultureInfo.InvariantCulture, $"{local:dddd d MMMM yyyy 'at' HH:mm} ({meeting.TimeZoneId})");
    }

    private static ChoiceButton[] DetailActions(Contact contact) =>
    [
        new("Edit", CardActionPrompt.Target(Edit, contact.Id)),
        new("Change stage", CardActionPrompt.Target(Stage, contact.Id)),
        new("Rehearse the ask", CardActionPrompt.Target(Rehearse, contact.Id)),
        new("I left a voicemail", CardActionPrompt.Target(Voicemail, contact.Id)),
        new("Delete", CardActionPrompt.Target(Delete, contact.Id)),
    ];

    // A role typed in lower case ("ux designer") keeps its initialisms in capitals, and a capital first letter when it
    // starts the subtitle; after the name ("Maria Lopez, nurse at …") it reads as ordinary English in lower case.
    private static string? Position(Contact contact, bool lineStart) =>
        Position(contact.Role is { Length: > 0 } role ? (lineStart ? FieldCasing.AtLineStart(role) : FieldCasing.Cased(role)) : contact.Role, contact.Organisation);

    private static string? Position(string? typedRole, string? organisation) => (typedRole, organisation) switch
    {
        // A role typed as "Engineer at Fabrikam" already names the organisation: never "at Fabrikam at Fabrikam".
        ({ Length: > 0 } role, { Length: > 0 } org) when role.Contains(org.Trim(), StringComparison.OrdinalIgnoreCase) => role,
        ({ Length: > 0 } role, { Length: > 0 } org) => $"{role} at {org}",
        ({ Length: > 0 } role, _) => role,
        (_, { Length: > 0 } org) => org,
        _ => null,
    };

    private static IEnumerable<CardFact> MeetingFact(Contact contact) => contact.Meeting switch
    {
        { Goal: { Length: > 0 } goal } meeting => [new CardFact("Meeting", When(meeting)), new CardFact("Goal for this meeting", goal)],
        { } meeting => [new CardFact("Meeting", When(meeting))],
        _ => [],
    };
}
