using System.Collections.Frozen;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// The coach's answer to each coaching question (<c>ask.*</c>), in its own words. Where the career guides disagree,
/// the answer follows the defaults the product uses elsewhere (thank-you within a day, 20-30 minutes, email first
/// when calling feels hard, no résumé unless asked).
/// </summary>
internal static class CoachingAnswers
{
    private static readonly FrozenDictionary<string, string> s_answers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ask.what-is-it"] =
            "An informational interview is a short conversation (usually 20-30 minutes) that *you* set up with someone doing work you're curious about. " +
            "Think of it as your own research project: you ask about their path, their day and their field, and collect advice you won't find online. " +
            "You run it, you bring the questions, and nobody is assessing you for a role.",
        ["ask.job-interview"] =
            "No. A job interview is them screening candidates; this is you gathering information and advice, so you don't ask for a job, an opening or a referral for a role. " +
            "That's exactly why people agree to it. Still, go in prepared as if you might be assessed: they may get curious about you, and a good impression can matter later.",
        ["ask.why-bother"] =
            "Because a lot of hiring happens before a job is ever advertised. One guide cites a reported figure of about 80% of jobs never being posted; nobody can promise these chats lead to one, but they are how people reach that hidden market. " +
            "Along the way you learn the field's vocabulary and current issues, discover job titles and employers you didn't know about, get names of other people to talk to, " +
            "and leave a real person with a good impression of you.",
        ["ask.why-say-yes"] =
            "More people say yes than you'd expect, for good reasons: someone they know may have pointed you to them; talking with newcomers keeps them current and connected; " +
            "most experts enjoy sharing what they know; and helping someone starting out simply feels good. A short, specific request that respects their time makes yes easy. " +
            "If someone does say no, or is too busy right now, thank them warmly, ask whether a colleague might be open to a chat instead, and move on to the next name: a no is usually about their diary, not about you.",
        ["ask.first-time"] =
            "You've probably done a version of this already: any time you've chatted with someone about their job and come away knowing more, that was an informal informational interview. " +
            "This is the same thing with a bit of preparation. I'll help with each step: the ask, your questions, the day itself and the follow-up.",
        ["ask.nervous-calling"] =
            "That's very common, and you don't have to cold call. Send a short email or letter first saying who you are and what you'd like to learn, then phone a few days later to set a time; " +
            "the call is much easier when they're expecting you. Type **rehearse** and I'll write both the email and the call for you to practise.",
        ["ask.no-reply"] =
            "Silence usually means busy, not no. Give it about a week, then follow up once with a short, friendly note or a call. " +
            "If there's still nothing after a second try, let it rest and put your energy into the next person; you can always check in again in a few months. " +
            "I set a reminder to follow up when you log that you've reached out.",
        ["ask.who-to-ask"] =
            "Start with people you can reach through someone: friends, family, classmates, former colleagues, alumni groups, professional associations, speakers and authors in the field. " +
            "Ask for someone who actually does the work you're curious about, not HR: HR knows hiring, the practitioner knows the job. " +
            NarrowFirst,
        ["ask.how-to-reach-out"] =
            "Whatever suits you: phone is quickest, email is easier if calling feels daunting, a letter stands out, and LinkedIn works well for alumni and second-degree connections. " +
            "Keep it short: how you're connected, that you're exploring the field, and a request for 20-30 minutes of advice at a time that suits them, never a request for a job. " +
            "Type **rehearse** for a phone, voicemail or email draft.",
        ["ask.how-long"] =
            "Ask for 20-30 minutes (15-20 for someone very senior or very busy; a phone conversation often runs 10-15) and keep to it. " +
            "When the time is up, say so and offer to wrap up. If they clearly want to keep going, that's their choice, not yours to ask for.",
        ["ask.where-to-meet"] =
            "Offer to come to their workplace or wherever suits them; their office is easiest for them and lets you see the setting. " +
            "A café works too, and if you meet there, offer to buy their drink. A video or phone call is fine when meeting in person isn't practical.",
        ["ask.resume"] =
            "Leave it out of your request: attaching one makes it look like a job application. Bring a copy to the meeting, but don't offer it unless they ask or the moment clearly invites it. " +
            "At the end you may ask whether they'd like a copy, as long as it won't feel like a job request; the relationship matters more than the résumé. " +
            "It doesn't go with the thank-you note unless they asked for it.",
        ["ask.what-to-wear"] =
            "Dress a notch above what people in that workplace wear day to day: neat and professional, as you would for an interview in that field. " +
            "If you're not sure, ask the person or look at the organisation's photos; being slightly overdressed is safer than underdressed.",
        ["ask.about-me"] =
            "Have a short story ready, about 30 seconds: who you are, the experience that matters for this field, what you're exploring now and why you wanted to talk to them. " +
            "That's your thumbnail sketch: it answers \"tell me about yourself\" without rambling. Type **sketch** and I'll help you draft and practise it.",
        ["ask.what-to-ask"] =
            "Bring questions about their path, a typical day, what they like and find hard, the skills and training that matter, where the field is heading and advice for someone like you. " +
            "Prepare more than you'll use, with your most important ones first: about 6-10 fit in 20-30 minutes. Leave out salary and anything you could find online. " +
            "Type **questions** to build a list.",
        ["ask.referrals"] =
            "Near the end, ask: \"Who else would you suggest I talk to?\" If they give a name, ask whether you may say they suggested you. " +
            "Then open your request to that person with the connection (\"Priya Shah suggested I contact you\"): it's the strongest first line you can have.",
        ["ask.thank-you"] =
            "Yes, always, and soon: within a day is a good habit. Email is fine and fast; a handwritten card on top stands out. " +
            "Mention something specific you learned and anything you'll do with their advice. When you debrief, I draft it for you and remind you if it isn't sent.",
        ["ask.keep-in-touch"] =
            "Keep them posted: a short update when you act on their advice or talk to someone they suggested, and a friendly check-in every few months. " +
            "Share an article or event they'd find useful, and tell them how things turned out when your search ends.",
        ["ask.job-offered"] =
            "If they bring up an opening, that's their move, and it's fine to show interest: thank them, ask how best to apply or whom to contact, and follow up promptly. " +
            "Don't switch the rest of the conversation into a job pitch, and don't be disappointed if it doesn't come up; a job offer from these chats is the exception, not the point.",
        ["ask.unplanned"] =
            "It counts. Useful conversations happen at conferences, association meetings, parties, in queues and at airports. " +
            "Note who it was and what you learned while it's fresh, and send a short thank-you if you can reach them. Type **debrief** to log it now.",
        ["ask.research"] =
            "Two passes. Before asking, learn at least one real thing about the person or their organisation so your request is specific. " +
            "Before the meeting, go deeper: their role and background, the organisation's news, and the basics of the field, so your questions go beyond what a quick search would tell you.",
        ["ask.real-interviews"] =
            "Yes. Every one of these is practice at talking about yourself and asking good questions with someone in the field, so real interviews feel less new. " +
            "You also pick up the field's language and current issues, which helps you stand out when you do apply.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The answer for a coaching-question intent, or null for any other intent.</summary>
    public static string? For(string intent) => s_answers.GetValueOrDefault(intent);

