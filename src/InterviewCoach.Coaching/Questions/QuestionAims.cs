using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// What informational-interview questions ask about, each aim in several wordings with no field named, in varied
/// English. A question's closeness to every aim is its "aim profile"; two questions with the same profile ask the
/// same thing even when they share no word ("How do you set your rates?" / "How do you decide what to charge?"),
/// because the model, which weighs topic heavily, then compares them against the same topic-free sentences.
/// Written from the kinds of question the career guides describe; no evaluation text feeds them.
/// </summary>
internal static class QuestionAims
{
    public static readonly string[][] Aims =
    [
        ["What does a normal working day look like for you?", "Can you take me through your usual day from start to finish?", "How do you spend most of your hours at work?", "Describe an ordinary week in your job."],
        ["How did you get into this line of work?", "What path brought you to where you are now?", "How did you end up doing this job?", "Tell me the story of how your career started."],
        ["Why did you choose this career?", "What attracted you to this kind of work originally?", "What made you decide on this profession?"],
        ["What do you enjoy most about your work?", "Which part of the job gives you the most satisfaction?", "What is the most rewarding thing about what you do?"],
        ["What do you like least about your job?", "What are the worst parts of the work?", "Which aspects of the job frustrate you?"],
        ["What are the hardest challenges you face in your role?", "What is the most difficult part of doing this work well?", "Which problems keep you busy at work?"],
        ["Which skills are most important for succeeding in this work?", "What abilities does someone need to do this job well?", "What qualities make a person good at this?"],
        ["What tools or software do you use every day?", "Which programs and systems do you rely on at work?", "What technology do you work with most?"],
        ["What qualifications or training do I need for this career?", "Which degree or certificate is needed to get started?", "How important are formal credentials in this field?"],
        ["How much do people earn when they start out?", "What is the typical starting pay?", "What salary can a beginner expect?"],
        ["How does pay grow as people become more senior?", "What can experienced people expect to earn later in their career?"],
        ["How do you decide how much to charge clients?", "How do you set your prices or fees?", "What goes into working out your rates?"],
        ["What advice would you give someone trying to break into this field?", "If you were in my position, how would you go about getting started?", "What should a newcomer do first to get into this work?"],
        ["Who else would you recommend I speak with?", "Could you suggest other people I should talk to?", "Is there anyone else you think I ought to contact?"],
        ["What is the culture like where you work?", "How would you describe the atmosphere in your workplace?", "What are the people and the working environment like at your organisation?"],
        ["How is your team organised?", "How is your department structured?", "Who does what in your group, and who reports to whom?"],
        ["How do you manage to balance work and personal life?", "What is the work-life balance like in this job?", "How do you keep your job from taking over your evenings and weekends?"],
        ["What hours do you normally work?", "How long is a usual working week for you?", "Do you often work late or at weekends?"],
        ["How is this field changing at the moment?", "What trends do you see shaping the industry over the next few years?", "Where is the profession heading in the future?"],
        ["What is the job market like right now?", "How easy is it to find work in this area at the moment?", "Is there much demand for people in this profession these days?"],
        ["What do employers look for when they recruit new people?", "What makes an applicant stand out to hiring managers?", "Which qualities do recruiters want in candidates?"],
        ["What surprised you most when you started this work?", "What was different from what you expected when you began?", "What did you not expect about the job before you started?"],
        ["What do you wish you had known when you were starting out?", "What would you tell your younger self about this career?", "Looking back, what would you have done differently at the start?"],
        ["Where can I learn more about this field?", "Which books, websites or courses would you recommend?", "What resources should I read to understand the industry better?"],
        ["Which professional associations or groups are worth joining?", "What networks or societies do people in this work belong to?"],
        ["How can someone with my background move into this field?", "Which of my current skills would transfer to this kind of work?", "How would my experience from another career be seen here?"],
        ["What are the possible career paths from a role like yours?", "Where do people usually go next after this job?", "How do people progress and get promoted in this career?"],
        ["What are you working on at the moment?", "What projects are you busy with these days?", "What's keeping you occupied at work right now?"],
        ["How do you keep your skills up to date?", "How do people in this work keep learning?", "What do you do to stay current in your profession?"],
        ["What kind of person does well in this job?", "What personality suits this kind of work?", "Who tends to struggle in this career, and who thrives?"],
        ["How stressful is the work?", "How much pressure is there in your job?", "How do you cope with the stress of the role?"],
        ["What does success look like in your role?", "How is your performance measured?", "How do you know when you've done a good job?"],
        ["How would you describe your job to an outsider?", "What exactly do you do in your role?", "What are your main responsibilities?"],
        ["How do you find new clients or work?", "Where does your business come from?", "How do you win new customers?"],
        ["What is the biggest mistake newcomers make?", "What do beginners usually get wrong?", "Which errors do new people in this work commonly make?"],
        ["How much travel does the job involve?", "Do you have to travel often for work?", "How often are you away from home for the job?"],
        ["Can people do this work remotely?", "How much of your work is done from home?", "Is flexible or remote working common in this field?"],
        ["How did your studies prepare you for this job?", "Was your degree useful in your work?", "How relevant was your education to what you do now?"],
        ["What keeps you motivated in this work?", "What keeps you going on difficult days?", "Why have you stayed in this career?"],
        ["How has technology changed the way you work?", "What impact is automation or AI having on your job?", "Which new technologies are changing the profession?"],
    ];

