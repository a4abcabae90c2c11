using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>What an outreach email's sentences say, as examples with traps, written from the label definitions.</summary>
internal static class EmailPrototypes
{
    public static readonly MeaningPrototypes Connection = new(
        [
            "We both studied history at the University of Leeds.",
            "I'm a fellow alumna of Trinity College.",
            "Priya Shah suggested I write to you.",
            "Our mutual friend Daniel Kim passed on your email address.",
            "We worked together at Deloitte back in 2019.",
            "As a fellow member of the Chartered Institute of Marketing, I wanted to reach out.",
            "Like you, I graduated from IIT Bombay.",
            "We were in the same volunteer group at the food bank.",
            "Your former colleague Marta Gómez recommended that I contact you.",
            "I found your name in the Oxford alumni directory, where we're both listed.",
            "We met at the Women in Tech meetup, which we both belong to.",
            "My manager, James O'Connor, who worked with you at Siemens, thought you'd be a great person to ask.",
        ],
        [
            "I hope this email finds you well.",
            "My name is Ana and I'm a final-year student.",
            "I really admired your talk on climate policy.",
            "I came across your profile on LinkedIn.",
            "I read your recent article with great interest.",
            "I'm writing to ask for your advice.",
            "I am exploring a career change into nursing.",
            "Your work on renewable energy is inspiring.",
            "I'm a marketing graduate looking to learn about the industry.",
            "I found your company's website very interesting.",
        ],
        minSimilarity: 0.42f,
        margin: 0.03f);

    public static readonly MeaningPrototypes Request = new(
        [
            "Would you be open to a 20-minute call next week?",
            "Could we meet for a short coffee at a time that suits you?",
            "Might you have 15 minutes to talk about your experience?",
            "I was wondering if you might have time for a brief conversation.",
            "I would be grateful for twenty minutes of your time.",
            "Let me know a time that works for a quick chat.",
            "Would you be willing to share your advice over a short phone call?",
            "Do you have half an hour free in the coming weeks to speak with me?",
            "Would it be possible to arrange a brief video call?",
            "I'd really appreciate the chance to ask you a few questions.",
        ],
        [
            "How was the conference last week?",
            "How are you?",
            "I hope you had a good weekend.",
            "Thank you for considering my request.",
            "I'm researching careers in finance.",
            "I've attached my CV.",
            "What a great article that was!",
            "We both studied at Leeds.",
        ],
        minSimilarity: 0.42f,
        margin: 0.03f);

    public static readonly MeaningPrototypes NarrowInterest = new(
        [
            "I'm especially interested in your work on the payments team at Stripe.",
            "Your role as a clinical research coordinator at the Royal Free caught my attention.",
            "I'd love to hear about the sustainability team you lead at Unilever.",
            "I'm curious about how your UX research group at Spotify works.",
            "What you do as a data analyst in the NHS digital unit interests me.",
            "I'm interested in your department's work on flood modelling.",
            "You head the procurement group at Tesco, which is the kind of work I want to understand.",
            "I saw that you spent six years with the World Bank's urban development practice.",
            "How does your agency, Northlight, decide which clients to take on?",
            "Since you moved to Ørsted's offshore wind division, your projects have grown enormously.",
        ],
        [
            "I'm interested in healthcare.",
            "I'd like to learn about the tech industry.",
            "I hope you're well.",
            "I'm a recent graduate.",
            "Would you have twenty minutes to talk?",
        ],
        minSimilarity: 0.42f,
        margin: 0.03f);

    public static readonly MeaningPrototypes BroadInterest = new(
        [
            "I'm exploring careers in the financial technology sector more broadly.",
            "I want to understand the healthcare industry as a whole.",
            "I'm interested in public policy in general.",
            "I'm considering a move into the wider renewable energy field.",
            "I'd like to learn about the publishing world.",
            "I'm researching the logistics industry.",
            "I'd love to hear where you think architecture as a profession is going.",
            "What does the future hold for the shipping sector?",
            "I'm considering social work as a career.",
            "How is journalism changing as a whole?",
            "The luxury retail market is where I'd like to build a career.",
            "I'm curious how the wider nonprofit world is changing.",
            "Public health careers appeal to me more and more.",
        ],
        [
            "I'm especially interested in your team at Google.",
            "I'm a recent graduate.",
            "Would you have twenty minutes to talk?",
            "I hope you're well.",
            "I have five years of experience in retail.",
        ],
        minSimilarity: 0.42f,
        margin: 0.03f);

    public static readonly MeaningPrototypes AboutContact = new(
        [
            "I'd love to hear how you moved from engineering into product management.",
            "Your work on the city's transport plan is impressive.",
            "I'd value your views on where the industry is heading.",
            "What you've achieved at the charity is remarkable.",
            "Your advice on getting started would mean a lot.",
            "I'm curious what your typical week looks like.",
            "Would you be open to a short call to share your experience?",
            "You've had such an interesting path from teaching to policy.",
        ],
        [
            "I graduated last year with a degree in chemistry.",
            "I have worked in retail for six years.",
            "I'm currently looking to change careers.",
            "My background is in accounting and I'm good with numbers.",
            "I recently completed a bootcamp in web development.",
            "I am passionate about the environment and I volunteer at weekends.",
            "I'm a nurse based in Manchester.",
            "I'm hoping to move into marketing next year.",
        ],
        minSimilarity: 0.2f,
        margin: 0.0f);
}