    /// <summary>
    /// The answer, fitted to what the user has already told the coach: someone who named their fields is not told to
    /// narrow them down first, but to name them when asking around.
    /// </summary>
    public static string? For(string intent, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (intent != "ask.who-to-ask" || fields.Count == 0 || For(intent) is not { } answer)
        {
            return For(intent);
        }

        string named = Phrasing.JoinWithAnd([.. fields.Select(f => $"**{f}**")]);
        return answer.Replace(NarrowFirst, $"When you ask around, name the work exactly ({named}): the more specific you are, the easier it is "
            + "for others to think of someone. Type **add contact** as soon as you have a name.", StringComparison.Ordinal);
    }

    private const string NarrowFirst = "Narrow down your field first (type **goal**); the more specific you are, the easier it is for others to think of a name.";

    /// <summary>Every question intent that has an answer.</summary>
    public static IEnumerable<string> Intents => s_answers.Keys;

    /// <summary>A short label for a "did you mean" button.</summary>
    public static string Title(string intent) => intent switch
    {
        "ask.what-is-it" => "What is an informational interview?",
        "ask.job-interview" => "Is it a job interview?",
        "ask.why-bother" => "Why do these at all?",
        "ask.why-say-yes" => "Why would anyone say yes?",
        "ask.first-time" => "I've never done one",
        "ask.nervous-calling" => "Nervous about calling",
        "ask.no-reply" => "They haven't replied",
        "ask.who-to-ask" => "Who should I ask?",
        "ask.how-to-reach-out" => "How do I reach out?",
        "ask.how-long" => "How long should it be?",
        "ask.where-to-meet" => "Where should we meet?",
        "ask.resume" => "What about my résumé?",
        "ask.what-to-wear" => "What should I wear?",
        "ask.about-me" => "How do I introduce myself?",
        "ask.what-to-ask" => "What should I ask?",
        "ask.referrals" => "Asking for other names",
        "ask.thank-you" => "Thanking them",
        "ask.keep-in-touch" => "Keeping in touch",
        "ask.job-offered" => "They mentioned a job",
        "ask.unplanned" => "An unplanned chat",
        "ask.research" => "What to research",
        "ask.real-interviews" => "Does it help with job interviews?",
        _ => intent,
    };
}
