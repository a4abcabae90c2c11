namespace InterviewCoach.Coaching.Contacts;

/// <summary>The coach's wording for contact enums, for buttons and summaries.</summary>
public static class ContactLabels
{
    public static string ToLabel(this ContactStage stage) => stage switch
    {
        ContactStage.ToContact => "Not asked yet",
        ContactStage.Asked => "Asked, waiting to hear",
        ContactStage.MeetingSet => "Conversation booked",
        ContactStage.Met => "Talked",
        ContactStage.Thanked => "Thank-you sent",
        ContactStage.KeepingInTouch => "Staying in touch",
        ContactStage.NoAnswer => "No reply yet",
        ContactStage.Declined => "Said no",
        _ => stage.ToString(),
    };

    public static string ToLabel(this ConnectionKind kind) => kind switch
    {
        ConnectionKind.None => "No connection yet",
        ConnectionKind.ReferredBy => "Someone passed on their name",
        ConnectionKind.Alumni => "Same school",
        ConnectionKind.Association => "Same professional group",
        ConnectionKind.LinkedIn => "Found on LinkedIn",
        ConnectionKind.MetAtEvent => "Met at an event",
        ConnectionKind.KnowThem => "Know them already",
        _ => kind.ToString(),
    };

    public static string ToLabel(this PreferredChannel channel) => channel switch
    {
        PreferredChannel.Phone => "Phone call",
        PreferredChannel.Email => "Email",
        PreferredChannel.InPerson => "Ask in person",
        PreferredChannel.LinkedIn => "LinkedIn message",
        _ => channel.ToString(),
    };

    public static string ToLabel(this AskedVia via) => via switch
    {
        AskedVia.Phone => "Phone call",
        AskedVia.Email => "Email",
        AskedVia.Letter => "Letter",
        AskedVia.LinkedIn => "LinkedIn message",
        AskedVia.InPerson => "In person",
        _ => "Not noted",
    };

    public static string ToLabel(this StageChangeKind kind) => kind switch
    {
        StageChangeKind.NoChange => "No change",
        StageChangeKind.NextStep => "Next step",
        StageChangeKind.SkipAhead => "Jumped ahead",
        StageChangeKind.Retry => "Trying again",
        StageChangeKind.Closed => "Closed for now",
        StageChangeKind.Reopened => "Reopened",
        StageChangeKind.Regression => "Moved back a step",
        _ => kind.ToString(),
    };
}
