using System.Collections.Frozen;
using System.Numerics.Tensors;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Exact command words first; then, when the model is ready, the example utterances: each intent scores by its
/// nearest example (or the mean of its few nearest, <see cref="IntentScoring.Neighbours"/>) blended with the centroid
/// of all its examples; a message of several clauses is read whole and clause by clause (<see cref="MessageClauses"/>).
/// The best intent is acted on only when it is close enough and clearly ahead of the next one
/// (<see cref="IntentScoring"/>); a weaker but plausible best guess is offered as a question; anything further is
/// <c>none</c>.
/// </summary>
internal sealed class IntentRecognizer : IIntentRecognizer
{
    /// <summary>Only this much of a message is read; the model reads about a paragraph anyway.</summary>
    private const int MaxCharacters = 600;

    private static readonly string[] s_texts = [.. IntentExamples.All.SelectMany(e => e.Texts)];
    private static readonly string[] s_intents = [.. IntentExamples.All.SelectMany(e => e.Texts.Select(_ => e.Intent))];

    private static readonly IntentMatch s_greeting = new(IntentIds.None, 1f, IntentConfidence.None, []);

    private readonly ISentenceEmbedder? _embedder;
    private readonly FrozenDictionary<string, string> _exact;
    private readonly IntentScoring _scoring;
    private readonly Lock _buildGate = new();
    private ExampleIndex? _index;

    /// <param name="embedder">The sentence model; null recognises exact command words only.</param>
    /// <param name="exactWords">Normalised command words and aliases to the intent each one means.</param>
    /// <param name="scoring">Thresholds; <see cref="IntentScoring.Default"/> when null.</param>
    public IntentRecognizer(ISentenceEmbedder? embedder, IReadOnlyDictionary<string, string> exactWords, IntentScoring? scoring = null)
    {
        ArgumentNullException.ThrowIfNull(exactWords);
        _embedder = embedder;
        _exact = exactWords.ToFrozenDictionary(StringComparer.Ordinal);
        _scoring = scoring ?? IntentScoring.Default;
    }

    /// <summary>Whether the model-based part can run now (false while the model loads or after it failed).</summary>
    public bool ModelReady => _embedder is { IsReady: true };

    public IntentMatch RecognizeExact(string? text)
    {
        string normalized = TextNormalizer.Normalize(Cut(text));
        return normalized.Length > 0 && _exact.TryGetValue(normalized, out string? intent)
            ? new IntentMatch(intent, 1f, IntentConfidence.Confident, [], Exact: true)
            : IntentMatch.Nothing;
    }

    public IntentMatch Recognize(string? text)
    {
        IntentMatch exact = RecognizeExact(text);
        if (exact.Exact)
        {
            return exact;
        }

        // "remniders", "debreif", "add contcat": one slip of the keys from a command is offered back, never acted on.
        if (SlipOfACommand(TextNormalizer.Normalize(Cut(text))) is { } slipped)
        {
            return new IntentMatch(slipped, 0.9f, IntentConfidence.Unsure, [slipped]) { Slip = true };
        }

        string cut = Cut(text).Trim();

        // Asking for a reminder is a command whatever it is about; the model would read its subject instead.
        if (ReminderRequest.IsAsked(cut))
        {
            return new IntentMatch(IntentIds.Reminders, 0.9f, IntentConfidence.Confident, []);
        }

        if (!HasLetters(cut) || !ModelReady || Index(wait: false) is not { } index)
        {
            return IntentMatch.Nothing;
        }

        // "hi", "thanks!": nothing is asked, and the examples would only confirm it.
        if (GreetingText.IsGreetingOnly(cut))
        {
            return s_greeting;
        }

        string mended = TypedSpelling.Mend(cut);
        IReadOnlyList<string> clauses = MessageClauses.Of(mended);
        if (clauses.Count == 0)
        {
            float[]? vector = _embedder!.EmbedOne(mended);
            return vector is null ? IntentMatch.Nothing : Decide(index.Score(vector, skip: -1));
        }

        // The whole message and each of its clauses in one model run. The clauses may find the request, or lift a guess
        // out of none, but only the whole message makes it sure enough to act on: "I'm a nurse moving into informatics.
        // how do I start this informational interview thing" at the menu has another reading (the aim), and a story
        // typed as the answer to a flow's question must not become a command through one of its clauses.
        IReadOnlyList<float[]>? vectors = _embedder!.Embed([mended, .. clauses]);
        if (vectors is null)
        {
            return IntentMatch.Nothing;
        }

        KeyValuePair<string, float>[] ranked = index.ScoreByClauses(vectors, _scoring.WholeWeight, out KeyValuePair<string, float>[] whole);
        IntentMatch wholeAlone = Decide(whole);
        return Decide(ranked, mayAct: wholeAlone.IsConfident && wholeAlone.Intent == ranked[0].Key);
    }

