namespace InterviewCoach.Coaching.Questions;

/// <summary>What a change typed at the question list asks for.</summary>
internal enum TypedListEditKind
{
    /// <summary>"drop the third one": remove question <see cref="TypedListEdit.First"/>.</summary>
    Remove,

    /// <summary>"swap 2 and 4": exchange two questions.</summary>
    Swap,

    /// <summary>"move 5 to the top": question <see cref="TypedListEdit.First"/> goes to place <see cref="TypedListEdit.Second"/>.</summary>
    Move,

    /// <summary>"change the last one to ...": question <see cref="TypedListEdit.First"/> gets new words.</summary>
    Replace,

    /// <summary>"can I have more questions": the bank.</summary>
    More,

    /// <summary>"I also want to ask how she got into fintech": a question of the user's own, said about the contact.</summary>
    Add,
}
