using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>The questions adding and editing a contact share.</summary>
internal static class ContactQuestions
{
    public const string NameField = "name";
    public const string RoleField = "role";
    public const string OrganisationField = "organisation";
    public const string EmailField = "email";
    public const string PhoneField = "phone";
    public const string LocationField = "location";
    public const string LongDistanceField = "longDistance";

    public static IReadOnlyList<Choice> ConsentChoices { get; } =
    [
        new(nameof(ReferrerConsent.Agreed), "Yes, I may use their name") { Synonyms = ["yes", "they agreed", "agreed", "yes they said so"] },
        new(nameof(ReferrerConsent.NotAsked), "Not asked yet") { Synonyms = ["not asked", "don't know", "not sure", "haven't asked", "skip", "no idea", "dunno", "i'll ask", "will ask them", "going to ask", "ask later"] },
        new(nameof(ReferrerConsent.Declined), "No, leave them out") { Synonyms = ["no", "they'd rather not", "declined", "leave them out"] },
    ];

    public static PromptOptions Consent(string referrer, string contactName) => new()
    {
        Prompt = $"Has {referrer} said you may mention them when you contact {contactName}?",
        Help = $"**Yes**: I'll name {referrer} first in every script. **Not asked yet**: I'll suggest asking {referrer} for an introduction first. **No**: I'll never name them to {contactName}.",
        Choices = ConsentChoices,
    };

    /// <summary>
    /// The answer to <see cref="Consent"/> when the message that named the referrer already gave it ("she said I could
    /// use her name"); null when it did not, or was a button press.
    /// </summary>
    public static PromptResult<Choice>? ConsentAlreadySaid(TurnInput input) =>
        input.Value is null && ReferrerConsentInSentence.Read(input.Text) is { } said
            ? new PromptResult<Choice>(true, ConsentChoices.First(c => c.Value == said.ToString()), 1)
            : null;

    /// <summary>Roles that know hiring rather than the work itself (S011).</summary>
    public static bool IsHiringRole(string? role) =>
        role is { Length: > 0 } && s_hiringRole.IsMatch(role);

