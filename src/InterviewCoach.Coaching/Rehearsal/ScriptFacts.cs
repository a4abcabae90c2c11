using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>The details a script needs, gathered from the profile, the contact and, for rewrites, the user's own text.</summary>
internal sealed record ScriptFacts
{
    public string? UserName { get; init; }

    public string? UserPhone { get; init; }

    public string? ContactName { get; init; }

    public string? Organisation { get; init; }

    public ConnectionKind Connection { get; init; }

    public string? ConnectionNote { get; init; }

    public string? Referrer { get; init; }

    /// <summary>How the user said they came to the contact, in their own words ("We were both at Leeds."), used when nothing saved says it.</summary>
    public string? OwnConnection { get; init; }

    /// <summary>The referrer has already introduced the user to the contact, so the ask follows up on that introduction.</summary>
    public bool Introduced { get; init; }

    public string? Field { get; init; }

    public string? BroaderArea { get; init; }

    /// <summary>The day the user said they would call again, kept in a rewrite of their voicemail.</summary>
    public DayOfWeek? CallAgainDay { get; init; }

    public MeetingDetails? Meeting { get; init; }

    /// <summary>One sentence of the user's background, from the sketch; null without one.</summary>
    public string? Background { get; init; }

    /// <summary>What the user found out about the person or organisation (or the first line of their notes on them).</summary>
    public string? ResearchFact { get; init; }

    public AskLength Length { get; init; } = AskLength.InPerson;

    /// <summary>How the meeting was asked for: the channel logged, else the contact's preferred one (S078).</summary>
    public AskedVia ArrangedVia { get; init; }

    /// <summary>What the user wants from this meeting (S004), for the opener's "why you" (S079).</summary>
    public string? MeetingGoal { get; init; }

    /// <summary>Why the user chose this person, when they said (S079); the opener's "why you" when there is no goal.</summary>
    public string? WhyThem { get; init; }

    /// <summary>The saved background sketch, said after the opener (S082).</summary>
    public string? Sketch { get; init; }

    /// <summary>The student's graduation ("May 2026") for the opener's student version (S081); null otherwise.</summary>
    public string? Graduation { get; init; }

    /// <summary>A student looking into internships: the opener's purpose names internships (S081).</summary>
    public bool InternshipResearch { get; init; }

    public MeetingVenue Venue { get; init; }

    public bool OfferCoffee { get; init; }

    public bool IncludeResume { get; init; }

    /// <summary>The mutual contact to ask for an introduction, when the user should not approach directly yet.</summary>
    public string? IntroductionBy { get; init; }

    /// <summary>The email names the field in a few words only, to stay under the word limit.</summary>
    public bool ShortInterest { get; init; }

    public string UserNameOrPlaceholder => Present(UserName) ?? "[your name]";

    /// <summary>
    /// The field, or, for a user who has saved none, "your field" (the contact's own): it reads naturally in every line
    /// said to the contact, where "[the field]" left a gap the user had to notice and fill.
    /// </summary>
    public string FieldOrPlaceholder => Present(Field) ?? "your field";

    /// <summary>The field in a line about the contact said to someone else (a referrer, a receptionist): "their field" when none is saved.</summary>
    public string FieldOrTheirs => Present(Field) ?? "their field";

    public string PhoneOrPlaceholder => Present(UserPhone) ?? "[your phone number]";

    public static ScriptFacts From(CoachingProfile? profile, Contact? contact, FieldOfInterest? field)
    {
        FieldOfInterest? chosen = field ?? profile?.FieldsOfInterest.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f.Name));
        return new ScriptFacts
        {
            UserName = NameOf(profile?.DisplayName),
            UserPhone = Present(profile?.Phone),
            ContactName = NameOf(contact?.Name),
            Organisation = Present(contact?.Organisation),
            Connection = contact?.Connection ?? ConnectionKind.None,
            ConnectionNote = Present(contact?.ConnectionNote),
            Referrer = contact?.ReferrerToMention is { } referrer ? PersonNameCasing.Cased(Phrasing.Fragment(referrer)) : null,
            Introduced = contact?.IntroducedAt is not null && contact.ReferrerToMention is not null,
            Field = Present(chosen?.Name),
            BroaderArea = Present(chosen?.BroaderArea),
            Meeting = contact?.Meeting,
            Background = Present(BackgroundSketchBuilder.BriefBackground(profile?.Sketch?.Inputs)),
            ResearchFact = ResearchFactOf(contact) is { } fact ? NoteHedges.Strip(fact) : null,
            Length = AskLength.For(contact),
            ArrangedVia = ArrangedViaOf(contact),
            MeetingGoal = Present(contact?.Meeting?.Goal),
            WhyThem = Present(contact?.WhyThem),
            Sketch = Present(profile?.Sketch?.Text),
            Graduation = profile?.Experience == ExperienceLevel.Student ? Present(profile.Graduation) : null,
            InternshipResearch = profile is { Experience: ExperienceLevel.Student, InternshipResearch: true },
            Venue = contact?.Venue ?? MeetingVenue.NotChosen,
            OfferCoffee = contact?.OfferCoffee ?? false,
            IncludeResume = contact?.IncludeResume ?? false,
            IntroductionBy = contact?.IntroductionBy is { } via ? PersonNameCasing.Cased(Phrasing.Fragment(via)) : null,
        };
    }

    private static string? NameOf(string? name) => Present(name) is { } present ? PersonNameCasing.Cased(present) : null;

    /// <summary>Fills details the profile and contact did not give from what the user wrote.</summary>
    public ScriptFacts FillFrom(ExtractedDetails details)
    {
        bool useReferrer = Referrer is null && details.Referrer is not null && Connection is ConnectionKind.None or ConnectionKind.ReferredBy;
        return this with
        {
            UserName = UserName ?? details.UserName,
            Referrer = useReferrer ? details.Referrer : Referrer,
            Connection = useReferrer ? ConnectionKind.ReferredBy : Connection,
            Field = Field ?? details.Field,
            CallAgainDay = CallAgainDay ?? details.CallAgainDay,
        };
    }

    /// <summary>The saved fact, else the first line of the user's notes on the contact, so what they noted reaches the draft.</summary>
    internal static string? ResearchFactOf(Contact? contact)
    {
        if (Present(contact?.ResearchFact) is { } fact)
        {
            return fact;
        }

        string? firstLine = contact?.Notes?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return firstLine is { Length: <= 160 } ? Present(firstLine) : null;
    }

    private static AskedVia ArrangedViaOf(Contact? contact) => contact switch
    {
        null => AskedVia.NotRecorded,
        { AskedVia: not AskedVia.NotRecorded } => contact.AskedVia,

        // Not logged, and the way in is an introduction through the mutual contact (D12).
        { IntroductionBy: not null } => AskedVia.NotRecorded,
        _ => contact.PreferredChannel switch
        {
            PreferredChannel.Phone => AskedVia.Phone,
            PreferredChannel.Email => AskedVia.Email,
            PreferredChannel.LinkedIn => AskedVia.LinkedIn,
            _ => AskedVia.InPerson,
        },
    };

    private static string? Present(string? value)
    {
        string tidy = Phrasing.Fragment(value);
        return tidy.Length == 0 ? null : tidy;
    }
}
