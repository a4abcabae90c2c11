namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// One place to look for people to talk to (S012), in the order the brainstorm walks through them, with the
/// connection a name found there gets and the coach's own prompt for it.
/// </summary>
internal sealed record BrainstormSource(string Label, ConnectionKind Connection, string Prompt)
{
    public static IReadOnlyList<BrainstormSource> All { get; } =
    [
        new("a professional association", ConnectionKind.Association,
            "**Professional associations** in your field: their member directories, committees and events are full of people who do the work. Anyone there you could ask?"),
        new("work", ConnectionKind.None,
            "**People you work with, or used to**: colleagues, managers, clients, suppliers. Does anyone do this work, or know someone who does?"),
        new("friends and family", ConnectionKind.None,
            "**Friends, family and neighbours**, and the people they know. Who has a job near the one you're curious about?"),
        new("a teacher or professor", ConnectionKind.Alumni,
            "**Teachers, lecturers and professors** you've studied with, and careers staff. Who might talk to you, or point you to a former student?"),
        new("an online group", ConnectionKind.None,
            "**Online groups and forums** for your field or for job networking. Anyone who posts helpful answers there?"),
        new("LinkedIn", ConnectionKind.LinkedIn,
            "**LinkedIn**: search your field, look at your connections' connections, and at alumni of your school or course. Anyone stand out?"),
    ];
}