    private static readonly System.Text.RegularExpressions.Regex s_hiringRole = new(
        @"\b(?:hr|recruit\w*|human resources|talent acquisition|talent partner|hiring manager|people partner)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        RegexBudget.MatchTimeout);

    public static IReadOnlyList<Choice> ConnectionChoices { get; } =
    [
        new(nameof(ConnectionKind.ReferredBy), "Someone referred me") { Synonyms = ["referred", "referral", "a friend", "someone gave me their name", "through a friend", "my friend", "friend of mine", "a friend of",
            "mutual friend", "knows her", "knows him", "knows them", "put me in touch", "introduced me", "introduced us", "passed on her name", "passed on his name",
            "passed on their name", "gave me her name", "gave me his name", "gave me their name", "my colleague", "a colleague", "my manager", "my cousin", "my uncle", "my aunt"] },
        new(nameof(ConnectionKind.Alumni), "Same school (alumni)") { Synonyms = ["alumni", "alumnus", "school", "university", "same school", "same university",
            "went to the same university", "we're both alumni", "we are both alumni"] },
        new(nameof(ConnectionKind.Association), "Same association or group") { Synonyms = ["association", "group", "society"] },
        new(nameof(ConnectionKind.LinkedIn), "LinkedIn") { Synonyms = ["linked in"] },
        new(nameof(ConnectionKind.MetAtEvent), "Met at an event") { Synonyms = ["event", "conference", "met them", "summit", "meetup", "meet-up", "workshop", "career fair", "job fair",
            "networking event", "we met at a talk"] },
        new(nameof(ConnectionKind.KnowThem), "I know them already") { Synonyms = ["we worked together", "worked together", "used to work with", "worked with him", "worked with her",
            "worked with them", "former colleague", "ex colleague", "ex-colleague", "old colleague", "former coworker", "we were colleagues", "i know them", "i know him", "i know her",
            "know them personally",
            // Having studied together means knowing each other: the ask reminds them how, never "I found your name".
            "we were at university together", "we studied together", "studied together", "course mates", "coursemates", "course mate",
            "classmates", "classmate", "we were classmates", "we were in the same class"] },
        new(nameof(ConnectionKind.None), "No connection yet") { Synonyms = ["none", "cold", "no", "nothing", "skip", "nobody", "no one", "not connected", "no connection", "we're not connected", "i don't know them", "stranger", "cold email", "cold call", "not really", "not sure", "unsure", "don't know", "dont know", "no idea", "dunno", "idk", "nah", "nope", "neither", "none of them"] },
    ];

    public static IReadOnlyList<Choice> ChannelChoices { get; } =
    [
        new(nameof(PreferredChannel.Phone), "Phone") { Synonyms = ["call", "phone call", "ring"] },
        new(nameof(PreferredChannel.Email), "Email") { Synonyms = ["e-mail", "mail", "write"] },
        new(nameof(PreferredChannel.InPerson), "In person") { Synonyms = ["face to face", "in person", "in-person"] },
        new(nameof(PreferredChannel.LinkedIn), "LinkedIn") { Synonyms = ["linked in", "inmail", "linkedin message", "message on linkedin"] },
    ];

    /// <summary>How the ask went out, once it has; the meeting opener mentions it (S078).</summary>
    public static IReadOnlyList<Choice> AskedViaChoices { get; } =
    [
        new(nameof(AskedVia.Phone), "Phone call") { Synonyms = ["phone", "call", "called", "rang", "by phone"] },
        new(nameof(AskedVia.Email), "Email") { Synonyms = ["e-mail", "mail", "emailed", "by email"] },
        new(nameof(AskedVia.Letter), "Letter") { Synonyms = ["letter", "wrote", "post", "by letter", "by post"] },
        new(nameof(AskedVia.LinkedIn), "LinkedIn message") { Synonyms = ["linkedin", "linked in", "inmail"] },
        new(nameof(AskedVia.InPerson), "In person") { Synonyms = ["face to face", "in person", "in-person", "met them"] },
    ];

    /// <summary>True once the user has asked this contact, so the channel on the record is how they asked, not how they will.</summary>
    public static bool HasAsked(Contact contact) => contact.Stage != ContactStage.ToContact || contact.AskedVia != AskedVia.NotRecorded;

    public static PromptOptions AskedViaQuestion(string contactName) => new()
    {
        Prompt = $"How did you ask {contactName} for the conversation?",
        Help = "Pick how the ask really went out: the meeting opener mentions it (\"As I mentioned in my letter...\").",
        Choices = AskedViaChoices,
    };

    /// <summary>Records how the ask went out; the preferred channel follows where it has the same channel.</summary>
    public static Contact ApplyAskedVia(Contact contact, AskedVia via) => contact with
    {
        AskedVia = via,
        PreferredChannel = via switch
        {
            AskedVia.Phone => PreferredChannel.Phone,
            AskedVia.Email => PreferredChannel.Email,
            AskedVia.InPerson => PreferredChannel.InPerson,
            AskedVia.LinkedIn => PreferredChannel.LinkedIn,
            _ => contact.PreferredChannel,
        },
    };

    public static PromptOptions Connection(string contactName) => new()
    {
        Prompt = $"How are you connected to {contactName}?",
        Help = "A name passed on by someone they know is the strongest opening, then a shared school, group or event. No connection is fine too.",
        Choices = ConnectionChoices,
    };

    public static PromptOptions Channel(string contactName) => new()
    {
        Prompt = $"How will you ask {contactName} for a conversation?",
        Help = "Phone is the most direct. If calling feels daunting, send an email or a LinkedIn message first and follow up with a call.",
        Choices = ChannelChoices,
    };

    /// <summary>The follow-up question a connection needs, or null when it needs none.</summary>
    public static PromptOptions? ConnectionDetail(ConnectionKind kind) => kind switch
    {
        ConnectionKind.ReferredBy => new PromptOptions
        {
            Prompt = "Who passed on their name?",
            Help = "The person's name; you'll mention them first when you ask.",
            Max = CoachPrompts.MaxShortLength,
            GiveUpMessage = "Let's leave their name out for now; add it any time with **Edit** on the contact.",
        },
        ConnectionKind.Alumni => Note("Which school or programme do you share? Type **skip** to leave it out."),
        ConnectionKind.Association => Note("Which association or group? Type **skip** to leave it out."),
        ConnectionKind.MetAtEvent => Note("Which event was it? Type **skip** to leave it out."),
        ConnectionKind.KnowThem => Note("How do you know each other? e.g. _we worked together at Deloitte_. Type **skip** to leave it out."),
        _ => null,
    };

    public static FormReply DetailsForm(Contact? contact) => new("contact-details", contact is null ? "New contact" : $"Edit {contact.Name}", Fields(contact))
    {
        Markdown = contact is null ? "Who would you like to talk to? Only the name is required." : "Change what you need and save.",
        SubmitLabel = contact is null ? "Add contact" : "Save",
    };

    private static FormField[] Fields(Contact? contact) =>
    [
        new(NameField, "Name", FormFieldKind.Text) { Required = true, Max = CoachPrompts.MaxShortLength, InitialValue = contact?.Name, Placeholder = "Maria Lopez" },
        new(RoleField, "Role", FormFieldKind.Text) { Max = CoachPrompts.MaxShortLength, InitialValue = contact?.Role, Placeholder = "Charge nurse" },
        new(OrganisationField, "Organisation", FormFieldKind.Text) { Max = CoachPrompts.MaxShortLength, InitialValue = contact?.Organisation, Placeholder = "St Anne's Hospital" },
        new(EmailField, "Email", FormFieldKind.Text) { Max = 254, InitialValue = contact?.Email },
        new(PhoneField, "Phone", FormFieldKind.Text) { Max = 40, InitialValue = contact?.Phone },
        new(LocationField, "Based in", FormFieldKind.Text) { Max = CoachPrompts.MaxShortLength, InitialValue = contact?.Location, Placeholder = "Leeds" },
        new(LongDistanceField, "Too far away to meet in person", FormFieldKind.Toggle) { InitialValue = contact?.LongDistance == true ? "true" : "false" },
    ];

    public static Contact ApplyDetails(Contact contact, FormSubmission form) => contact with
    {
        Name = form.GetText(NameField) is { } name ? PersonNameCasing.Cased(name) : contact.Name,
        Role = form.GetText(RoleField),
        // As typed sentences already do ("maria at monzo"): all lower case reads wrongly in scripts and reminders.
        Organisation = form.GetText(OrganisationField) is { } organisation ? PersonNameCasing.Organisation(organisation) : null,
        Email = form.GetText(EmailField),
        Phone = form.GetText(PhoneField),
        Location = form.GetText(LocationField),
        LongDistance = form.GetToggle(LongDistanceField),
    };

    /// <summary>Applies a connection and its detail (the referrer's name, or the school, group or event).</summary>
    public static Contact ApplyConnection(Contact contact, ConnectionKind kind, string? detail, IReadOnlyList<Contact> others)
    {
        string? text = detail is null || CoachPrompts.IsSkip(detail) ? null : detail.Trim();
        if (kind == ConnectionKind.ReferredBy)
        {
            Contact? referrer = text is null ? null : others.FirstOrDefault(c => c.Id != contact.Id && string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase));
            return contact with { Connection = kind, ReferredByName = text, ReferredByContactId = referrer?.Id, ConnectionNote = null };
        }

        return contact with { Connection = kind, ConnectionNote = text, ReferredByName = null, ReferredByContactId = null };
    }

    private static PromptOptions Note(string prompt) => new() { Prompt = prompt, Max = CoachPrompts.MaxShortLength };
}