    /// <summary>Every wording, flattened, for embedding once; <see cref="AimOf"/> gives each one's aim.</summary>
    public static readonly string[] Texts = [.. Aims.SelectMany(a => a)];

    /// <summary>The aim index of each entry of <see cref="Texts"/>.</summary>
    public static readonly int[] AimOf = [.. Aims.SelectMany((a, i) => a.Select(_ => i))];

    private static readonly ConditionalWeakTable<ISentenceEmbedder, AimVectors> s_vectors = [];
    private static readonly Lock s_gate = new();

    /// <summary>
    /// The vectors of <see cref="Texts"/> and how far the aims overlap, worked out once per model on first use; null
    /// when the model is not ready. Their own lock, not the shared example cache's: embedding them must never make a
    /// typed answer wait or fall back.
    /// </summary>
    public static AimVectors? VectorsFor(ISentenceEmbedder embedder)
    {
        if (s_vectors.TryGetValue(embedder, out AimVectors? ready))
        {
            return ready;
        }

        lock (s_gate)
        {
            if (s_vectors.TryGetValue(embedder, out ready))
            {
                return ready;
            }

            IReadOnlyList<float[]>? embedded = embedder.IsReady ? embedder.Embed(Texts) : null;
            if (embedded is null || embedded.Count != Texts.Length)
            {
                return null;
            }

            ready = new AimVectors([.. embedded], Overlaps(embedded));
            s_vectors.Add(embedder, ready);
            return ready;
        }
    }

    // The cosine between every two aims' mean wordings: the inventory is not a partition ("what qualities make a
    // person good at this" and "what kind of person does well" ask nearly the same), so two questions whose nearest
    // aims overlap this much are not told apart by their aims.
    private static float[,] Overlaps(IReadOnlyList<float[]> vectors)
    {
        int dimensions = vectors[0].Length;
        var centres = new float[Aims.Length][];
        for (int a = 0; a < centres.Length; a++)
        {
            centres[a] = new float[dimensions];
        }

        for (int t = 0; t < vectors.Count; t++)
        {
            for (int d = 0; d < dimensions; d++)
            {
                centres[AimOf[t]][d] += vectors[t][d];
            }
        }

        var overlaps = new float[Aims.Length, Aims.Length];
        for (int a = 0; a < centres.Length; a++)
        {
            for (int b = a; b < centres.Length; b++)
            {
                overlaps[a, b] = overlaps[b, a] = TensorPrimitives.CosineSimilarity(centres[a], centres[b]);
            }
        }

        return overlaps;
    }
}

/// <summary>The aim wordings' vectors (in <see cref="QuestionAims.Texts"/> order) and the cosine between every two aims' mean wordings.</summary>
internal sealed record AimVectors(float[][] Vectors, float[,] Overlaps);
