namespace InterviewCoach.Coaching.Debrief;

/// <summary>One tip for next time, for the first habit the user missed (the most important first).</summary>
public static class SelfReviewTips
{
    public static string TipFor(SelfReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (!review.AvoidedAskingForJob)
        {
            return "Next time, leave jobs out of it completely: ask for advice, and let them raise openings if they want to.";
        }

        if (!review.AskedForReferrals)
        {
            return "Next time, keep two minutes at the end to ask who else they'd suggest and whether you may mention them.";
        }

        if (!review.KeptToTime)
        {
            return "Next time, check the clock halfway through and offer to wrap up when the time you asked for is up.";
        }

        if (!review.AskedOpenQuestions)
        {
            return "Next time, start your questions with what, how or why; they invite stories instead of a yes or no.";
        }

        if (!review.TookNotes)
        {
            return "Next time, jot down key words as they talk and write them up within the hour.";
        }

        return "You did all five. Keep it up, and send your thank-you within a day.";
    }
}
