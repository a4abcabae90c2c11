namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Everything the pitch and voicemail checkers decide about one spoken ask, read once and shared by the feedback.</summary>
internal sealed record PitchReading(
    PitchLabels Labels,
    bool AcknowledgesBusy,
    bool AsksContactToCall,
    bool OffersCallBack,
    IReadOnlyList<(int Low, int High)> Lengths,
    int Words,
    int Fillers);
