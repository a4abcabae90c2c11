using System.Collections.Concurrent;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Reads a typed answer to a choice prompt by meaning: the answer's sentence vector against each choice's title and
/// synonyms. A clear winner is taken; a weaker one is offered back as "Did you mean …?". A question or a command the
/// intent recognizer is sure of is left to the router, so "what does alumni mean?" is answered, not picked.
/// </summary>
internal sealed class ChoiceMeaningMatcher(ISentenceEmbedder? embedder, IIntentRecognizer intents, Func<string, bool>? isCommand = null) : IChoiceMatcher
{
    /// <summary>Similarity at which the best choice is taken without asking, if it also leads by <see cref="TakeMargin"/>.</summary>
    internal const float TakeScore = 0.5f;

    internal const float TakeMargin = 0.12f;

    /// <summary>Similarity at which the best choice is offered back, if it also leads by <see cref="OfferMargin"/>.</summary>
    internal const float OfferScore = 0.3f;

    internal const float OfferMargin = 0.05f;

    // Titles repeat across users (stages, connection kinds) but some carry a contact's name: bounded, not per user.
    private const int MaxCachedTitles = 4096;
    private readonly ConcurrentDictionary<string, float[]> _titles = new(StringComparer.Ordinal);

    public ChoiceGuess? Guess(string text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        // A question mark means the user is asking, not picking ("what does alumni mean?").
        if (embedder is not { IsReady: true } model || choices.Count == 0 || string.IsNullOrWhiteSpace(text) || text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        // The coach's own command words ("emailed Maria") are never an answer, whatever option they resemble; nor is "hi".
        // A bare "yes" or "no" is no paraphrase of an option; the prompt reads it against any "Did you mean …?" it asked.
        if (isCommand?.Invoke(text) == true || GreetingText.IsGreetingOnly(text) || Dialogs.Recognition.ConfirmRecognizer.TryRecognize(text, out bool _))
        {
            return null;
        }

        // "Tom Becker" names someone; whatever option it lands nearest is chance, so the prompt asks again instead.
        if (LooksLikeAPersonsName(text))
        {
            return null;
        }

        float[]? answer = model.EmbedOne(text);
        if (answer is null)
        {
            return null;
        }

        int best = -1;
        float bestScore = float.MinValue, secondScore = float.MinValue;
        for (int i = 0; i < choices.Count; i++)
        {
            float score = Score(model, answer, choices[i]);
            if (score > bestScore)
            {
                secondScore = bestScore;
                bestScore = score;
                best = i;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        float margin = choices.Count == 1 ? bestScore : bestScore - secondScore;
        bool confident = bestScore >= TakeScore && margin >= TakeMargin;
        if (!confident && (bestScore < OfferScore || margin < OfferMargin))
        {
            return null;
        }

        // Asked only once an option is near, so text that resembles no option costs one model call. A command, or a
        // coaching question asked as a question, belongs to the router; a statement that merely sounds like a coaching
        // topic ("we met at a conference") is an answer to the prompt.
        IntentMatch intent = intents.Recognize(text);
        return intent.IsConfident && (IntentIds.IsCommand(intent.Intent) || (IntentIds.IsQuestion(intent.Intent) && SlotAnswers.LooksLikeQuestion(text)))
            ? null
            : new ChoiceGuess(choices[best], confident);
    }

    /// <summary>Two or three capitalised words and nothing else, as a person's name is typed ("Tom Becker").</summary>
    internal static bool LooksLikeAPersonsName(string text)
    {
        string[] words = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '\'' or '’' or '-'));
    }

    private float Score(ISentenceEmbedder model, float[] answer, Choice choice)
    {
        float score = SentenceVectors.Similarity(answer, Title(model, choice.Title));
        foreach (string synonym in choice.Synonyms)
        {
            score = Math.Max(score, SentenceVectors.Similarity(answer, Title(model, synonym)));
        }

        return score;
    }

    private float[] Title(ISentenceEmbedder model, string title)
    {
        if (_titles.TryGetValue(title, out float[]? vector))
        {
            return vector;
        }

        vector = model.EmbedOne(title) ?? new float[model.Dimensions];
        if (_titles.Count < MaxCachedTitles)
        {
            _titles.TryAdd(title, vector);
        }

        return vector;
    }
}