    // "rimnders": a command of eight letters or more may be typed with two slips, the first letter right, and still be
    // that command only; a longer or shorter form of it ("progresses") is another word, not a slip.
    private static bool TwoSlipsFromALongCommand(string typed, string command) =>
        command.Length >= 8 && typed.Length > 0 && typed[0] == command[0]
        && !typed.StartsWith(command, StringComparison.Ordinal) && !command.StartsWith(typed, StringComparison.Ordinal)
        && TypedSpelling.SlipsApart(typed, command) == 2;

    // Commands of five letters or more only, so short words never collide ("hlep" is not taken for anything).
    private string? SlipOfACommand(string normalized)
    {
        if (normalized.Length < 5 || normalized.Count(c => c == ' ') > 2)
        {
            return null;
        }

        string? found = null;
        foreach ((string words, string intent) in _exact)
        {
            if (words.Length >= 5 && (ChoiceRecognizer.OneSlipApart(normalized, words) || TwoSlipsFromALongCommand(normalized, words)))
            {
                if (found is not null && found != intent)
                {
                    return null;
                }

                found = intent;
            }
        }

        return found;
    }

    /// <summary>
    /// Leave-one-out accuracy over the examples themselves: each example classified by all the others. Used to choose
    /// <see cref="IntentScoring"/> without looking at any held-aside set. Null when the model is not ready.
    /// </summary>
    public double? LeaveOneOutAccuracy()
    {
        if (!ModelReady || Index(wait: true) is not { } index)
        {
            return null;
        }

        int right = 0;
        for (int i = 0; i < index.Count; i++)
        {
            if (Decide(index.Score(index.Vector(i), skip: i)).Intent == index.Intent(i))
            {
                right++;
            }
        }

        return right / (double)index.Count;
    }

    private IntentMatch Decide(KeyValuePair<string, float>[] ranked, bool mayAct = true)
    {
        (string top, float score) = (ranked[0].Key, ranked[0].Value);
        float second = ranked.Length > 1 ? ranked[1].Value : 0f;
        float clamped = Math.Clamp(score, 0f, 1f);
        if (top == IntentIds.None || score < _scoring.UnsureScore)
        {
            return new IntentMatch(IntentIds.None, top == IntentIds.None ? clamped : 1f - clamped, IntentConfidence.None, []);
        }

        if (mayAct && score >= _scoring.ConfidentScore && score - second >= _scoring.Margin)
        {
            return new IntentMatch(top, clamped, IntentConfidence.Confident, []);
        }

        string[] candidates = [.. ranked
            .Where(p => p.Key != IntentIds.None && p.Value >= _scoring.UnsureScore && score - p.Value < _scoring.CandidateSpread)
            .Take(3)
            .Select(p => p.Key)];
        return new IntentMatch(top, clamped, IntentConfidence.Unsure, candidates);
    }

    private static string Cut(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Length <= MaxCharacters ? text : text[..MaxCharacters];

    /// <summary>Emoji, digits and punctuation alone carry no intent the examples could match.</summary>
    private static bool HasLetters(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The embedded examples (shared by every recognizer on the same model), built on first use. While another thread
    /// embeds them (the host does so right after the model loads), a turn gets null and falls back to exact rules
    /// instead of waiting.
    /// </summary>
    private ExampleIndex? Index(bool wait, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _index) is { } built)
        {
            return built;
        }

        if (_embedder is null || ExampleVectorCache.Get(_embedder, s_texts, wait, cancellationToken) is not { } vectors)
        {
            return null;
        }

        lock (_buildGate)
        {
            _index ??= new ExampleIndex(s_intents, vectors, _scoring.NearestWeight, _scoring.Neighbours);
            return _index;
        }
    }

    /// <summary>Embeds the examples now (off the request path), unless <paramref name="cancellationToken"/> stops it first.</summary>
    public void Prepare(CancellationToken cancellationToken)
    {
        if (ModelReady)
        {
            Index(wait: true, cancellationToken);
        }
    }

    /// <summary>The examples' vectors, embedded once, with each intent's centroid (unit length) built once.</summary>
    private sealed class ExampleIndex
    {
        private readonly string[] _intents;
        private readonly float[][] _vectors;
        private readonly float _nearestWeight;
        private readonly int _neighbours;
        private readonly string[] _distinct;
        private readonly int[] _intentOf;
        private readonly float[][] _sums;
        private readonly float[][] _centroids;

