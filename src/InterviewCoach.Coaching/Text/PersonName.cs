using System.Globalization;
using System.Text;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// A person's name as a script or a question should say it. People type names in a chat in lower case ("sam patel");
/// a draft that greets "Hello sam" looks careless, so a name with no capital at all gets one on each part
/// ("Sam Patel", "Mary-Jane O'Neil"). A name typed with any capital ("de Vries", "McKay") is kept exactly.
/// </summary>
public static class PersonName
{
    public static string AsWritten(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Any(char.IsUpper) || !name.Any(char.IsLetter))
        {
            return name;
        }

        var written = new StringBuilder(name.Length);
        bool startOfPart = true;
        foreach (char c in name)
        {
            written.Append(startOfPart && char.IsLetter(c) ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            startOfPart = c is ' ' or '-' or '\'' or '’';
        }

        return written.ToString();
    }
}
