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

    public string? Field { get; init; }

    public string? BroaderArea { get; init; }

    public MeetingDetails? Meeting { get; init; }

    public string UserNameOrPlaceholder => Present(UserName) ?? "[your name]";

    public string FieldOrPlaceholder => Present(Field) ?? "[the field]";

    public string PhoneOrPlaceholder => Present(UserPhone) ?? "[your phone number]";

    public static ScriptFacts From(CoachingProfile? profile, Contact? contact, FieldOfInterest? field)
    {
        FieldOfInterest? chosen = field ?? profile?.FieldsOfInterest.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f.Name));
        return new ScriptFacts
        {
            UserName = Present(profile?.DisplayName),
            UserPhone = Present(profile?.Phone),
            ContactName = Present(contact?.Name),
            Organisation = Present(contact?.Organisation),
            Connection = contact?.Connection ?? ConnectionKind.None,
            ConnectionNote = Present(contact?.ConnectionNote),
            Referrer = contact?.ReferrerToMention is { } referrer ? Phrasing.Fragment(referrer) : null,
            Field = Present(chosen?.Name),
            BroaderArea = Present(chosen?.BroaderArea),
            Meeting = contact?.Meeting,
        };
    }

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
        };
    }

    private static string? Present(string? value)
    {
        string tidy = Phrasing.Fragment(value);
        return tidy.Length == 0 ? null : tidy;
    }
}