        public ExampleIndex(string[] intents, float[][] vectors, float nearestWeight, int neighbours)
        {
            _neighbours = Math.Max(1, neighbours);
            _intents = intents;
            _vectors = vectors;
            _nearestWeight = nearestWeight;
            _distinct = [.. intents.Distinct(StringComparer.Ordinal)];
            _intentOf = [.. intents.Select(i => Array.IndexOf(_distinct, i))];
            _sums = [.. _distinct.Select(_ => new float[vectors[0].Length])];
            for (int i = 0; i < vectors.Length; i++)
            {
                TensorPrimitives.Add(_sums[_intentOf[i]], vectors[i], _sums[_intentOf[i]]);
            }

            _centroids = [.. _sums.Select(Unit)];
        }

        public int Count => _vectors.Length;

        public float[] Vector(int i) => _vectors[i];

        public string Intent(int i) => _intents[i];

        /// <summary>Each intent's score, best first; <paramref name="skip"/> leaves one example out (-1 for none).</summary>
        public KeyValuePair<string, float>[] Score(float[] vector, int skip)
        {
            Span<float> scores = stackalloc float[_distinct.Length];
            Fill(vector, skip, scores);
            return Ranked(scores);
        }

        /// <summary>
        /// Each intent's score for a message read whole (<paramref name="vectors"/>[0]) and by its clauses (the rest):
        /// the whole message's score weighted <paramref name="wholeWeight"/>, the rest going to its best clause for
        /// that intent, so a request in one clause is not drowned by the others, and one clause alone cannot decide.
        /// <paramref name="wholeAlone"/> is the ranking of the whole message read alone.
        /// </summary>
        public KeyValuePair<string, float>[] ScoreByClauses(IReadOnlyList<float[]> vectors, float wholeWeight, out KeyValuePair<string, float>[] wholeAlone)
        {
            Span<float> whole = stackalloc float[_distinct.Length];
            Span<float> clause = stackalloc float[_distinct.Length];
            Span<float> bestClause = stackalloc float[_distinct.Length];
            Fill(vectors[0], skip: -1, whole);
            wholeAlone = Ranked(whole);
            bestClause.Fill(float.MinValue);
            for (int c = 1; c < vectors.Count; c++)
            {
                Fill(vectors[c], skip: -1, clause);
                TensorPrimitives.Max(bestClause, clause, bestClause);
            }

            for (int k = 0; k < whole.Length; k++)
            {
                whole[k] = (wholeWeight * whole[k]) + ((1f - wholeWeight) * bestClause[k]);
            }

            return Ranked(whole);
        }

        private KeyValuePair<string, float>[] Ranked(ReadOnlySpan<float> scores)
        {
            var ranked = new KeyValuePair<string, float>[scores.Length];
            for (int k = 0; k < scores.Length; k++)
            {
                ranked[k] = KeyValuePair.Create(_distinct[k], scores[k]);
            }

            Array.Sort(ranked, (a, b) => b.Value.CompareTo(a.Value));
            return ranked;
        }

        // Each intent's score (in the order of _distinct) into scores.
        private void Fill(float[] vector, int skip, Span<float> scores)
        {
            // Each intent's k most similar examples, best first; their mean is the intent's nearest-examples score.
            int slots = _distinct.Length * _neighbours;
            Span<float> best = slots <= 256 ? stackalloc float[slots] : new float[slots];
            best.Fill(-1f);
            for (int i = 0; i < _vectors.Length; i++)
            {
                if (i == skip)
                {
                    continue;
                }

                float similarity = SentenceVectors.Similarity(vector, _vectors[i]);
                Span<float> own = best.Slice(_intentOf[i] * _neighbours, _neighbours);
                for (int j = 0; j < own.Length; j++)
                {
                    if (similarity > own[j])
                    {
                        (own[j], similarity) = (similarity, own[j]);
                    }
                }
            }

            for (int k = 0; k < _distinct.Length; k++)
            {
                ReadOnlySpan<float> own = best.Slice(k * _neighbours, _neighbours);
                float total = 0f;
                int counted = 0;
                for (int j = 0; j < own.Length && own[j] > -1f; j++)
                {
                    total += own[j];
                    counted++;
                }

                float nearest = counted == 0 ? -1f : total / counted;
                float centroid = skip >= 0 && _intentOf[skip] == k
                    ? SentenceVectors.Similarity(vector, Unit(Without(_sums[k], _vectors[skip])))
                    : SentenceVectors.Similarity(vector, _centroids[k]);
                scores[k] = (_nearestWeight * nearest) + ((1f - _nearestWeight) * centroid);
            }
        }

        private static float[] Without(float[] sum, float[] vector)
        {
            float[] rest = new float[sum.Length];
            TensorPrimitives.Subtract(sum, vector, rest);
            return rest;
        }

        /// <summary>The vector scaled to unit length (all zeros stay zeros, so an empty centroid scores 0).</summary>
        private static float[] Unit(float[] vector)
        {
            float norm = TensorPrimitives.Norm(vector);
            float[] unit = new float[vector.Length];
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, unit);
            }

            return unit;
        }
    }
}
