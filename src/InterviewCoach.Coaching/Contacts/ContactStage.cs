namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Where a contact is in the informational-interview cycle. The main track runs from
/// <see cref="ToContact"/> to <see cref="KeepingInTouch"/>; <see cref="NoAnswer"/> and <see cref="Declined"/>
/// sit beside it.
/// </summary>
public enum ContactStage
{
    ToContact,
    Asked,
    MeetingSet,
    Met,
    Thanked,
    KeepingInTouch,
    NoAnswer,
    Declined,
}
